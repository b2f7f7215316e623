import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface MentionedPost {
  communityId: string;
  threadId: string;
  replyId: string | null;
}

@Injectable()
export class MentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Current names of the members who can read a CoP's posts (its active members), for pairs of
   * `communityId:memberId`; anyone else is left out.
   */
  async readerNames(keys: readonly string[]): Promise<Map<string, string>> {
    const pairs = keys.map((key) => key.split(':'));
    const rows: { key: string; name: string }[] = await this.dataSource.query(
      `SELECT cm.community_id || ':' || cm.member_id AS key, m.name
         FROM unnest($1::uuid[], $2::uuid[]) AS p(community_id, member_id)
         JOIN community_membership cm
           ON cm.community_id = p.community_id AND cm.member_id = p.member_id AND cm.status = 'ACTIVE'
         JOIN member m ON m.id = cm.member_id`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  /**
   * Stores mentions of the given members who are active members of the post's CoP (nobody
   * else counts) and returns those mentioned for the first time in this post.
   */
  async record(
    post: MentionedPost,
    memberIds: string[],
    mentionedBy: string,
    manager: EntityManager,
  ): Promise<string[]> {
    if (memberIds.length === 0) return [];
    const rows: { member_id: string }[] = await manager.query(
      `INSERT INTO discussion_mention (community_id, thread_id, reply_id, member_id, mentioned_by)
       SELECT $1, $2, $3, cm.member_id, $5
         FROM community_membership cm
        WHERE cm.community_id = $1 AND cm.member_id = ANY($4::uuid[]) AND cm.status = 'ACTIVE'
          AND cm.member_id <> $5
       ON CONFLICT DO NOTHING
       RETURNING member_id`,
      [post.communityId, post.threadId, post.replyId, memberIds, mentionedBy],
    );
    return rows.map((r) => r.member_id);
  }
}

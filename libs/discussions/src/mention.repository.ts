import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface MentionedPost {
  communityId: string;
  threadId: string;
  replyId: string | null;
}

@Injectable()
export class MentionRepository {
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

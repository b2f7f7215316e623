import { CommunitySql } from '@leerhuis/communities';
import { MemberSql } from '@leerhuis/members';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { threadReaderSql } from './thread-readers';

export interface MentionedPost {
  communityId: string;
  threadId: string;
  replyId: string | null;
}

/** Where a mention is being written: a thread (a reply or an edit) or a new thread in a CoP. */
export type MentionScope = { threadId: string } | { communityId: string };

// A candidate's name has a word (after a space or hyphen) starting with the typed text,
// case-insensitively; LIKE wildcards in the typed text are literal.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const STARTS = `m.name ILIKE ($2 || '%') ESCAPE '\\'`;
const WORD_STARTS = `(${STARTS} OR m.name ILIKE ('% ' || $2 || '%') ESCAPE '\\'
                     OR m.name ILIKE ('%-' || $2 || '%') ESCAPE '\\')`;

@Injectable()
export class MentionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Up to `limit` members who can read the thread (or, for a new thread, the CoP's active
   * members) with a word of their name starting with `prefix`: names that start with it first,
   * then by name. The viewer is left out: mentioning yourself notifies nobody.
   */
  async candidates(
    scope: MentionScope,
    prefix: string,
    viewerId: string,
    limit: number,
  ): Promise<string[]> {
    const readers =
      'threadId' in scope
        ? `discussion_thread t JOIN ${CommunitySql.memberships} cm ON ${threadReaderSql('t', 'cm')}
            WHERE t.id = $1`
        : `community_membership cm WHERE cm.community_id = $1 AND cm.status = 'ACTIVE'`;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT m.id
         FROM ${MemberSql.members} m, ${readers}
          AND m.id = cm.member_id AND m.id <> $3 AND ${WORD_STARTS}
        ORDER BY ${STARTS} DESC, lower(m.name), m.id
        LIMIT $4`,
      [
        'threadId' in scope ? scope.threadId : scope.communityId,
        escapeLike(prefix),
        viewerId,
        limit,
      ],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Current names of the members who can read a thread, for pairs of `threadId:memberId`;
   * anyone else (outside the CoP, left it, or not a moderator of a hidden thread) is left out.
   */
  async readerNames(keys: readonly string[]): Promise<Map<string, string>> {
    const pairs = keys.map((key) => key.split(':'));
    const rows: { key: string; name: string }[] = await this.dataSource.query(
      `SELECT t.id || ':' || cm.member_id AS key, m.name
         FROM unnest($1::uuid[], $2::uuid[]) AS p(thread_id, member_id)
         JOIN discussion_thread t ON t.id = p.thread_id
         JOIN ${CommunitySql.memberships} cm ON cm.member_id = p.member_id AND ${threadReaderSql('t', 'cm')}
         JOIN ${MemberSql.members} m ON m.id = cm.member_id`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    return new Map(rows.map((r) => [r.key, r.name]));
  }

  /**
   * Stores mentions of the given members who can read the post's thread (nobody else counts)
   * and returns those mentioned for the first time in this post.
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
       SELECT t.community_id, t.id, $2, cm.member_id, $4
         FROM discussion_thread t
         JOIN ${CommunitySql.memberships} cm ON ${threadReaderSql('t', 'cm')}
        WHERE t.id = $1 AND cm.member_id = ANY($3::uuid[]) AND cm.member_id <> $4
       ON CONFLICT DO NOTHING
       RETURNING member_id`,
      [post.threadId, post.replyId, memberIds, mentionedBy],
    );
    return rows.map((r) => r.member_id);
  }
}

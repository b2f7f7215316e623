import type { CommunitySummary, PreparedSearch } from '@leerhuis/communities';
import { JoinPolicy } from '@leerhuis/communities';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DiscussionHit {
  threadId: string;
  /** Set when the best match in the thread was a reply. */
  replyId: string | null;
  communityId: string;
  title: string;
  /** ts_headline output with the markers. */
  titleHeadline: string;
  /** Null in a CoP that is not OPEN: its posts show their title only, as in digests. */
  snippet: string | null;
  createdAt: Date;
}

// Matches ranked per table: a word in thousands of posts ranks only the first 200 found (index
// order), so search time stays flat; a more specific query ranks all of its matches.
const CANDIDATES = 200;

/**
 * Threads and replies for the platform-wide search. Discussions are member-only, so only the
 * CoPs the viewer is an active member of are searched (CommunityAccess.searchScope); a post
 * in a CoP that is not OPEN shows its title only.
 */
@Injectable()
export class DiscussionSearch {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: PreparedSearch, memberOf: CommunitySummary[]): Promise<DiscussionHit[]> {
    if (memberOf.length === 0) return [];
    const open = memberOf.filter((c) => c.joinPolicy === JoinPolicy.OPEN).map((c) => c.id);
    const rows: (DiscussionHit & { rank: number })[] = await this.dataSource.query(
      `WITH threads AS (
         SELECT t.id AS thread_id, NULL::uuid AS reply_id, t.search, t.created_at
           FROM discussion_thread t
          WHERE t.community_id = ANY($2::uuid[]) AND t.search @@ $1::tsquery
            AND t.deleted_at IS NULL AND t.hidden_at IS NULL
          LIMIT ${CANDIDATES}),
       replies AS (
         SELECT r.thread_id, r.id AS reply_id, r.search, r.created_at
           FROM discussion_reply r
           JOIN discussion_thread t ON t.id = r.thread_id
                AND t.deleted_at IS NULL AND t.hidden_at IS NULL
          WHERE r.community_id = ANY($2::uuid[]) AND r.search @@ $1::tsquery
            AND r.deleted_at IS NULL AND r.hidden_at IS NULL
          LIMIT ${CANDIDATES}),
       ranked AS (
         SELECT DISTINCT ON (h.thread_id) h.thread_id, h.reply_id, h.created_at,
                ts_rank(h.search, $1::tsquery) AS rank
           FROM (SELECT * FROM threads UNION ALL SELECT * FROM replies) h
          ORDER BY h.thread_id, ts_rank(h.search, $1::tsquery) DESC, h.reply_id NULLS FIRST),
       best AS (SELECT * FROM ranked ORDER BY rank DESC, created_at DESC, thread_id LIMIT $7)
       SELECT b.thread_id AS "threadId", b.reply_id AS "replyId", t.community_id AS "communityId",
              t.title, b.created_at AS "createdAt", b.rank,
              ts_headline('dutch', translate(t.title, $4, ''), $1::tsquery, $6) AS "titleHeadline",
              CASE WHEN t.community_id = ANY($3::uuid[])
                   THEN ts_headline('dutch', translate(coalesce(r.body, t.body), $4, ''), $1::tsquery, $5)
              END AS snippet
         FROM best b
         JOIN discussion_thread t ON t.id = b.thread_id
         LEFT JOIN discussion_reply r ON r.id = b.reply_id
        ORDER BY b.rank DESC, b.created_at DESC, b.thread_id`,
      [
        query.tsquery,
        memberOf.map((c) => c.id),
        open,
        query.markers,
        query.snippetOptions,
        query.titleOptions,
        query.limit,
      ],
    );
    return rows.map(({ rank: _rank, ...hit }) => hit);
  }
}

import { DiscussionSql } from '@leerhuis/discussions';
import { MeetingSql } from '@leerhuis/meetings';
import { NotificationSql } from '@leerhuis/notifications';
import { SeenItemSql } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { DigestMeeting, DigestThread } from './digest-content.repository';
import {
  community,
  type CommunityColumns,
  group,
  textOncePerItem,
  WINDOWS,
} from './digest-windows';

/** The discussion and meeting sections of a chunk of digests, one statement each. */
@Injectable()
export class DigestActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** New threads and threads with new replies, by others; minus what was seen or emailed. */
  async threads(params: unknown[]): Promise<Map<string, DigestThread[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              t.id, t.title,
              -- the text once per thread (shared by the members' rows: see textOncePerItem)
              CASE WHEN mc.join_policy = 'OPEN'
                    AND row_number() OVER (PARTITION BY t.id ORDER BY mc.member_id) = 1
                   THEN left(t.body, 1000) END AS body,
              x.is_new, x.replies, a.last_at
         FROM mc
         JOIN ${DiscussionSql.threads} t ON t.community_id = mc.community_id
              AND t.last_activity_at >= mc.since AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         CROSS JOIN LATERAL (
           SELECT (t.created_at >= mc.since AND t.created_at < mc.until
                   AND t.author_id IS DISTINCT FROM mc.member_id) AS is_new,
                  count(r.id)::int AS replies, max(r.created_at) AS last_reply_at
             FROM ${DiscussionSql.replies} r
            WHERE r.thread_id = t.id AND r.created_at >= mc.since AND r.created_at < mc.until
              AND r.deleted_at IS NULL AND r.hidden_at IS NULL
              AND r.author_id IS DISTINCT FROM mc.member_id) x
         CROSS JOIN LATERAL (
           SELECT CASE WHEN x.is_new THEN greatest(t.created_at, x.last_reply_at)
                       ELSE x.last_reply_at END AS last_at) a
        WHERE (x.is_new OR x.replies > 0)
          AND NOT EXISTS (
            SELECT 1 FROM ${SeenItemSql.seenItems} s
             WHERE s.member_id = mc.member_id AND s.item_type = 'THREAD' AND s.item_id = t.id
               AND s.seen_at >= a.last_at)
          AND NOT EXISTS (
            SELECT 1 FROM ${NotificationSql.notifications} n
             WHERE n.member_id = mc.member_id AND n.emailed_at IS NOT NULL
               AND (n.subject_id = t.id OR n.data->>'threadId' = t.id::text)
               AND n.created_at >= a.last_at)
        ORDER BY mc.member_id, x.is_new DESC, a.last_at DESC`,
      params,
    );
    textOncePerItem(rows);
    return group(
      rows,
      (
        r: CommunityColumns & {
          id: string;
          title: string;
          body: string | null;
          is_new: boolean;
          replies: number;
          last_at: Date;
        },
      ) => ({
        id: r.id,
        community: community(r),
        title: r.title,
        body: r.body,
        isNew: r.is_new,
        replies: r.replies,
        lastActivityAt: r.last_at,
      }),
    );
  }

  /** Meetings in the coming four weeks, new or changed ones first; minus seen or emailed. */
  async meetings(params: unknown[]): Promise<Map<string, DigestMeeting[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              m.id, m.title, m.starts_at, m.created_at >= mc.since AS is_new,
              (m.created_at >= mc.since OR m.updated_at >= mc.since) AS changed
         FROM mc
         JOIN ${MeetingSql.meetings} m ON m.community_id = mc.community_id AND m.cancelled_at IS NULL
              AND m.starts_at >= mc.until AND m.starts_at < mc.until + interval '28 days'
        WHERE m.scheduled_by IS DISTINCT FROM mc.member_id
          AND NOT EXISTS (
            SELECT 1 FROM ${SeenItemSql.seenItems} s
             WHERE s.member_id = mc.member_id AND s.item_type = 'MEETING' AND s.item_id = m.id
               AND s.seen_at >= m.updated_at)
          AND NOT EXISTS (
            SELECT 1 FROM ${NotificationSql.notifications} n
             WHERE n.member_id = mc.member_id AND n.emailed_at IS NOT NULL
               AND n.subject_id = m.id AND n.created_at >= m.updated_at)
        ORDER BY mc.member_id, changed DESC, m.starts_at, m.id`,
      params,
    );
    return group(
      rows,
      (
        r: CommunityColumns & {
          id: string;
          title: string;
          starts_at: Date;
          is_new: boolean;
          changed: boolean;
        },
      ) => ({
        id: r.id,
        community: community(r),
        title: r.title,
        startsAt: r.starts_at,
        changed: r.changed,
        isNew: r.is_new,
      }),
    );
  }
}

import { CommunitySql } from '@leerhuis/communities';
import { DiscussionSql } from '@leerhuis/discussions';
import { MeetingSql } from '@leerhuis/meetings';
import { MemberSql } from '@leerhuis/members';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { BATCHED_KINDS, NotificationChannel, NotificationKind } from './notification-kinds';

/** A notification with what its title and link are made of, read in the same query. */
export interface NotificationRow {
  id: string;
  memberId: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  communityId: string | null;
  data: Record<string, unknown>;
  channel: NotificationChannel;
  createdAt: Date;
  readAt: Date | null;
  /** Null when nobody caused it, or the actor's membership is gone. */
  actorId: string | null;
  actorName: string | null;
  communityName: string | null;
  communitySlug: string | null;
  communityJoinPolicy: string | null;
  /** Null when the thread is gone, hidden or deleted. */
  threadTitle: string | null;
  meetingTitle: string | null;
  /** The post's Markdown source (thread or reply), for email excerpts of open CoPs only. */
  postBody: string | null;
}

// Titles are read now, not stored: a renamed thread or meeting shows its current name, and a
// hidden or deleted post shows no title at all.
const SELECT_ROWS = `
  SELECT n.id::text AS id, n.member_id AS "memberId", n.kind, n.subject_type AS "subjectType",
         n.subject_id AS "subjectId", n.community_id AS "communityId", n.data, n.channel,
         n.created_at AS "createdAt", n.read_at AS "readAt",
         a.id AS "actorId", a.name AS "actorName", c.name AS "communityName", c.slug AS "communitySlug",
         c.join_policy AS "communityJoinPolicy",
         CASE WHEN t.hidden_at IS NULL AND t.deleted_at IS NULL THEN t.title END AS "threadTitle",
         mt.title AS "meetingTitle",
         CASE
           WHEN n.subject_type = 'DISCUSSION_REPLY' AND r.hidden_at IS NULL AND r.deleted_at IS NULL
             AND t.hidden_at IS NULL AND t.deleted_at IS NULL THEN r.body
           WHEN n.subject_type = 'DISCUSSION_THREAD' AND t.hidden_at IS NULL AND t.deleted_at IS NULL
             THEN t.body
         END AS "postBody"
    FROM notification n
    LEFT JOIN ${MemberSql.members} a ON a.id = n.actor_id
    LEFT JOIN ${CommunitySql.communities} c ON c.id = n.community_id
    LEFT JOIN ${DiscussionSql.threads} t ON t.id = (n.data ->> 'threadId')::uuid
    LEFT JOIN ${DiscussionSql.replies} r ON n.subject_type = 'DISCUSSION_REPLY' AND r.id = n.subject_id
    LEFT JOIN ${MeetingSql.meetings} mt ON n.subject_type = 'MEETING' AND mt.id = n.subject_id`;

const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The in-app list, read state, and the rows a notification email carries. */
@Injectable()
export class NotificationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  /**
   * Newest first by creation time, the id breaking ties; `first + 1` rows so the caller knows
   * whether there is a next page. `sortAt` is the creation time to the microsecond (a JS Date
   * would round it), for the cursor.
   */
  async page(
    memberId: string,
    first: number,
    after?: string | null,
  ): Promise<{ rows: (NotificationRow & { sortAt: string })[]; total: number }> {
    const [afterAt, afterId] = after ? decodeCursor(after, ['string', 'string']) : [null, null];
    if (
      afterAt !== null &&
      !(CURSOR_TIME.test(afterAt as string) && /^[0-9]{1,18}$/.test(afterId as string))
    ) {
      decodeCursor('', ['string']); // throws the standard INVALID_CURSOR error
    }
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `${SELECT_ROWS.replace(
          'SELECT ',
          `SELECT to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "sortAt", `,
        )}
          WHERE n.member_id = $1
            AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::bigint))
          ORDER BY n.created_at DESC, n.id DESC LIMIT $4`,
        [memberId, afterAt, afterId, first + 1],
      ),
      this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE member_id = $1`, [
        memberId,
      ]),
    ]);
    return { rows, total: count[0].n };
  }

  async unreadCount(memberId: string, manager?: EntityManager): Promise<number> {
    const rows: { n: number }[] = await this.q(manager).query(
      `SELECT count(*)::int AS n FROM notification WHERE member_id = $1 AND read_at IS NULL`,
      [memberId],
    );
    return rows[0].n;
  }

  /** Which of `ids` belong to the member (the others are someone else's or do not exist). */
  async ownIds(memberId: string, ids: string[], manager: EntityManager): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id::text AS id FROM notification WHERE member_id = $1 AND id = ANY($2::bigint[])`,
      [memberId, ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Marks the given (or, with null, all) unread notifications read; returns how many. */
  async markRead(memberId: string, ids: string[] | null, manager: EntityManager): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `WITH marked AS (
         UPDATE notification SET read_at = now()
          WHERE member_id = $1 AND read_at IS NULL
            AND ($2::bigint[] IS NULL OR id = ANY($2::bigint[]))
          RETURNING id)
       SELECT count(*)::int AS n FROM marked`,
      [memberId, ids],
    );
    return rows[0].n;
  }

  /**
   * What the next notification email of a member carries: immediate, not emailed, not read in
   * the app meanwhile, still immediate by the member's current choices (an unsubscribe before
   * the window ends holds the rest back), and only from CoPs they are still active in.
   */
  async unsentBatch(memberId: string, manager: EntityManager): Promise<NotificationRow[]> {
    return manager.query(
      `${SELECT_ROWS}
        JOIN notification_settings s ON s.member_id = n.member_id
        WHERE n.member_id = $1 AND n.emailed_at IS NULL AND n.read_at IS NULL
          AND n.channel = 'IMMEDIATE' AND n.kind = ANY($2::text[])
          AND CASE n.kind
                WHEN 'MENTION' THEN s.mentions = 'IMMEDIATE'
                WHEN 'REPLY' THEN s.replies = 'IMMEDIATE'
                ELSE EXISTS (SELECT 1 FROM community_notification_setting cns
                              WHERE cns.member_id = n.member_id AND cns.community_id = n.community_id
                                AND cns.mode = 'IMMEDIATE')
              END
          AND (n.community_id IS NULL OR EXISTS (
            SELECT 1 FROM ${CommunitySql.memberships} cm
             WHERE cm.community_id = n.community_id AND cm.member_id = n.member_id
               AND cm.status = 'ACTIVE'))
        ORDER BY n.id`,
      [memberId, BATCHED_KINDS],
    );
  }

  async markEmailed(ids: string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE notification SET emailed_at = now() WHERE id = ANY($1::bigint[]) AND emailed_at IS NULL`,
      [ids],
    );
  }
}

import { CommunitySql } from '@leerhuis/communities';
import { DiscussionSql } from '@leerhuis/discussions';
import { MeetingSql } from '@leerhuis/meetings';
import { MemberSql } from '@leerhuis/members';
import { NotificationSql } from '@leerhuis/notifications';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { DigestNotification } from './digest-content.repository';
import { group } from './digest-windows';

/** The notifications section of a chunk of digests, in one statement. */
@Injectable()
export class DigestNotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Notifications the member set to "in the digest" and has neither had by email nor read in
   * the app; those of a CoP the member is no longer in are left out.
   */
  async notifications(params: unknown[]): Promise<Map<string, DigestNotification[]>> {
    const rows = await this.dataSource.query(
      `WITH w AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
                     AS w(member_id, since, until))
       SELECT n.member_id, n.id::text AS id, n.kind, n.created_at,
              -- an intervisie notification's subject is its case (the link target)
              CASE WHEN n.kind = 'INTERVISION_PHASE'
                   THEN n.data || jsonb_build_object('caseId', n.subject_id) ELSE n.data END AS data,
              a.name AS actor_name,
              t.id AS thread_id, t.title AS thread_title, mt.id AS meeting_id,
              mt.title AS meeting_title, c.name AS community_name, c.slug
         FROM w
         JOIN ${NotificationSql.notifications} n ON n.member_id = w.member_id AND n.channel = 'DIGEST'
              AND n.emailed_at IS NULL AND n.read_at IS NULL AND n.created_at < w.until
         LEFT JOIN ${MemberSql.members} a ON a.id = n.actor_id
         LEFT JOIN ${DiscussionSql.replies} r ON r.id = n.subject_id
         LEFT JOIN ${DiscussionSql.threads} t ON t.id = coalesce(r.thread_id, n.subject_id)
              AND t.deleted_at IS NULL AND t.hidden_at IS NULL
         LEFT JOIN ${MeetingSql.meetings} mt ON mt.id = n.subject_id
         LEFT JOIN ${CommunitySql.communities} c ON c.id = coalesce(n.community_id, t.community_id, mt.community_id)
        WHERE c.id IS NULL OR EXISTS (
                SELECT 1 FROM ${CommunitySql.memberships} cm
                 WHERE cm.member_id = n.member_id AND cm.community_id = c.id
                   AND cm.status = 'ACTIVE')
        ORDER BY n.member_id, n.id`,
      params,
    );
    return group(
      rows,
      (r: {
        id: string;
        kind: string;
        created_at: Date;
        data: Record<string, unknown> | null;
        actor_name: string | null;
        thread_id: string | null;
        thread_title: string | null;
        meeting_id: string | null;
        meeting_title: string | null;
        community_name: string | null;
        slug: string | null;
      }) => ({
        id: r.id,
        kind: r.kind,
        createdAt: r.created_at,
        actorName: r.actor_name,
        community: r.slug ? { name: r.community_name!, slug: r.slug } : null,
        thread: r.thread_id ? { id: r.thread_id, title: r.thread_title! } : null,
        meeting: r.meeting_id ? { id: r.meeting_id, title: r.meeting_title! } : null,
        data: r.data ?? {},
      }),
    );
  }
}

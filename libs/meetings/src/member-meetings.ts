import { CommunitySql } from '@leerhuis/communities';

import type { DataSource, EntityManager } from 'typeorm';

/** A meeting in a member's personal calendar feed. */
export interface MemberMeeting {
  id: string;
  title: string;
  communityName: string;
  slug: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  sequence: number;
  cancelled: boolean;
  updatedAt: Date;
}

/**
 * For the personal calendar feed (libs/agenda): meetings of the member's CoPs from `since` on,
 * minus those they said they will not attend; cancelled ones stay, so calendars drop them.
 */
export async function readMemberMeetings(
  db: DataSource | EntityManager,
  memberId: string,
  since: Date,
): Promise<MemberMeeting[]> {
  const rows: {
    id: string;
    title: string;
    name: string;
    slug: string;
    starts_at: Date;
    ends_at: Date;
    location: string | null;
    sequence: number;
    cancelled: boolean;
    updated_at: Date;
  }[] = await db.query(
    `SELECT m.id, m.title, c.name, c.slug, m.starts_at, m.ends_at,
            coalesce(m.address, m.online_url) AS location, m.sequence,
            m.cancelled_at IS NOT NULL AS cancelled, m.updated_at
       FROM ${CommunitySql.memberships} cm
       JOIN ${CommunitySql.communities} c ON c.id = cm.community_id
       JOIN meeting m ON m.community_id = cm.community_id AND m.ends_at >= $2
      WHERE cm.member_id = $1 AND cm.status = 'ACTIVE'
        AND NOT EXISTS (SELECT 1 FROM meeting_rsvp r
                         WHERE r.meeting_id = m.id AND r.member_id = $1 AND r.status = 'NOT_GOING')
      ORDER BY m.starts_at, m.id
      LIMIT 500`,
    [memberId, since],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    communityName: r.name,
    slug: r.slug,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    location: r.location ?? '',
    sequence: r.sequence,
    cancelled: r.cancelled,
    updatedAt: r.updated_at,
  }));
}

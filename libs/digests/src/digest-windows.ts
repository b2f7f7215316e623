import { CommunitySql } from '@leerhuis/communities';
import { NotificationSql } from '@leerhuis/notifications';

import type { DigestCommunity, DigestWindow, JoinPolicy } from './digest-content.repository';

// The member's CoPs as the digest sees them: active memberships now, muted CoPs left out.
export const WINDOWS = `
  w AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
                AS w(member_id, since, until)),
  mc AS (
    SELECT w.member_id, w.since, w.until, c.id AS community_id, c.name AS community_name,
           c.slug, c.join_policy
      FROM w
      JOIN ${CommunitySql.memberships} cm ON cm.member_id = w.member_id AND cm.status = 'ACTIVE'
      JOIN ${CommunitySql.communities} c ON c.id = cm.community_id
     WHERE NOT EXISTS (
       SELECT 1 FROM ${NotificationSql.communitySettings} s
        WHERE s.member_id = w.member_id AND s.community_id = cm.community_id AND s.mode = 'MUTED'))`;

export interface CommunityColumns {
  community_id: string;
  community_name: string;
  slug: string;
  join_policy: JoinPolicy;
}

export const community = (r: CommunityColumns): DigestCommunity => ({
  id: r.community_id,
  name: r.community_name,
  slug: r.slug,
  joinPolicy: r.join_policy,
});

/**
 * A post's text travels once per chunk, not once per member who gets it (a CoP's thread goes
 * to all its members in the chunk): the query sends it on one row of the item, and this puts
 * that one string on the item's other rows. Whether a text may travel at all is per item (its
 * CoP's join policy), so the rows of one item agree.
 */
export function textOncePerItem(rows: { id: string; body: string | null }[]): void {
  const texts = new Map<string, string>();
  for (const row of rows) if (row.body !== null) texts.set(row.id, row.body);
  for (const row of rows) row.body ??= texts.get(row.id) ?? null;
}

export function group<T>(rows: { member_id: string }[], map: (row: never) => T): Map<string, T[]> {
  const byMember = new Map<string, T[]>();
  for (const row of rows) {
    const list = byMember.get(row.member_id) ?? [];
    list.push(map(row as never));
    byMember.set(row.member_id, list);
  }
  return byMember;
}

/** The members' windows as the bind parameters $1, $2, $3 that WINDOWS unnests. */
export function windowParams(windows: DigestWindow[]): unknown[] {
  return [
    windows.map((w) => w.memberId),
    windows.map((w) => w.since.toISOString()),
    windows.map((w) => w.until.toISOString()),
  ];
}

import { CommunitySql } from '@leerhuis/communities';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AgendaRow {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  community: { id: string; name: string; slug: string };
  viewerIsMember: boolean;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const agendaSortKey = (m: AgendaRow) => [m.startsAt.toISOString(), m.id];

/**
 * The platform agenda's SQL. Which CoPs a viewer sees is the rule of community-access.ts
 * canSee: an admin every CoP, a member their own, everyone else active CoPs that are not hidden.
 */
@Injectable()
export class AgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(
    viewer: { memberId: string; admin: boolean },
    filter: { mine: boolean; communityId: string | null },
    first: number,
    after?: string | null,
  ): Promise<{ rows: AgendaRow[]; total: number }> {
    let afterAt: string | null = null;
    let afterId: string | null = null;
    if (after) {
      [afterAt, afterId] = decodeCursor(after, ['string', 'uuid']) as [string, string];
      // A forged time would otherwise reach SQL as a cast error: refuse it as a bad cursor.
      if (!ISO_INSTANT.test(afterAt)) decodeCursor('', ['uuid']);
    }
    const rows: {
      id: string;
      title: string;
      starts_at: Date;
      ends_at: Date;
      community_id: string;
      name: string;
      slug: string;
      member: boolean;
      total: number;
    }[] = await this.dataSource.query(
      `WITH found AS (
         SELECT m.id, m.title, m.starts_at, m.ends_at, c.id AS community_id, c.name, c.slug,
                cm.member_id IS NOT NULL AS member
           FROM meeting m JOIN ${CommunitySql.communities} c ON c.id = m.community_id
           LEFT JOIN ${CommunitySql.memberships} cm ON cm.community_id = c.id AND cm.member_id = $1
                AND cm.status = 'ACTIVE'
          WHERE m.cancelled_at IS NULL AND m.ends_at > now()
            AND ($2 OR cm.member_id IS NOT NULL
                 OR c.status = 'ACTIVE' AND c.join_policy <> 'HIDDEN')
            AND (NOT $3 OR cm.member_id IS NOT NULL)
            AND ($4::uuid IS NULL OR c.id = $4))
       SELECT p.*, t.total FROM (SELECT count(*)::int AS total FROM found) t
         LEFT JOIN LATERAL (
           SELECT * FROM found
            WHERE $5::timestamptz IS NULL OR (starts_at, id) > ($5::timestamptz, $6::uuid)
            ORDER BY starts_at, id LIMIT $7) p ON true`,
      [viewer.memberId, viewer.admin, filter.mine, filter.communityId, afterAt, afterId, first + 1],
    );
    return {
      total: rows[0]?.total ?? 0,
      rows: rows
        .filter((r) => r.id)
        .map((r) => ({
          id: r.id,
          title: r.title,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          community: { id: r.community_id, name: r.name, slug: r.slug },
          viewerIsMember: r.member,
        })),
    };
  }
}

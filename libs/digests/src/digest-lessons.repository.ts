import { CommunitySql } from '@leerhuis/communities';
import { HarvestSql } from '@leerhuis/harvest';
import { MemberSql } from '@leerhuis/members';
import { SeenItemSql } from '@leerhuis/platform-seen-items';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { DigestLesson, DigestNewMembers } from './digest-content.repository';
import {
  community,
  type CommunityColumns,
  group,
  textOncePerItem,
  WINDOWS,
} from './digest-windows';

/** The harvest-lesson and new-member sections of a chunk of digests, one statement each. */
@Injectable()
export class DigestLessonsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * New harvest lessons of the member's CoPs, and lessons shared platform-wide (published
   * leergroep output among them) — never from a hidden CoP the member is not in, nor a muted one.
   */
  async lessons(params: unknown[]): Promise<Map<string, DigestLesson[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS},
       found AS (
         SELECT mc.member_id, l.id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
                l.title, l.description, l.audience, l.created_at, l.updated_at, l.author_id
           FROM mc JOIN ${HarvestSql.lessons} l ON l.community_id = mc.community_id
                AND l.created_at >= mc.since AND l.created_at < mc.until
         UNION ALL
         SELECT w.member_id, p.*
           FROM w CROSS JOIN LATERAL (
             SELECT l.id, c.id AS community_id, c.name AS community_name, c.slug, c.join_policy,
                    l.title, l.description,
                    l.audience, l.created_at, l.updated_at, l.author_id
               FROM ${HarvestSql.lessons} l LEFT JOIN ${CommunitySql.communities} c ON c.id = l.community_id
              WHERE l.audience = 'PLATFORM' AND l.created_at >= w.since AND l.created_at < w.until
                AND (l.community_id IS NULL
                     OR c.join_policy <> 'HIDDEN' AND NOT EXISTS (
                          SELECT 1 FROM ${CommunitySql.memberships} cm
                           WHERE cm.member_id = w.member_id AND cm.community_id = l.community_id
                             AND cm.status = 'ACTIVE'))
              ORDER BY l.created_at DESC LIMIT 20) p)
       SELECT f.member_id, f.id, f.community_id, f.community_name, f.slug, f.join_policy,
              f.title, f.audience,
              CASE WHEN (f.join_policy = 'OPEN' OR f.community_id IS NULL)
                    AND row_number() OVER (PARTITION BY f.id ORDER BY f.member_id) = 1
                   THEN left(f.description, 1000) END AS body
         FROM found f
        WHERE f.author_id IS DISTINCT FROM f.member_id
          AND NOT EXISTS (
            SELECT 1 FROM ${SeenItemSql.seenItems} s
             WHERE s.member_id = f.member_id AND s.item_type = 'LESSON' AND s.item_id = f.id
               AND s.seen_at >= f.updated_at)
        ORDER BY f.member_id, f.created_at DESC, f.id`,
      params,
    );
    textOncePerItem(rows);
    return group(
      rows,
      (
        r: Partial<CommunityColumns> & {
          id: string;
          title: string;
          audience: string;
          body: string | null;
        },
      ) => ({
        id: r.id,
        community: r.community_id ? community(r as CommunityColumns) : null,
        title: r.title,
        body: r.body,
        platformWide: r.audience === 'PLATFORM',
      }),
    );
  }

  /** Who joined the member's CoPs in the window (names of the first few, and the count). */
  async newMembers(params: unknown[]): Promise<Map<string, DigestNewMembers[]>> {
    const rows = await this.dataSource.query(
      `WITH ${WINDOWS}
       SELECT mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy,
              count(*)::int AS count,
              (array_agg(m.name ORDER BY j.joined_at, m.name))[1:5] AS names
         FROM mc
         JOIN ${CommunitySql.memberships} j ON j.community_id = mc.community_id AND j.status = 'ACTIVE'
              AND j.joined_at >= mc.since AND j.joined_at < mc.until
              AND j.member_id <> mc.member_id
         JOIN ${MemberSql.members} m ON m.id = j.member_id
        GROUP BY mc.member_id, mc.community_id, mc.community_name, mc.slug, mc.join_policy
        ORDER BY mc.member_id, count(*) DESC, mc.community_name`,
      params,
    );
    return group(rows, (r: CommunityColumns & { count: number; names: string[] }) => ({
      community: community(r),
      count: r.count,
      names: r.names,
    }));
  }
}

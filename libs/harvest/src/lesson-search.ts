import type { CommunitySummary, PreparedSearch, SearchScope } from '@leerhuis/communities';
import { CommunityAccess, JoinPolicy } from '@leerhuis/communities';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface LessonHit {
  id: string;
  title: string;
  titleHeadline: string;
  /** Null for a lesson of a CoP that is not OPEN: title only, as in digests. */
  snippet: string | null;
  /** The CoP it was harvested in; null for a platform-wide lesson from outside a CoP. */
  community: CommunitySummary | null;
  createdAt: Date;
}

// As in DiscussionSearch: at most this many matches are ranked.
const CANDIDATES = 200;

/**
 * Lessons for the platform-wide search, with the rule of HarvestService.view and the digest:
 * a member-only lesson for its CoP's active members; a platform lesson for everyone, unless it
 * comes from a CoP the viewer may not know exists.
 */
@Injectable()
export class LessonSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CommunityAccess,
  ) {}

  async search(query: PreparedSearch, scope: SearchScope): Promise<LessonHit[]> {
    const rows: (Omit<LessonHit, 'community'> & { communityId: string | null })[] =
      await this.dataSource.query(
        `WITH hits AS (
           SELECT l.id, l.search, l.created_at FROM harvest_lesson l
            WHERE l.search @@ $1::tsquery
              AND (l.community_id = ANY($2::uuid[])
                   OR (l.audience = 'PLATFORM'
                       AND (l.community_id IS NULL OR l.community_id <> ALL($3::uuid[]))))
            LIMIT ${CANDIDATES}),
         best AS (SELECT h.id, h.created_at, ts_rank(h.search, $1::tsquery) AS rank FROM hits h
                   ORDER BY rank DESC, h.created_at DESC, h.id LIMIT $7)
         SELECT l.id, l.title, l.community_id AS "communityId", l.created_at AS "createdAt",
                ts_headline('dutch', translate(l.title, $4, ''), $1::tsquery, $6) AS "titleHeadline",
                ts_headline('dutch', translate(l.description, $4, ''), $1::tsquery, $5) AS snippet
           FROM best b JOIN harvest_lesson l ON l.id = b.id
          ORDER BY b.rank DESC, b.created_at DESC, b.id`,
        [
          query.tsquery,
          scope.memberOf.map((c) => c.id),
          scope.invisibleIds,
          query.markers,
          query.snippetOptions,
          query.titleOptions,
          query.limit,
        ],
      );
    const known = new Map(scope.memberOf.map((c) => [c.id, c]));
    const unknown = [
      ...new Set(
        rows.map((r) => r.communityId).filter((id): id is string => !!id && !known.has(id)),
      ),
    ];
    for (const community of await this.access.summaries(unknown))
      known.set(community.id, community);
    return rows.map(({ communityId, snippet, ...row }) => {
      const community = communityId ? (known.get(communityId) ?? null) : null;
      // Only open CoPs' (and platform-wide) lessons show their text beyond the title.
      const open = !communityId || community?.joinPolicy === JoinPolicy.OPEN;
      return { ...row, community, snippet: open ? snippet : null };
    });
  }
}

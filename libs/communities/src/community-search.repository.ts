import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { JoinPolicy } from './entities/community.entity';

/** A full-text query prepared by the search lib: a tsquery (never user syntax) and its limits. */
export interface PreparedSearch {
  /** Text of a tsquery built by PostgreSQL itself from plain words. */
  tsquery: string;
  /** Rows to return (the page size plus one, to tell about more). */
  limit: number;
  /** ts_headline options for a snippet of a long text, and for a short title (all words). */
  snippetOptions: string;
  titleOptions: string;
  /** The highlight markers, removed from the source text before ts_headline adds its own. */
  markers: string;
}

/** What search may show about a CoP (name and link), and whether its posts travel in full. */
export interface CommunitySummary {
  id: string;
  name: string;
  slug: string;
  joinPolicy: JoinPolicy;
}

/**
 * Where a viewer may search: the CoPs they are an active member of (discussions and
 * member-only lessons are theirs to find) and the CoPs they may not even know exist.
 */
export interface SearchScope {
  memberOf: CommunitySummary[];
  invisibleIds: string[];
}

export interface CommunityHit {
  id: string;
  slug: string;
  name: string;
  /** ts_headline output with the markers. */
  nameHeadline: string;
  snippet: string;
}

/** Search reads of the community tables, for CommunityAccess and CommunitySearch. */
@Injectable()
export class CommunitySearchRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** One statement: the viewer's active CoPs and the ids of CoPs hidden from them. */
  async scope(viewer: Viewer): Promise<SearchScope> {
    // Two indexed halves: the viewer's memberships, and the (few) CoPs hidden from them.
    const rows: (CommunitySummary & { member: boolean })[] = await this.dataSource.query(
      `SELECT c.id, c.name, c.slug, c.join_policy AS "joinPolicy", true AS member
         FROM community_membership cm JOIN community c ON c.id = cm.community_id
        WHERE cm.member_id = $1 AND cm.status = 'ACTIVE'
       UNION ALL
       SELECT c.id, c.name, c.slug, c.join_policy, false
         FROM community c
        WHERE NOT $2 AND (c.status <> 'ACTIVE' OR c.join_policy = 'HIDDEN')
          AND NOT EXISTS (
            SELECT 1 FROM community_membership cm
             WHERE cm.community_id = c.id AND cm.member_id = $1 AND cm.status = 'ACTIVE')`,
      [viewer.memberId, viewer.role === 'ADMIN'],
    );
    return {
      memberOf: rows
        .filter((r) => r.member)
        .map(({ id, name, slug, joinPolicy }) => ({ id, name, slug, joinPolicy })),
      invisibleIds: rows.filter((r) => !r.member).map((r) => r.id),
    };
  }

  // Runs even for no ids: a search costs the same statements whatever it finds.
  async summaries(ids: readonly string[]): Promise<CommunitySummary[]> {
    return this.dataSource.query(
      `SELECT id, name, slug, join_policy AS "joinPolicy" FROM community WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** CoPs the viewer may see (canSee, in SQL) matching the query, best first. */
  async search(query: PreparedSearch, viewer: Viewer): Promise<CommunityHit[]> {
    return this.dataSource.query(
      `SELECT c.id, c.slug, c.name,
              ts_headline('dutch', translate(c.name, $4, ''), $1::tsquery, $6) AS "nameHeadline",
              ts_headline('dutch', translate(c.goal || ' ' || c.domain, $4, ''), $1::tsquery, $5) AS snippet
         FROM community c
        WHERE c.search @@ $1::tsquery
          AND ($3 OR (c.status = 'ACTIVE' AND c.join_policy <> 'HIDDEN') OR EXISTS (
                SELECT 1 FROM community_membership cm
                 WHERE cm.community_id = c.id AND cm.member_id = $2 AND cm.status = 'ACTIVE'))
        ORDER BY ts_rank(c.search, $1::tsquery) DESC, lower(c.name), c.id
        LIMIT $7`,
      [
        query.tsquery,
        viewer.memberId,
        viewer.role === 'ADMIN',
        query.markers,
        query.snippetOptions,
        query.titleOptions,
        query.limit,
      ],
    );
  }
}

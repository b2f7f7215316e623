import { CommunitySql } from '@leerhuis/communities';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { HarvestSource, LessonEntity, LessonType } from './entities/lesson.entity';
import { lessonNotFound } from './harvest.exception';
import { HarvestService } from './harvest.service';

/** Which CoPs decide what a viewer reads: theirs, and those they may not know exist. */
export interface ReadableHarvestScope {
  memberOf: string[];
  invisibleIds: string[];
}

export interface ReadableHarvestFilter {
  type?: LessonType | null;
  source?: HarvestSource | null;
  communityId?: string | null;
  /** Only lessons of a CoP with this theme. */
  theme?: string | null;
}

/** A harvest lesson as /oogst lists it; `community` null when the viewer may not know it. */
export interface ReadableHarvestLesson {
  id: string;
  title: string;
  description: string;
  type: LessonType;
  source: HarvestSource;
  occurredOn: string | null;
  community: { id: string; name: string; slug: string } | null;
  createdAt: Date;
  /** created_at in ISO form with microseconds (UTC), for the cursor. */
  sortAt: string;
}

interface Row {
  id: string;
  title: string;
  description: string;
  type: LessonType;
  source: HarvestSource;
  occurred_on: string | null;
  community_id: string | null;
  community_name: string | null;
  slug: string | null;
  created_at: Date;
  sort_at: string;
}

// The rule of LessonSearch and the digest: a members-only lesson for its CoP's members; a
// platform lesson for everyone, unless it comes from a CoP the viewer may not know exists.
const READABLE = `
  FROM harvest_lesson l LEFT JOIN ${CommunitySql.communities} c ON c.id = l.community_id
 WHERE (l.community_id = ANY($1::uuid[])
        OR l.audience = 'PLATFORM' AND (l.community_id IS NULL OR NOT l.community_id = ANY($2::uuid[])))
   AND ($3::text IS NULL OR l.type = $3)
   AND ($4::text IS NULL OR l.source = $4)
   AND ($5::uuid IS NULL OR l.community_id = $5)
   AND ($6::text IS NULL OR c.themes @> ARRAY[$6::text])`;

/**
 * For the lessons overview (/oogst, in libs/lessons): every harvest lesson a viewer may read,
 * from their CoPs, shared with the platform, or published by a leergroep.
 */
@Injectable()
export class ReadableHarvest {
  constructor(
    private readonly dataSource: DataSource,
    private readonly service: HarvestService,
  ) {}

  /** Newest first, `first + 1` rows after the (sortAt, id) cursor, and the total. */
  async page(
    scope: ReadableHarvestScope,
    filter: ReadableHarvestFilter,
    first: number,
    after: [string, string] | null,
  ): Promise<{ rows: ReadableHarvestLesson[]; total: number }> {
    const params = [
      scope.memberOf,
      scope.invisibleIds,
      filter.type ?? null,
      filter.source ?? null,
      filter.communityId ?? null,
      filter.theme ?? null,
    ];
    // One statement: the page and the total side by side.
    const rows: (Row & { total: number })[] = await this.dataSource.query(
      `WITH found AS (
         SELECT l.id, l.title, l.description, l.type, l.source, l.occurred_on::text AS occurred_on,
                l.created_at,
                to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_at,
                CASE WHEN l.community_id = ANY($2::uuid[]) THEN NULL ELSE c.id END AS community_id,
                CASE WHEN l.community_id = ANY($2::uuid[]) THEN NULL ELSE c.name END AS community_name,
                CASE WHEN l.community_id = ANY($2::uuid[]) THEN NULL ELSE c.slug END AS slug
         ${READABLE})
       SELECT p.*, t.total FROM (SELECT count(*)::int AS total FROM found) t
         LEFT JOIN LATERAL (
           SELECT * FROM found
            WHERE $7::timestamptz IS NULL
               OR (created_at, id::text COLLATE "C") < ($7::timestamptz, $8::text COLLATE "C")
            ORDER BY created_at DESC, id::text COLLATE "C" DESC LIMIT $9) p ON true`,
      [...params, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    const total = rows[0]?.total ?? 0;
    return { rows: rows.filter((r) => r.id).map(toLesson), total };
  }

  scope(viewer: Viewer): Promise<ReadableHarvestScope> {
    return this.service.scope(viewer);
  }

  /** One lesson as the viewer opens it (NOT_FOUND where they may not), recorded as seen. */
  async open(viewer: Viewer, id: string): Promise<ReadableHarvestLesson> {
    const scope = await this.scope(viewer);
    // As in the list: a hidden CoP's lessons, even shared ones, only for those who may see it
    // (checked before `view`, which would record it as seen).
    const [row]: { community_id: string | null }[] = await this.dataSource.query(
      `SELECT community_id FROM harvest_lesson WHERE id = $1`,
      [id],
    );
    if (row?.community_id && scope.invisibleIds.includes(row.community_id)) {
      throw lessonNotFound();
    }
    const lesson: LessonEntity = await this.service.view(viewer, id);
    const visible = lesson.communityId && !scope.invisibleIds.includes(lesson.communityId);
    const [community]: { id: string; name: string; slug: string }[] = visible
      ? await this.dataSource.query(
          `SELECT id, name, slug FROM ${CommunitySql.communities} community WHERE id = $1`,
          [lesson.communityId],
        )
      : [];
    return {
      id: lesson.id,
      title: lesson.title,
      description: lesson.description,
      type: lesson.type,
      source: lesson.source,
      occurredOn: lesson.occurredOn,
      community: community ?? null,
      createdAt: lesson.createdAt,
      sortAt: lesson.createdAt.toISOString().replace('Z', '000Z'),
    };
  }
}

const toLesson = (r: Row): ReadableHarvestLesson => ({
  id: r.id,
  title: r.title,
  description: r.description,
  type: r.type,
  source: r.source,
  occurredOn: r.occurred_on,
  community: r.community_id ? { id: r.community_id, name: r.community_name!, slug: r.slug! } : null,
  createdAt: r.created_at,
  sortAt: r.sort_at,
});

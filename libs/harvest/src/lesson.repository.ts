import { CommunitySql } from '@leerhuis/communities';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { HarvestAudience, HarvestSource, LessonEntity, LessonType } from './entities/lesson.entity';
import { LessonContributorEntity } from './entities/lesson-contributor.entity';

/** A listed lesson with its sort key: created_at as Postgres prints it (microseconds kept). */
export type ListedLesson = LessonEntity & { createdKey: string };

export interface LessonPage {
  rows: ListedLesson[];
  total: number;
}

export interface LessonFilter {
  type?: LessonType | null;
  audience?: HarvestAudience | null;
}

/** One CoP's harvest as one viewer may read it: with members-only lessons, or without. */
export interface HarvestRequest {
  communityId: string;
  membersOnlyToo: boolean;
}

export const harvestRequestKey = (r: HarvestRequest) => `${r.communityId}:${r.membersOnlyToo}`;

export const lessonSortKey = (lesson: ListedLesson) => [lesson.createdKey, lesson.id];

interface LessonRow {
  id: string;
  community_id: string | null;
  source: HarvestSource;
  source_id: string | null;
  author_id: string | null;
  title: string;
  description: string;
  type: LessonType;
  audience: HarvestAudience;
  // The raw driver turns a `date` into a JS Date (GraphQL then printed epoch milliseconds):
  // the queries select the day as text instead.
  occurred_day: string | null;
  created_at: Date;
  updated_at: Date;
  created_key: string;
}

// Newest first; the cursor is (created_at, id) of the last row seen.
const toLesson = (row: LessonRow): ListedLesson =>
  Object.assign(new LessonEntity(), {
    id: row.id,
    communityId: row.community_id,
    source: row.source,
    sourceId: row.source_id,
    authorId: row.author_id,
    title: row.title,
    description: row.description,
    type: row.type,
    audience: row.audience,
    occurredOn: row.occurred_day,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdKey: row.created_key,
  });

const cursorOf = (after?: string | null) =>
  after ? (decodeCursor(after, ['string', 'uuid']) as [string, string]) : [null, null];

@Injectable()
export class LessonRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LessonEntity);
  }

  findById(id: string): Promise<LessonEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Locks the lesson's row: changes to one lesson run one after another. */
  lockById(id: string, manager: EntityManager): Promise<LessonEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('l')
      .where('l.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(values: Partial<LessonEntity>, manager: EntityManager): Promise<LessonEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<LessonEntity>,
    manager: EntityManager,
  ): Promise<LessonEntity> {
    await this.repo(manager).update({ id }, { ...values, updatedAt: () => 'now()' });
    return (await this.repo(manager).findOneBy({ id }))!;
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }

  /** Replaces the contributors, in the order given. */
  async setContributors(
    lessonId: string,
    memberIds: string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(LessonContributorEntity).delete({ lessonId });
    if (memberIds.length === 0) return;
    await manager.query(
      `INSERT INTO harvest_lesson_contributor (lesson_id, member_id, position)
       SELECT $1, member_id, position::int
         FROM unnest($2::uuid[]) WITH ORDINALITY AS c(member_id, position)`,
      [lessonId, memberIds],
    );
  }

  async contributorIds(
    lessonIds: readonly string[],
    manager?: EntityManager,
  ): Promise<LessonContributorEntity[]> {
    if (lessonIds.length === 0) return [];
    return (manager ?? this.dataSource.manager)
      .getRepository(LessonContributorEntity)
      .createQueryBuilder('c')
      .where('c.lesson_id = ANY(:ids)', { ids: [...lessonIds] })
      .orderBy('c.lesson_id')
      .addOrderBy('c.position')
      .getMany();
  }

  /**
   * Which of `memberIds` are active members of the CoP. A read of the communities domain's
   * table: CommunityAccess answers for the viewer only, not for a list of other members.
   */
  async activeMembersAmong(
    communityId: string,
    memberIds: string[],
    manager: EntityManager,
  ): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows: { member_id: string }[] = await manager.query(
      `SELECT member_id FROM ${CommunitySql.memberships} community_membership
        WHERE community_id = $1 AND member_id = ANY($2::uuid[]) AND status = 'ACTIVE'`,
      [communityId, memberIds],
    );
    return new Set(rows.map((r) => r.member_id));
  }

  /** A page of several CoPs' harvests in one statement (`first + 1` rows tell about a next page). */
  async pages(
    requests: readonly HarvestRequest[],
    filter: LessonFilter,
    first: number,
    after?: string | null,
  ): Promise<Map<string, LessonPage>> {
    const [afterCreated, afterId] = cursorOf(after);
    const rows: (LessonRow & { members_too: boolean; total: number })[] =
      await this.dataSource.query(
        `WITH wanted AS (
           SELECT DISTINCT * FROM unnest($1::uuid[], $2::boolean[]) AS w(community_id, members_too)
         ), base AS (
           SELECT l.*, l.created_at::text AS created_key, l.occurred_on::text AS occurred_day,
                  w.members_too,
                  count(*) OVER (PARTITION BY l.community_id, w.members_too)::int AS total
             FROM wanted w JOIN harvest_lesson l ON l.community_id = w.community_id
            WHERE (w.members_too OR l.audience = 'PLATFORM')
              AND ($3::text IS NULL OR l.type = $3)
              AND ($4::text IS NULL OR l.audience = $4)
         ), paged AS (
           SELECT base.*, row_number() OVER (
                    PARTITION BY community_id, members_too ORDER BY created_at DESC, id DESC) AS n
             FROM base
            WHERE $6::timestamptz IS NULL OR (created_at, id) < ($6::timestamptz, $7::uuid)
         )
         SELECT * FROM paged WHERE n <= $5 + 1
          ORDER BY community_id, members_too, created_at DESC, id DESC`,
        [
          requests.map((r) => r.communityId),
          requests.map((r) => r.membersOnlyToo),
          filter.type ?? null,
          filter.audience ?? null,
          first,
          afterCreated,
          afterId,
        ],
      );
    const pages = new Map<string, LessonPage>();
    for (const row of rows) {
      const key = harvestRequestKey({
        communityId: row.community_id!,
        membersOnlyToo: row.members_too,
      });
      const page = pages.get(key) ?? { rows: [], total: row.total };
      page.rows.push(toLesson(row));
      pages.set(key, page);
    }
    return pages;
  }

  /** Lessons shared with the whole platform, newest first, from every CoP. */
  async sharedPage(
    filter: LessonFilter,
    first: number,
    after?: string | null,
  ): Promise<ListedLesson[]> {
    const [afterCreated, afterId] = cursorOf(after);
    const rows: LessonRow[] = await this.dataSource.query(
      `SELECT l.*, l.created_at::text AS created_key, l.occurred_on::text AS occurred_day
         FROM harvest_lesson l
        WHERE l.audience = 'PLATFORM' AND ($1::text IS NULL OR l.type = $1)
          AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < ($2::timestamptz, $3::uuid))
        ORDER BY l.created_at DESC, l.id DESC
        LIMIT $4`,
      [filter.type ?? null, afterCreated, afterId, first + 1],
    );
    return rows.map(toLesson);
  }

  async countShared(filter: LessonFilter): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM harvest_lesson
        WHERE audience = 'PLATFORM' AND ($1::text IS NULL OR type = $1)`,
      [filter.type ?? null],
    );
    return row.count;
  }
}

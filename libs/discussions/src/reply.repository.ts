import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { DiscussionReplyEntity } from './entities/discussion-reply.entity';

/** Oldest first; the id breaks ties. */
export const replySortKey = (r: DiscussionReplyEntity) => [r.createdAt.toISOString(), r.id];

export interface ReplyPage {
  rows: DiscussionReplyEntity[];
  total: number;
}

export interface ReplyCounts {
  /** What members see: hidden replies left out (deleted ones stay, as "[verwijderd]"). */
  visible: number;
  /** What moderators see. */
  all: number;
}

interface ReplyRow {
  id: string;
  thread_id: string;
  community_id: string;
  author_id: string | null;
  body: string;
  hidden_at: Date | null;
  hidden_by: string | null;
  deleted_at: Date | null;
  edited_at: Date | null;
  created_at: Date;
  total: number;
}

@Injectable()
export class ReplyRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(DiscussionReplyEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<DiscussionReplyEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<DiscussionReplyEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  lockById(id: string, manager: EntityManager): Promise<DiscussionReplyEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(
    values: Pick<DiscussionReplyEntity, 'threadId' | 'communityId' | 'authorId' | 'body'>,
    manager: EntityManager,
  ): Promise<DiscussionReplyEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<
      Pick<DiscussionReplyEntity, 'body' | 'hiddenAt' | 'hiddenBy' | 'deletedAt' | 'editedAt'>
    >,
    manager: EntityManager,
  ): Promise<DiscussionReplyEntity> {
    await this.repo(manager).update({ id }, values);
    return this.repo(manager).findOneByOrFail({ id });
  }

  /** Reply counts of several threads in one statement. */
  async counts(threadIds: readonly string[]): Promise<Map<string, ReplyCounts>> {
    const rows: { thread_id: string; visible: number; all: number }[] = await this.dataSource.query(
      `SELECT thread_id, count(*) FILTER (WHERE hidden_at IS NULL)::int AS visible, count(*)::int AS "all"
         FROM discussion_reply WHERE thread_id = ANY($1) GROUP BY thread_id`,
      [[...threadIds]],
    );
    return new Map(rows.map((r) => [r.thread_id, { visible: r.visible, all: r.all }]));
  }

  /** Pages of several threads' replies in one statement (a window per thread). */
  async pages(
    threadIds: readonly string[],
    includeHidden: boolean,
    first: number,
    after?: string | null,
  ): Promise<Map<string, ReplyPage>> {
    const [afterAt, afterId] = after ? decodeCursor(after, ['string', 'uuid']) : [null, null];
    if (afterAt !== null && Number.isNaN(Date.parse(afterAt as string))) decodeCursor('', ['uuid']);
    const rows: ReplyRow[] = await this.dataSource.query(
      `WITH base AS (
         SELECT r.*, count(*) OVER (PARTITION BY r.thread_id)::int AS total
           FROM discussion_reply r
          WHERE r.thread_id = ANY($1) AND ($2 OR r.hidden_at IS NULL)
       ), paged AS (
         SELECT base.*, row_number() OVER (PARTITION BY thread_id ORDER BY created_at, id) AS n
           FROM base
          WHERE $4::timestamptz IS NULL OR (created_at, id) > ($4::timestamptz, $5::uuid)
       )
       SELECT * FROM paged WHERE n <= $3 + 1 ORDER BY thread_id, created_at, id`,
      [[...threadIds], includeHidden, first, afterAt, afterId],
    );
    const pages = new Map<string, ReplyPage>();
    for (const row of rows) {
      const page = pages.get(row.thread_id) ?? { rows: [], total: row.total };
      page.rows.push(
        Object.assign(new DiscussionReplyEntity(), {
          id: row.id,
          threadId: row.thread_id,
          communityId: row.community_id,
          authorId: row.author_id,
          body: row.body,
          hiddenAt: row.hidden_at,
          hiddenBy: row.hidden_by,
          deletedAt: row.deleted_at,
          editedAt: row.edited_at,
          createdAt: row.created_at,
        }),
      );
      pages.set(row.thread_id, page);
    }
    return pages;
  }
}

import { CommunitySql } from '@leerhuis/communities';
import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { DiscussionThreadEntity } from './entities/discussion-thread.entity';

/** Pinned first, then last activity (newest first); the id breaks ties. */
export const threadSortKey = (t: DiscussionThreadEntity) => [
  t.pinned ? '1' : '0',
  t.lastActivityAt.toISOString(),
  t.id,
];

/** What an email about a thread may say: title and link, never the post itself. */
export interface ThreadMailContext {
  threadId: string;
  title: string;
  communityName: string;
  communitySlug: string;
}

export interface MemberContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

const NOW_MS = () => `date_trunc('milliseconds', now())`;

@Injectable()
export class ThreadRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(DiscussionThreadEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<DiscussionThreadEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<DiscussionThreadEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('t')
      .where('t.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  /** Locks the thread's row: replies and moderation of one thread run one after another. */
  lockById(id: string, manager: EntityManager): Promise<DiscussionThreadEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(
    values: Pick<DiscussionThreadEntity, 'communityId' | 'authorId' | 'title' | 'body'>,
    manager: EntityManager,
  ): Promise<DiscussionThreadEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<
      Pick<
        DiscussionThreadEntity,
        'title' | 'body' | 'pinned' | 'locked' | 'hiddenAt' | 'hiddenBy' | 'deletedAt' | 'editedAt'
      >
    >,
    manager: EntityManager,
  ): Promise<DiscussionThreadEntity> {
    await this.repo(manager).update({ id }, values);
    return this.repo(manager).findOneByOrFail({ id });
  }

  /** A reply (or the thread itself) moves the thread up the list. */
  async touch(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { lastActivityAt: NOW_MS });
  }

  private listed(communityId: string, includeHidden: boolean) {
    const query = this.repo()
      .createQueryBuilder('t')
      .where('t.community_id = :communityId', { communityId });
    if (!includeHidden) query.andWhere('t.hidden_at IS NULL');
    return query;
  }

  /** `first + 1` rows, so the connection knows whether there is a next page. */
  page(
    communityId: string,
    includeHidden: boolean,
    first: number,
    after?: string | null,
  ): Promise<DiscussionThreadEntity[]> {
    const query = this.listed(communityId, includeHidden);
    if (after) {
      const [pinned, at, id] = decodeCursor(after, ['string', 'string', 'uuid']);
      if (Number.isNaN(Date.parse(at as string))) decodeCursor('', ['uuid']); // invalid cursor
      query.andWhere('(t.pinned, t.last_activity_at, t.id) < (:pinned, :at::timestamptz, :id)', {
        pinned: pinned === '1',
        at,
        id,
      });
    }
    return query
      .orderBy('t.pinned', 'DESC')
      .addOrderBy('t.last_activity_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(first + 1)
      .getMany();
  }

  count(communityId: string, includeHidden: boolean): Promise<number> {
    return this.listed(communityId, includeHidden).getCount();
  }

  async mailContext(threadId: string): Promise<ThreadMailContext | null> {
    const rows: ThreadMailContext[] = await this.dataSource.query(
      `SELECT t.id AS "threadId", t.title, c.name AS "communityName", c.slug AS "communitySlug"
         FROM discussion_thread t JOIN ${CommunitySql.communities} c ON c.id = t.community_id WHERE t.id = $1`,
      [threadId],
    );
    return rows[0] ?? null;
  }

  async contact(memberId: string): Promise<MemberContact | null> {
    const rows: MemberContact[] = await this.dataSource.query(
      `SELECT id, email, name, language FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }
}

import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { DiscussionReportEntity, ReportStatus } from './entities/discussion-report.entity';
import { isUniqueViolation } from './unique-violation';

/** The queue: oldest report first. */
export const reportSortKey = (r: DiscussionReportEntity) => [r.createdAt.toISOString(), r.id];

@Injectable()
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(DiscussionReportEntity);
  }

  findById(id: string): Promise<DiscussionReportEntity | null> {
    return this.repo().findOneBy({ id });
  }

  /** Null when this member already reported this post. */
  async insert(
    values: Pick<
      DiscussionReportEntity,
      'communityId' | 'threadId' | 'replyId' | 'reporterId' | 'reason'
    >,
    manager: EntityManager,
  ): Promise<DiscussionReportEntity | null> {
    try {
      return await insertAndReload(this.repo(manager), values);
    } catch (error) {
      if (isUniqueViolation(error, 'discussion_report_once')) return null;
      throw error;
    }
  }

  /** Open reports of one post (a thread when replyId is null). */
  openForPost(
    threadId: string,
    replyId: string | null,
    manager: EntityManager,
  ): Promise<DiscussionReportEntity[]> {
    const query = this.repo(manager)
      .createQueryBuilder('r')
      .where(`r.thread_id = :threadId AND r.status = 'OPEN'`, { threadId })
      .setLock('pessimistic_write');
    if (replyId) query.andWhere('r.reply_id = :replyId', { replyId });
    else query.andWhere('r.reply_id IS NULL');
    return query.orderBy('r.created_at').getMany();
  }

  async resolve(
    ids: string[],
    status: ReportStatus.HIDDEN | ReportStatus.DISMISSED,
    resolvedBy: string,
    manager: EntityManager,
  ): Promise<void> {
    if (ids.length === 0) return;
    await this.repo(manager)
      .createQueryBuilder()
      .update()
      .set({ status, resolvedBy, resolvedAt: () => 'now()' })
      .where('id = ANY(:ids)', { ids })
      .execute();
  }

  private open(communityId: string) {
    return this.repo()
      .createQueryBuilder('r')
      .where(`r.community_id = :communityId AND r.status = 'OPEN'`, { communityId });
  }

  page(communityId: string, first: number, after?: string | null) {
    const query = this.open(communityId);
    if (after) {
      const [at, id] = decodeCursor(after, ['string', 'uuid']);
      if (Number.isNaN(Date.parse(at as string))) decodeCursor('', ['uuid']);
      query.andWhere('(r.created_at, r.id) > (:at::timestamptz, :id)', { at, id });
    }
    return query
      .orderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(first + 1)
      .getMany();
  }

  countOpen(communityId: string): Promise<number> {
    return this.open(communityId).getCount();
  }
}

import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import { LearningGroupThreadEntity } from './entities/learning-group-thread.entity';

@Injectable()
export class LearningGroupThreadRepository {
  constructor(private readonly dataSource: DataSource) {}

  private threads(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupThreadEntity);
  }

  /** A page of a leergroep's rode draden, newest first, optionally with one theme. */
  async list(
    learningGroupId: string,
    theme: string | null,
    first: number,
    after?: string | null,
  ): Promise<{ rows: LearningGroupThreadEntity[]; total: number }> {
    const query = this.threads()
      .createQueryBuilder('t')
      .where('t.learning_group_id = :learningGroupId', { learningGroupId })
      .andWhere('(CAST(:theme AS text) IS NULL OR t.themes @> ARRAY[CAST(:theme AS text)])', {
        theme,
      });
    const total = await query.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, ['string', 'uuid']);
      query.andWhere(
        '(t.created_at < CAST(:at AS timestamptz) OR (t.created_at = CAST(:at AS timestamptz) AND t.id > :id))',
        { at, id },
      );
    }
    const rows = await query
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  findById(id: string, manager?: EntityManager) {
    return this.threads(manager).findOneBy({ id });
  }

  lockById(id: string, manager: EntityManager) {
    return this.threads(manager)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  insert(values: Partial<LearningGroupThreadEntity>, manager: EntityManager) {
    return this.threads(manager).save(this.threads(manager).create(values));
  }

  async update(
    id: string,
    patch: Partial<Pick<LearningGroupThreadEntity, 'title' | 'body' | 'themes'>>,
    manager: EntityManager,
  ): Promise<LearningGroupThreadEntity> {
    await this.threads(manager).update({ id }, { ...patch, updatedAt: () => 'now()' } as never);
    return (await this.threads(manager).findOneBy({ id }))!;
  }

  async setSessions(threadId: string, sessionIds: string[], manager: EntityManager) {
    await manager.query(`DELETE FROM learning_group_thread_session WHERE thread_id = $1`, [
      threadId,
    ]);
    if (sessionIds.length === 0) return;
    await manager.query(
      `INSERT INTO learning_group_thread_session (thread_id, session_id)
       SELECT $1, unnest($2::uuid[])`,
      [threadId, sessionIds],
    );
  }

  /** Sessions by id (to check that they belong to the leergroep). */
  sessionsByIds(ids: string[], manager?: EntityManager): Promise<LearningGroupSessionEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (manager ?? this.dataSource.manager)
      .getRepository(LearningGroupSessionEntity)
      .createQueryBuilder('s')
      .where('s.id = ANY(:ids)', { ids })
      .getMany();
  }

  /** Linked sessions of many threads in one statement (for the loader). */
  async linkedSessions(
    threadIds: readonly string[],
  ): Promise<(LearningGroupSessionEntity & { threadId: string })[]> {
    if (threadIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ts.thread_id, s.id, s.learning_group_id, s.group_number, s.sequence, s.starts_at, s.agenda, s.notes
         FROM learning_group_thread_session ts JOIN learning_group_session s ON s.id = ts.session_id
        WHERE ts.thread_id = ANY($1::uuid[])
        ORDER BY s.starts_at, s.group_number`,
      [[...threadIds]],
    );
    return rows.map(
      (r) =>
        ({
          threadId: r.thread_id,
          id: r.id,
          learningGroupId: r.learning_group_id,
          groupNumber: r.group_number,
          sequence: r.sequence,
          startsAt: r.starts_at,
          agenda: r.agenda,
          notes: r.notes,
        }) as LearningGroupSessionEntity & { threadId: string },
    );
  }

  groupsByIds(ids: readonly string[]): Promise<LearningGroupEntity[]> {
    return this.dataSource
      .getRepository(LearningGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }
}

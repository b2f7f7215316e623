import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupReflectionEntity } from './entities/learning-group-reflection.entity';

@Injectable()
export class LearningGroupReflectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupReflectionEntity);
  }

  /** Null when the member already reflected on this session. */
  async insert(
    values: Pick<
      LearningGroupReflectionEntity,
      'sessionId' | 'memberId' | 'happened' | 'yielded' | 'adjust'
    >,
    manager: EntityManager,
  ): Promise<LearningGroupReflectionEntity | null> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO learning_group_reflection (session_id, member_id, happened, yielded, adjust)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING session_id`,
      [values.sessionId, values.memberId, values.happened, values.yielded, values.adjust],
    );
    if (rows.length === 0) return null;
    return this.repo(manager).findOneBy({ sessionId: values.sessionId, memberId: values.memberId });
  }

  async update(
    sessionId: string,
    memberId: string,
    patch: Pick<LearningGroupReflectionEntity, 'happened' | 'yielded' | 'adjust'>,
    manager: EntityManager,
  ): Promise<LearningGroupReflectionEntity | null> {
    const result = await this.repo(manager).update({ sessionId, memberId }, {
      ...patch,
      updatedAt: () => 'now()',
    } as never);
    if (!result.affected) return null;
    return this.repo(manager).findOneBy({ sessionId, memberId });
  }

  /** Reflections of many sessions in one statement (for the loader). */
  ofSessions(sessionIds: readonly string[]): Promise<LearningGroupReflectionEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.repo()
      .createQueryBuilder('r')
      .where('r.session_id = ANY(:ids)', { ids: [...sessionIds] })
      .orderBy('r.submitted_at')
      .getMany();
  }

  /** Start of the group's next session, or null after the last one. */
  async nextStart(
    learningGroupId: string,
    groupNumber: number,
    sequence: number,
    manager: EntityManager,
  ): Promise<Date | null> {
    const rows: { starts_at: Date }[] = await manager.query(
      `SELECT starts_at FROM learning_group_session
        WHERE learning_group_id = $1 AND group_number = $2 AND sequence = $3`,
      [learningGroupId, groupNumber, sequence + 1],
    );
    return rows[0]?.starts_at ?? null;
  }
}

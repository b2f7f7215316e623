import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  AttendanceStatus,
  LearningGroupSessionAttendanceEntity,
  LearningGroupSessionEntity,
} from './entities/learning-group-session.entity';

@Injectable()
export class LearningGroupSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  private sessions(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupSessionEntity);
  }

  private attendance(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupSessionAttendanceEntity);
  }

  /** Whether the leergroep's sessions have been materialised (all groups at once). */
  async exist(learningGroupId: string): Promise<boolean> {
    return this.sessions().existsBy({ learningGroupId });
  }

  /** Inserts the sessions that are not there yet (same group and number: left as is); how many. */
  async insertMissing(
    rows: { learningGroupId: string; groupNumber: number; sequence: number; startsAt: Date }[],
    manager?: EntityManager,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const inserted: unknown[] = await (manager ?? this.dataSource.manager).query(
      `INSERT INTO learning_group_session (learning_group_id, group_number, sequence, starts_at)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::int[], $4::timestamptz[])
       ON CONFLICT (learning_group_id, group_number, sequence) DO NOTHING
       RETURNING id`,
      [
        rows.map((r) => r.learningGroupId),
        rows.map((r) => r.groupNumber),
        rows.map((r) => r.sequence),
        rows.map((r) => r.startsAt.toISOString()),
      ],
    );
    return inserted.length;
  }

  /** Every session of a leergroep (all groups), for scheduling reflection emails. */
  ofLearningGroup(learningGroupId: string): Promise<LearningGroupSessionEntity[]> {
    return this.sessions().find({
      where: { learningGroupId },
      order: { groupNumber: 'ASC', sequence: 'ASC' },
    });
  }

  findById(id: string): Promise<LearningGroupSessionEntity | null> {
    return this.sessions().findOneBy({ id });
  }

  /** A group's sessions in order (a cohort has about ten: one statement, no paging). */
  /** Every group's session starts, in order: what the schedule became after rescheduling. */
  async startsByGroup(learningGroupId: string): Promise<Map<number, Date[]>> {
    const rows: { group_number: number; starts_at: Date }[] = await this.dataSource.query(
      `SELECT group_number, starts_at FROM learning_group_session
        WHERE learning_group_id = $1 ORDER BY group_number, sequence`,
      [learningGroupId],
    );
    const starts = new Map<number, Date[]>();
    for (const row of rows) {
      starts.set(row.group_number, [...(starts.get(row.group_number) ?? []), row.starts_at]);
    }
    return starts;
  }

  ofGroup(learningGroupId: string, groupNumber: number): Promise<LearningGroupSessionEntity[]> {
    return this.sessions().find({
      where: { learningGroupId, groupNumber },
      order: { sequence: 'ASC' },
    });
  }

  lockById(id: string, manager: EntityManager): Promise<LearningGroupSessionEntity | null> {
    return this.sessions(manager)
      .createQueryBuilder('s')
      .where('s.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async update(
    id: string,
    patch: Partial<Pick<LearningGroupSessionEntity, 'startsAt' | 'agenda' | 'notes'>>,
    updatedBy: string,
    manager: EntityManager,
  ): Promise<LearningGroupSessionEntity> {
    await this.sessions(manager).update({ id }, {
      ...patch,
      updatedBy,
      updatedAt: () => 'now()',
    } as never);
    return (await this.sessions(manager).findOneBy({ id }))!;
  }

  /** Members placed in one numbered group of a leergroep. */
  async membersOfGroup(
    learningGroupId: string,
    groupNumber: number,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { member_id: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT member_id FROM learning_group_member WHERE learning_group_id = $1 AND group_number = $2`,
      [learningGroupId, groupNumber],
    );
    return rows.map((r) => r.member_id);
  }

  /** The group number the member is placed in, or null. */
  async groupOf(learningGroupId: string, memberId: string): Promise<number | null> {
    const rows: { group_number: number }[] = await this.dataSource.query(
      `SELECT group_number FROM learning_group_member WHERE learning_group_id = $1 AND member_id = $2`,
      [learningGroupId, memberId],
    );
    return rows[0]?.group_number ?? null;
  }

  async upsertAttendance(
    sessionId: string,
    entries: { memberId: string; status: AttendanceStatus }[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO learning_group_session_attendance (session_id, member_id, status)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[])
       ON CONFLICT (session_id, member_id) DO UPDATE SET status = EXCLUDED.status, recorded_at = now()`,
      [sessionId, entries.map((e) => e.memberId), entries.map((e) => e.status)],
    );
  }

  /** Attendance of many sessions in one statement (for the loader). */
  attendanceOf(sessionIds: readonly string[]): Promise<LearningGroupSessionAttendanceEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.attendance()
      .createQueryBuilder('a')
      .where('a.session_id = ANY(:ids)', { ids: [...sessionIds] })
      .orderBy('a.member_id')
      .getMany();
  }
}

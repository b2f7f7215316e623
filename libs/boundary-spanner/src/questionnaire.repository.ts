import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { AnswerEntity, AttemptEntity } from './entities/attempt.entity';
import { QuestionnaireEntity } from './entities/questionnaire.entity';
import type { QuestionnaireItem } from './questionnaire';

/** Questionnaire versions, attempts and their answers. */
@Injectable()
export class QuestionnaireRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  current(manager?: EntityManager): Promise<QuestionnaireEntity | null> {
    return this.manager(manager)
      .getRepository(QuestionnaireEntity)
      .findOne({ where: {}, order: { version: 'DESC' } });
  }

  byVersion(version: number, manager?: EntityManager): Promise<QuestionnaireEntity | null> {
    return this.manager(manager).getRepository(QuestionnaireEntity).findOneBy({ version });
  }

  /** The next version number, taken under a table lock so two publications never collide. */
  async publish(
    items: QuestionnaireItem[],
    publishedBy: string,
    manager: EntityManager,
  ): Promise<QuestionnaireEntity> {
    await manager.query(`LOCK TABLE boundary_spanner_questionnaire IN SHARE ROW EXCLUSIVE MODE`);
    const rows: { version: number }[] = await manager.query(
      `INSERT INTO boundary_spanner_questionnaire (version, items, published_by)
       SELECT coalesce(max(version), 0) + 1, $1::jsonb, $2 FROM boundary_spanner_questionnaire
       RETURNING version`,
      [JSON.stringify(items), publishedBy],
    );
    return (await this.byVersion(rows[0].version, manager))!;
  }

  /** The member's open attempt, if any. */
  findDraft(memberId: string, manager?: EntityManager): Promise<AttemptEntity | null> {
    return this.manager(manager)
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .where('a.member_id = :memberId AND a.submitted_at IS NULL', { memberId })
      .getOne();
  }

  /** The member's open attempt, locked for the rest of the transaction. */
  lockDraft(memberId: string, manager: EntityManager): Promise<AttemptEntity | null> {
    return manager
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .where('a.member_id = :memberId AND a.submitted_at IS NULL', { memberId })
      .setLock('pessimistic_write')
      .getOne();
  }

  lockAttempt(id: string, memberId: string, manager: EntityManager): Promise<AttemptEntity | null> {
    return manager
      .getRepository(AttemptEntity)
      .createQueryBuilder('a')
      .where('a.id = :id AND a.member_id = :memberId', { id, memberId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Starts a draft; if a concurrent request started one, returns that one (locked). */
  async startDraft(
    memberId: string,
    version: number,
    manager: EntityManager,
  ): Promise<AttemptEntity> {
    await manager.query(
      `INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version) VALUES ($1, $2)
       ON CONFLICT (member_id) WHERE submitted_at IS NULL DO NOTHING`,
      [memberId, version],
    );
    return (await this.lockDraft(memberId, manager))!;
  }

  async deleteAttempt(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(AttemptEntity).delete({ id });
  }

  async saveAnswers(
    attemptId: string,
    answers: readonly { itemKey: string; value: number }[],
    manager: EntityManager,
  ): Promise<void> {
    if (answers.length > 0) {
      await manager.query(
        `INSERT INTO boundary_spanner_answer (attempt_id, item_key, value)
         SELECT $1, a.key, a.value FROM unnest($2::text[], $3::smallint[]) AS a(key, value)
         ON CONFLICT (attempt_id, item_key)
           DO UPDATE SET value = excluded.value, answered_at = now()`,
        [attemptId, answers.map((a) => a.itemKey), answers.map((a) => a.value)],
      );
    }
    await manager.getRepository(AttemptEntity).update({ id: attemptId }, { updatedAt: new Date() });
  }

  answers(attemptId: string, manager?: EntityManager): Promise<AnswerEntity[]> {
    return this.manager(manager)
      .getRepository(AnswerEntity)
      .find({ where: { attemptId }, order: { answeredAt: 'ASC', itemKey: 'ASC' } });
  }

  async markSubmitted(attemptId: string, manager: EntityManager): Promise<void> {
    await manager
      .getRepository(AttemptEntity)
      .update({ id: attemptId }, { submittedAt: () => 'now()', updatedAt: () => 'now()' });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  LearningGroupOutputApprovalEntity,
  LearningGroupOutputEntity,
  LearningGroupOutputRevisionEntity,
  LearningGroupOutputType,
} from './entities/learning-group-output.entity';

@Injectable()
export class LearningGroupOutputRepository {
  constructor(private readonly dataSource: DataSource) {}

  private outputs(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupOutputEntity);
  }

  findById(id: string): Promise<LearningGroupOutputEntity | null> {
    return this.outputs().findOneBy({ id });
  }

  lockById(id: string, manager: EntityManager): Promise<LearningGroupOutputEntity | null> {
    return this.outputs(manager)
      .createQueryBuilder('o')
      .where('o.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  listForGroup(learningGroupId: string, groupNumber: number): Promise<LearningGroupOutputEntity[]> {
    return this.outputs().find({
      where: { learningGroupId, groupNumber },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
  }

  async insert(
    values: {
      learningGroupId: string;
      groupNumber: number;
      type: LearningGroupOutputType;
      title: string;
      body: string;
      createdBy: string;
    },
    manager: EntityManager,
  ): Promise<LearningGroupOutputEntity> {
    const repo = this.outputs(manager);
    return repo.save(repo.create({ ...values, updatedBy: values.createdBy }));
  }

  /** Saves a new text: keeps the previous one, bumps the version and drops every approval. */
  async saveText(
    output: LearningGroupOutputEntity,
    changes: { title: string; body: string; type: LearningGroupOutputType },
    editorId: string,
    manager: EntityManager,
  ): Promise<LearningGroupOutputEntity> {
    await manager.getRepository(LearningGroupOutputRevisionEntity).insert({
      outputId: output.id,
      version: output.version,
      editorId,
      previousTitle: output.title,
      previousBody: output.body,
    });
    await manager.query(`DELETE FROM learning_group_output_approval WHERE output_id = $1`, [
      output.id,
    ]);
    await manager.query(
      `UPDATE learning_group_output
          SET title = $2, body = $3, type = $4, version = version + 1, updated_by = $5,
              updated_at = now()
        WHERE id = $1`,
      [output.id, changes.title, changes.body, changes.type, editorId],
    );
    return (await this.outputs(manager).findOneBy({ id: output.id }))!;
  }

  async approve(outputId: string, memberId: string, version: number, manager: EntityManager) {
    await manager.query(
      `INSERT INTO learning_group_output_approval (output_id, member_id, version)
       VALUES ($1, $2, $3)
       ON CONFLICT (output_id, member_id)
       DO UPDATE SET version = EXCLUDED.version, approved_at = now()`,
      [outputId, memberId, version],
    );
  }

  async markPublished(
    outputId: string,
    values: { publishedBy: string; communityId: string | null; harvestLessonId: string },
    manager: EntityManager,
  ): Promise<LearningGroupOutputEntity> {
    await manager.query(
      `UPDATE learning_group_output
          SET published_at = now(), published_by = $2, published_community_id = $3,
              harvest_lesson_id = $4
        WHERE id = $1`,
      [outputId, values.publishedBy, values.communityId, values.harvestLessonId],
    );
    return (await this.outputs(manager).findOneBy({ id: outputId }))!;
  }

  revisions(outputId: string): Promise<LearningGroupOutputRevisionEntity[]> {
    return this.dataSource.manager
      .getRepository(LearningGroupOutputRevisionEntity)
      .find({ where: { outputId }, order: { version: 'DESC' } });
  }

  /** Approvals of the given version, oldest first. */
  approvals(
    outputId: string,
    version: number,
    manager?: EntityManager,
  ): Promise<LearningGroupOutputApprovalEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(LearningGroupOutputApprovalEntity)
      .find({ where: { outputId, version }, order: { approvedAt: 'ASC' } });
  }

  /** The confirmed members of one group of a leergroep, by name order of joining. */
  async groupMemberIds(
    learningGroupId: string,
    groupNumber: number,
    manager?: EntityManager,
  ): Promise<string[]> {
    const rows: { member_id: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT member_id FROM learning_group_member
        WHERE learning_group_id = $1 AND group_number = $2
        ORDER BY joined_at, member_id`,
      [learningGroupId, groupNumber],
    );
    return rows.map((r) => r.member_id);
  }

  async facilitatorId(learningGroupId: string): Promise<string | null> {
    const rows: { facilitator_id: string }[] = await this.dataSource.query(
      `SELECT facilitator_id FROM learning_group WHERE id = $1`,
      [learningGroupId],
    );
    return rows[0]?.facilitator_id ?? null;
  }
}

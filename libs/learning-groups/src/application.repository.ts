import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import {
  ApplicationStatus,
  LearningGroupApplicationEntity,
} from './entities/learning-group-application.entity';

/** An application with what composition needs from its programme. */
export interface ApplicationForComposition {
  applicantId: string;
  ministryId: string;
  programmeType: string;
  programmePhase: string;
}

@Injectable()
export class ApplicationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupApplicationEntity);
  }

  findById(id: string): Promise<LearningGroupApplicationEntity | null> {
    return this.repo().findOneBy({ id });
  }

  forGroup(learningGroupId: string, manager?: EntityManager) {
    return this.repo(manager).find({
      where: { learningGroupId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  forApplicant(applicantId: string) {
    return this.repo().find({ where: { applicantId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** The viewer's own application per leergroep (for the loaders). */
  async ofApplicant(
    applicantId: string,
    learningGroupIds: readonly string[],
  ): Promise<LearningGroupApplicationEntity[]> {
    if (learningGroupIds.length === 0) return [];
    return this.repo()
      .createQueryBuilder('a')
      .where('a.applicant_id = :applicantId', { applicantId })
      .andWhere('a.learning_group_id = ANY(:ids)', { ids: [...learningGroupIds] })
      .getMany();
  }

  /** Whether there was an application to remove. */
  async delete(learningGroupId: string, applicantId: string, manager: EntityManager) {
    const result = await this.repo(manager).delete({ learningGroupId, applicantId });
    return (result.affected ?? 0) > 0;
  }

  /** Null when this applicant already applied (the unique index decides, also under races). */
  async insert(
    values: Partial<LearningGroupApplicationEntity>,
    manager: EntityManager,
  ): Promise<LearningGroupApplicationEntity | null> {
    try {
      return await insertAndReload(this.repo(manager), values);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint ===
          'learning_group_application_once'
      )
        return null;
      throw error;
    }
  }

  forComposition(
    learningGroupId: string,
    manager: EntityManager,
  ): Promise<ApplicationForComposition[]> {
    return manager.query(
      `SELECT a.applicant_id AS "applicantId", p.ministry_id AS "ministryId",
              p.type AS "programmeType", p.phase AS "programmePhase"
         FROM learning_group_application a JOIN programme p ON p.id = a.programme_id
        WHERE a.learning_group_id = $1
        ORDER BY a.applicant_id`,
      [learningGroupId],
    );
  }

  async setStatuses(
    learningGroupId: string,
    placed: readonly string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE learning_group_application
          SET status = CASE WHEN applicant_id = ANY($2) THEN $3 ELSE $4 END
        WHERE learning_group_id = $1`,
      [learningGroupId, [...placed], ApplicationStatus.PLACED, ApplicationStatus.NOT_PLACED],
    );
  }
}

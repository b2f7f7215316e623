import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { IntervisionCaseEntity } from './entities/intervision-case.entity';
import { IntervisionCasePhaseEntity } from './entities/intervision-case-phase.entity';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';

@Injectable()
export class IntervisionCaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<IntervisionCaseEntity | null> {
    return this.manager(manager).getRepository(IntervisionCaseEntity).findOneBy({ id });
  }

  /** Locks the case: phase changes, contributions and closing run one after another. */
  lockById(id: string, manager: EntityManager): Promise<IntervisionCaseEntity | null> {
    return manager
      .getRepository(IntervisionCaseEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  async insert(
    values: Partial<IntervisionCaseEntity>,
    manager: EntityManager,
  ): Promise<IntervisionCaseEntity> {
    return insertAndReload(manager.getRepository(IntervisionCaseEntity), values);
  }

  async update(
    id: string,
    values: Partial<IntervisionCaseEntity>,
    manager: EntityManager,
  ): Promise<IntervisionCaseEntity> {
    const repo = manager.getRepository(IntervisionCaseEntity);
    await repo.update({ id }, { ...values, updatedAt: new Date() } as never);
    return repo.findOneByOrFail({ id });
  }

  listByGroups(groupIds: readonly string[]): Promise<IntervisionCaseEntity[]> {
    return this.dataSource
      .getRepository(IntervisionCaseEntity)
      .createQueryBuilder('c')
      .where('c.group_id = ANY(:ids)', { ids: [...groupIds] })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
  }

  phases(
    caseIds: readonly string[],
    manager?: EntityManager,
  ): Promise<IntervisionCasePhaseEntity[]> {
    return this.manager(manager)
      .getRepository(IntervisionCasePhaseEntity)
      .createQueryBuilder('p')
      .where('p.case_id = ANY(:ids)', { ids: [...caseIds] })
      .orderBy('p.phase_index', 'ASC')
      .getMany();
  }

  phase(
    caseId: string,
    phaseIndex: number,
    manager?: EntityManager,
  ): Promise<IntervisionCasePhaseEntity | null> {
    return this.manager(manager)
      .getRepository(IntervisionCasePhaseEntity)
      .findOneBy({ caseId, phaseIndex });
  }

  async insertPhase(
    values: Partial<IntervisionCasePhaseEntity>,
    manager: EntityManager,
  ): Promise<IntervisionCasePhaseEntity> {
    return insertAndReload(manager.getRepository(IntervisionCasePhaseEntity), values);
  }

  async updatePhase(
    id: string,
    values: Partial<IntervisionCasePhaseEntity>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(IntervisionCasePhaseEntity).update({ id }, values);
  }

  contributions(caseIds: readonly string[]): Promise<IntervisionContributionEntity[]> {
    return this.dataSource
      .getRepository(IntervisionContributionEntity)
      .createQueryBuilder('c')
      .where('c.case_id = ANY(:ids)', { ids: [...caseIds] })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  contributionById(
    id: string,
    manager?: EntityManager,
  ): Promise<IntervisionContributionEntity | null> {
    return this.manager(manager).getRepository(IntervisionContributionEntity).findOneBy({ id });
  }

  async insertContribution(
    values: Partial<IntervisionContributionEntity>,
    manager: EntityManager,
  ): Promise<IntervisionContributionEntity> {
    return insertAndReload(manager.getRepository(IntervisionContributionEntity), values);
  }

  async updateContribution(
    id: string,
    body: string,
    manager: EntityManager,
  ): Promise<IntervisionContributionEntity> {
    const repo = manager.getRepository(IntervisionContributionEntity);
    await repo.update({ id }, { body, editedAt: new Date() });
    return repo.findOneByOrFail({ id });
  }

  /** Who wrote anything in a phase (for reminders to the others). */
  async contributorIds(caseId: string, phaseIndex: number): Promise<Set<string>> {
    const rows: { author_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT author_id FROM intervision_contribution
        WHERE case_id = $1 AND phase_index = $2 AND author_id IS NOT NULL`,
      [caseId, phaseIndex],
    );
    return new Set(rows.map((r) => r.author_id));
  }

  async markFollowUpAsked(caseId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE intervision_case SET follow_up_asked_at = now()
        WHERE id = $1 AND follow_up_asked_at IS NULL`,
      [caseId],
    );
  }
}

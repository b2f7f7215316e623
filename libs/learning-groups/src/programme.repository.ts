import { OrganisationSql } from '@leerhuis/organisations';
import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { ProgrammeEntity } from './entities/programme.entity';

@Injectable()
export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProgrammeEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<ProgrammeEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<ProgrammeEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  forDirector(directorId: string): Promise<ProgrammeEntity[]> {
    return this.repo()
      .createQueryBuilder('p')
      .where('p.director_id = :directorId', { directorId })
      .orderBy('lower(p.name)')
      .addOrderBy('p.id')
      .getMany();
  }

  async insert(values: Partial<ProgrammeEntity>, manager: EntityManager): Promise<ProgrammeEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<ProgrammeEntity>,
    manager: EntityManager,
  ): Promise<ProgrammeEntity> {
    await this.repo(manager).update({ id }, { ...values, updatedAt: new Date() });
    return (await this.findById(id, manager))!;
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }

  async isUsed(id: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM learning_group_application WHERE programme_id = $1 LIMIT 1`,
      [id],
    );
    return rows.length > 0;
  }

  /** Whether the organisation exists and is a ministry. */
  async isMinistry(organisationId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${OrganisationSql.organisations} organisation WHERE id = $1 AND type = 'MINISTRY'`,
      [organisationId],
    );
    return rows.length > 0;
  }
}

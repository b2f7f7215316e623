import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { IntervisionMethodEntity } from './entities/intervision-method.entity';

/** The intervisie methods: the shipped ones and each group's own copies. */
@Injectable()
export class IntervisionMethodRepository {
  constructor(private readonly dataSource: DataSource) {}

  methodById(id: string, manager?: EntityManager): Promise<IntervisionMethodEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(IntervisionMethodEntity)
      .findOneBy({ id });
  }

  /** The shipped methods and the group's own copies. */
  methodsFor(groupId: string): Promise<IntervisionMethodEntity[]> {
    return this.dataSource
      .getRepository(IntervisionMethodEntity)
      .createQueryBuilder('m')
      .where('m.group_id IS NULL OR m.group_id = :groupId', { groupId })
      .orderBy('m.group_id', 'ASC', 'NULLS FIRST')
      .addOrderBy('m.created_at', 'ASC')
      .addOrderBy('m.key', 'ASC')
      .getMany();
  }

  async insertMethod(
    values: Partial<IntervisionMethodEntity>,
    manager: EntityManager,
  ): Promise<IntervisionMethodEntity> {
    return insertAndReload(manager.getRepository(IntervisionMethodEntity), values);
  }

  async updateMethod(
    id: string,
    values: Partial<IntervisionMethodEntity>,
    manager: EntityManager,
  ): Promise<IntervisionMethodEntity> {
    const repo = manager.getRepository(IntervisionMethodEntity);
    await repo.update({ id }, { ...values, updatedAt: new Date() } as never);
    return repo.findOneByOrFail({ id });
  }

  async methodKeyTaken(groupId: string, key: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM intervision_method WHERE group_id = $1 AND key = $2`,
      [groupId, key],
    );
    return rows.length > 0;
  }
}

import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { LearningGroupEntity, LearningGroupStatus } from './entities/learning-group.entity';
import { LearningGroupMemberEntity } from './entities/learning-group-member.entity';

/** Someone to email: name, address and language. */
export interface MemberContact {
  id: string;
  name: string;
  email: string;
  language: 'nl' | 'en';
}

@Injectable()
export class LearningGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupEntity);
  }

  private members(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(LearningGroupMemberEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<LearningGroupEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Locks the leergroep's row: applications and composition steps take turns. */
  lockById(id: string, manager: EntityManager): Promise<LearningGroupEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('g')
      .where('g.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /**
   * A page of leergroepen, newest cohort first (`first + 1` rows tell about a next page), and
   * how many there are in all.
   */
  async list(
    filter: { status?: LearningGroupStatus | null },
    first: number,
    after?: string | null,
  ): Promise<{ rows: LearningGroupEntity[]; total: number }> {
    const [afterStart, afterId] = after ? decodeCursor(after, ['string', 'uuid']) : [null, null];
    const query = this.repo()
      .createQueryBuilder('g')
      .where('(CAST(:status AS text) IS NULL OR g.status = :status)', {
        status: filter.status ?? null,
      });
    const total = await query.clone().getCount();
    if (afterStart !== null) {
      query.andWhere(
        '(g.cohort_starts_on < CAST(:afterStart AS date) OR (g.cohort_starts_on = CAST(:afterStart AS date) AND g.id > :afterId))',
        { afterStart, afterId },
      );
    }
    const rows = await query
      .orderBy('g.cohort_starts_on', 'DESC')
      .addOrderBy('g.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return { rows, total };
  }

  async insert(
    values: Partial<LearningGroupEntity>,
    manager: EntityManager,
  ): Promise<LearningGroupEntity> {
    return insertAndReload(this.repo(manager), values);
  }

  async update(
    id: string,
    values: Partial<LearningGroupEntity>,
    manager: EntityManager,
  ): Promise<LearningGroupEntity> {
    await this.repo(manager).update({ id }, { ...values, updatedAt: new Date() });
    return (await this.findById(id, manager))!;
  }

  membersOf(
    learningGroupId: string,
    manager?: EntityManager,
  ): Promise<LearningGroupMemberEntity[]> {
    return this.members(manager).find({
      where: { learningGroupId },
      order: { groupNumber: 'ASC', memberId: 'ASC' },
    });
  }

  membershipOf(
    learningGroupId: string,
    memberId: string,
  ): Promise<LearningGroupMemberEntity | null> {
    return this.members().findOneBy({ learningGroupId, memberId });
  }

  /** The member's place per leergroep (for the loaders). */
  async placesOf(
    memberId: string,
    learningGroupIds: readonly string[],
  ): Promise<LearningGroupMemberEntity[]> {
    if (learningGroupIds.length === 0) return [];
    return this.members()
      .createQueryBuilder('m')
      .where('m.member_id = :memberId', { memberId })
      .andWhere('m.learning_group_id = ANY(:ids)', { ids: [...learningGroupIds] })
      .getMany();
  }

  async insertMembers(rows: Partial<LearningGroupMemberEntity>[], manager: EntityManager) {
    if (rows.length > 0) await this.members(manager).insert(rows);
  }

  /** A transaction-wide lock that serialises every composition confirmation. */
  async lockConfirmations(manager: EntityManager): Promise<void> {
    await manager.query(
      `SELECT pg_advisory_xact_lock(hashtextextended('learning-group-confirm', 0))`,
    );
  }

  /** Of `memberIds`, who is already in another leergroep that is running. */
  async inOtherRunningGroups(
    learningGroupId: string,
    memberIds: readonly string[],
    manager: EntityManager,
  ): Promise<{ memberId: string; learningGroupId: string; name: string }[]> {
    if (memberIds.length === 0) return [];
    return manager.query(
      `SELECT m.member_id AS "memberId", g.id AS "learningGroupId", g.name
         FROM learning_group_member m JOIN learning_group g ON g.id = m.learning_group_id
        WHERE m.member_id = ANY($1) AND g.id <> $2 AND g.status = $3
        ORDER BY m.member_id`,
      [[...memberIds], learningGroupId, LearningGroupStatus.RUNNING],
    );
  }

  async memberExists(memberId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows.length > 0;
  }

  async contacts(memberIds: readonly string[]): Promise<Map<string, MemberContact>> {
    if (memberIds.length === 0) return new Map();
    const rows: MemberContact[] = await this.dataSource.query(
      `SELECT id, name, email, language FROM ${MemberSql.members} member WHERE id = ANY($1)`,
      [[...memberIds]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}

import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { MemberEntity } from './entities/member.entity';

export interface MemberFilter {
  search?: string | null;
  /** The organisation asked for and those below it. */
  organisationIds?: string[] | null;
  theme?: string | null;
  offer?: string | null;
  /** Whose privacy choices apply to the organisation filter. */
  viewerMemberId: string;
}

export const memberSortKey = (m: MemberEntity) => [m.name.toLowerCase(), m.id];

@Injectable()
export class MemberRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(MemberEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<MemberEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('m')
      .where('m.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  findByEmail(email: string, manager?: EntityManager): Promise<MemberEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('m')
      .where('lower(m.email) = lower(:email)', { email })
      .getOne();
  }

  private filtered(filter: MemberFilter) {
    const query = this.repo().createQueryBuilder('m');
    if (filter.search) {
      query.andWhere('m.name ILIKE :search', { search: like(filter.search) });
    }
    // Someone who hid a part of their profile must not turn up when filtering on it.
    const shown = (field: string) =>
      `(m.id = :viewer OR COALESCE(m.visibility->>'${field}', 'MEMBERS') = 'MEMBERS')`;
    query.setParameter('viewer', filter.viewerMemberId);
    if (filter.organisationIds) {
      query.andWhere(`m.organisation_id = ANY(:organisationIds) AND ${shown('organisation')}`, {
        organisationIds: filter.organisationIds,
      });
    }
    if (filter.theme) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM unnest(m.themes) t WHERE lower(t) = lower(:theme)) AND ${shown('themes')}`,
        { theme: filter.theme.trim() },
      );
    }
    if (filter.offer) {
      query.andWhere(`m.offer ILIKE :offer AND ${shown('offer')}`, { offer: like(filter.offer) });
    }
    return query;
  }

  async page(filter: MemberFilter, first: number, after?: string | null): Promise<MemberEntity[]> {
    const query = this.filtered(filter);
    if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      query.andWhere('(lower(m.name), m.id) > (:name, :id)', { name, id });
    }
    return query
      .orderBy('lower(m.name)', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(first + 1)
      .getMany();
  }

  count(filter: MemberFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  /** Null when the address is already a member (a concurrent insert won). */
  async insert(
    values: Partial<MemberEntity>,
    manager: EntityManager,
  ): Promise<MemberEntity | null> {
    try {
      return await insertAndReload(this.repo(manager), values);
    } catch (error) {
      if (isUniqueViolation(error, 'member_email')) return null;
      throw error;
    }
  }

  async update(
    id: string,
    values: Partial<MemberEntity>,
    manager: EntityManager,
  ): Promise<MemberEntity> {
    await this.repo(manager).update({ id }, { ...values, updatedAt: new Date() });
    return (await this.findById(id, manager))!;
  }

  /** Only when it changes, so updated_at keeps meaning "the profile changed". */
  async setLanguage(id: string, language: 'nl' | 'en', manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE member SET language = $2, updated_at = now() WHERE id = $1 AND language <> $2`,
      [id, language],
    );
  }

  admins(): Promise<MemberEntity[]> {
    return this.repo()
      .createQueryBuilder('m')
      .where(`m.platform_role = 'ADMIN'`)
      .orderBy('lower(m.name)')
      .addOrderBy('m.id')
      .getMany();
  }

  /** Locks the admins' rows, so two admins demoting each other cannot both pass the check. */
  async countAdminsForUpdate(manager: EntityManager): Promise<number> {
    const admins = await this.repo(manager)
      .createQueryBuilder('m')
      .select('m.id')
      .where(`m.platform_role = 'ADMIN'`)
      .orderBy('m.id')
      .setLock('pessimistic_write')
      .getMany();
    return admins.length;
  }
}

const like = (text: string) => `%${text.trim().replace(/[%_\\]/g, '\\$&')}%`;

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

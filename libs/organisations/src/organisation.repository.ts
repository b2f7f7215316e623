import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { OrganisationEntity, OrganisationType } from './entities/organisation.entity';

export interface OrganisationFilter {
  search?: string | null;
  type?: OrganisationType | null;
  parentId?: string | null;
  /** true: only organisations without a parent (the roots of the tree). */
  rootsOnly?: boolean | null;
}

/** Sort key of the organisation list: lower(name), id. */
export const organisationSortKey = (o: OrganisationEntity) => [o.name.toLowerCase(), o.id];

@Injectable()
export class OrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OrganisationEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<OrganisationEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<OrganisationEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  async findChildren(parentIds: readonly string[]): Promise<OrganisationEntity[]> {
    return this.repo()
      .createQueryBuilder('o')
      .where('o.parent_id = ANY(:parentIds)', { parentIds: [...parentIds] })
      .orderBy('lower(o.name)')
      .getMany();
  }

  /** The organisation and every organisation below it in the tree. */
  async withDescendants(id: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id FROM organisation WHERE id = $1
         UNION SELECT o.id FROM organisation o JOIN tree t ON o.parent_id = t.id
       ) SELECT id FROM tree`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  private filtered(filter: OrganisationFilter) {
    const query = this.repo().createQueryBuilder('o');
    if (filter.search) {
      query.andWhere('(o.name ILIKE :search OR o.abbreviation ILIKE :search)', {
        search: `%${filter.search.replace(/[%_\\]/g, '\\$&')}%`,
      });
    }
    if (filter.type) query.andWhere('o.type = :type', { type: filter.type });
    if (filter.parentId) query.andWhere('o.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.rootsOnly) query.andWhere('o.parent_id IS NULL');
    return query;
  }

  /** Keyset page ordered by name; fetches one extra row to tell whether more follow. */
  async page(filter: OrganisationFilter, first: number, after?: string | null) {
    const query = this.filtered(filter);
    if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      query.andWhere('(lower(o.name), o.id) > (:name, :id)', { name, id });
    }
    const rows = await query
      .orderBy('lower(o.name)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(first + 1)
      .getMany();
    return rows;
  }

  count(filter: OrganisationFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }

  async nameTaken(
    name: string,
    parentId: string | null,
    manager?: EntityManager,
  ): Promise<boolean> {
    const query = this.repo(manager)
      .createQueryBuilder('o')
      .where('lower(o.name) = lower(:name)', { name });
    query.andWhere(parentId ? 'o.parent_id = :parentId' : 'o.parent_id IS NULL', { parentId });
    return (await query.getCount()) > 0;
  }

  /** Null when the name is taken at that place in the tree (a concurrent insert won). */
  async insert(
    values: Pick<OrganisationEntity, 'name' | 'abbreviation' | 'type' | 'parentId'>,
    manager?: EntityManager,
  ): Promise<OrganisationEntity | null> {
    try {
      const result = await this.repo(manager).insert(values);
      return (await this.findById(result.identifiers[0].id as string, manager))!;
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_unique_name')) return null;
      throw error;
    }
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

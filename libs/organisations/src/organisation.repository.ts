import { insertAndReload } from '@leerhuis/platform-database';
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
      return await insertAndReload(this.repo(manager), values);
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_unique_name')) return null;
      throw error;
    }
  }

  /** Locks the rows, so a concurrent change or merge waits for this one. */
  async lockByIds(ids: string[], manager: EntityManager): Promise<OrganisationEntity[]> {
    return this.repo(manager)
      .createQueryBuilder('o')
      .where('o.id = ANY(:ids)', { ids })
      .orderBy('o.id')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** Every organisation below this one, at any depth. */
  async descendantIds(id: string, manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE below AS (
         SELECT id FROM organisation WHERE parent_id = $1
         UNION
         SELECT o.id FROM organisation o JOIN below b ON o.parent_id = b.id)
       SELECT id FROM below`,
      [id],
    );
    return rows.map((r) => r.id);
  }

  async childTypes(id: string, manager: EntityManager): Promise<OrganisationType[]> {
    const rows: { type: OrganisationType }[] = await manager.query(
      `SELECT DISTINCT type FROM organisation WHERE parent_id = $1`,
      [id],
    );
    return rows.map((r) => r.type);
  }

  /** Names (case-insensitive) that sit under both organisations. */
  async sharedChildNames(a: string, b: string, manager: EntityManager): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT x.name FROM organisation x JOIN organisation y ON lower(x.name) = lower(y.name)
        WHERE x.parent_id = $1 AND y.parent_id = $2 ORDER BY lower(x.name)`,
      [a, b],
    );
    return rows.map((r) => r.name);
  }

  /** False when the name is taken at the new place in the tree (a concurrent change won). */
  async update(
    id: string,
    values: Pick<OrganisationEntity, 'name' | 'abbreviation' | 'type' | 'parentId'>,
    manager: EntityManager,
  ): Promise<boolean> {
    try {
      // A savepoint, so the transaction stays usable after a refused name.
      await manager.transaction((inner) =>
        this.repo(inner).update({ id }, { ...values, updatedAt: new Date() }),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error, 'organisation_unique_name')) return false;
      throw error;
    }
  }

  /**
   * Points every foreign key that refers to `sourceId` at `targetId`, found in the catalogue
   * so a table added later is included without a change here. Where a unique index would see
   * a duplicate (a link that already exists with the target), the source's row is dropped.
   */
  async moveReferences(sourceId: string, targetId: string, manager: EntityManager) {
    const references: { table: string; column: string; uniques: string[][] | null }[] =
      await manager.query(
        `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column",
                (SELECT json_agg(cols) FROM (
                   SELECT array_agg(ia.attname::text) AS cols
                     FROM pg_index i
                     JOIN pg_attribute ia ON ia.attrelid = i.indrelid AND ia.attnum = ANY(i.indkey)
                    WHERE i.indrelid = c.conrelid AND i.indisunique AND i.indexprs IS NULL
                      AND i.indpred IS NULL AND a.attnum = ANY(i.indkey)
                    GROUP BY i.indexrelid) u) AS uniques
           FROM pg_constraint c
           JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'organisation'::regclass
            AND array_length(c.conkey, 1) = 1
          ORDER BY 1, 2`,
      );
    const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
    for (const { table, column, uniques } of references) {
      const target = table
        .split('.')
        .map((part) => (part.startsWith('"') ? part : quote(part)))
        .join('.');
      const col = quote(column);
      const clashes = (uniques ?? []).map((cols) => {
        const others = cols.filter((c) => c !== column);
        const same = others.map((c) => `x.${quote(c)} = t.${quote(c)}`);
        return `EXISTS (SELECT 1 FROM ${target} x WHERE x.${col} = $2${same.map((s) => ` AND ${s}`).join('')})`;
      });
      const noClash = clashes.length ? ` AND NOT (${clashes.join(' OR ')})` : '';
      await manager.query(`UPDATE ${target} t SET ${col} = $2 WHERE t.${col} = $1${noClash}`, [
        sourceId,
        targetId,
      ]);
      if (clashes.length) {
        await manager.query(`DELETE FROM ${target} WHERE ${col} = $1`, [sourceId]);
      }
    }
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { CommunityEntity, CommunityPhase } from './entities/community.entity';

export interface CommunityFilter {
  search?: string | null;
  theme?: string | null;
  phase?: CommunityPhase | null;
  /** Only CoPs the viewer is an active member of. */
  mine?: boolean | null;
  viewerMemberId: string;
  /** Admins see every CoP; everyone else what canSee allows (same rule, in SQL). */
  viewerIsAdmin: boolean;
}

/** A listed CoP with its search rank (a fixed-precision string, so cursors compare exactly). */
export type ListedCommunity = CommunityEntity & { searchRank: string | null };

export const communitySortKey = (c: ListedCommunity) =>
  c.searchRank === null ? [c.name.toLowerCase(), c.id] : [c.searchRank, c.name.toLowerCase(), c.id];

const RANK = `round(ts_rank(c.search, websearch_to_tsquery('dutch', :search))::numeric, 6)`;

@Injectable()
export class CommunityRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CommunityEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<CommunityEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<CommunityEntity[]> {
    if (ids.length === 0) return [];
    return this.repo()
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  findBySlug(slug: string): Promise<CommunityEntity | null> {
    return this.repo().findOneBy({ slug });
  }

  /** Locks the CoP's row: membership changes of one CoP run one after another. */
  lockById(id: string, manager: EntityManager): Promise<CommunityEntity | null> {
    return this.repo(manager)
      .createQueryBuilder('c')
      .where('c.id = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Slugs equal to `base` or `base-<n>`, to pick the next free one. */
  async slugsLike(base: string, manager: EntityManager): Promise<Set<string>> {
    const rows: { slug: string }[] = await manager.query(
      `SELECT slug FROM community WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
      [base],
    );
    return new Set(rows.map((r) => r.slug));
  }

  /** Null when the slug was taken by a concurrent insert. */
  async insert(
    values: Partial<CommunityEntity>,
    manager: EntityManager,
  ): Promise<CommunityEntity | null> {
    try {
      const result = await this.repo(manager).insert(values);
      return (await this.findById(result.identifiers[0].id as string, manager))!;
    } catch (error) {
      if (isUniqueViolation(error, 'community_slug')) return null;
      throw error;
    }
  }

  /** Null when a new slug is already taken. */
  async update(
    id: string,
    values: Partial<CommunityEntity>,
    manager: EntityManager,
  ): Promise<CommunityEntity | null> {
    try {
      await this.repo(manager).update({ id }, { ...values, updatedAt: new Date() });
    } catch (error) {
      if (isUniqueViolation(error, 'community_slug')) return null;
      throw error;
    }
    return (await this.findById(id, manager))!;
  }

  /** Membership activity keeps "last activity" on the discover list fresh. */
  async touch(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).update({ id }, { lastActivityAt: () => 'now()' });
  }

  private filtered(filter: CommunityFilter) {
    const query = this.repo().createQueryBuilder('c');
    if (!filter.viewerIsAdmin) {
      query.andWhere(
        `((c.status = 'ACTIVE' AND c.join_policy <> 'HIDDEN') OR EXISTS (
           SELECT 1 FROM community_membership vm
            WHERE vm.community_id = c.id AND vm.member_id = :viewer AND vm.status = 'ACTIVE'))`,
        { viewer: filter.viewerMemberId },
      );
    }
    if (filter.mine) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM community_membership mm
                  WHERE mm.community_id = c.id AND mm.member_id = :viewer AND mm.status = 'ACTIVE')`,
        { viewer: filter.viewerMemberId },
      );
    }
    if (filter.theme) {
      query.andWhere(`EXISTS (SELECT 1 FROM unnest(c.themes) t WHERE lower(t) = lower(:theme))`, {
        theme: filter.theme.trim(),
      });
    }
    if (filter.phase) query.andWhere('c.phase = :phase', { phase: filter.phase });
    if (filter.search) {
      query.andWhere(`c.search @@ websearch_to_tsquery('dutch', :search)`, {
        search: filter.search,
      });
    }
    return query;
  }

  /** Ranked by relevance when searching, else by name; `first + 1` rows tell about a next page. */
  async page(
    filter: CommunityFilter,
    first: number,
    after?: string | null,
  ): Promise<ListedCommunity[]> {
    const query = this.filtered(filter);
    const searching = Boolean(filter.search);
    if (searching) {
      query.addSelect(RANK, 'rank');
      if (after) {
        const [rank, name, id] = decodeCursor(after, ['string', 'string', 'uuid']);
        query.andWhere(
          `(${RANK} < :rank::numeric OR (${RANK} = :rank::numeric AND (lower(c.name), c.id) > (:name, :id)))`,
          { rank, name, id },
        );
      }
      query.orderBy('rank', 'DESC');
    } else {
      if (after) {
        const [name, id] = decodeCursor(after, ['string', 'uuid']);
        query.andWhere('(lower(c.name), c.id) > (:name, :id)', { name, id });
      }
      query.orderBy('lower(c.name)', 'ASC');
    }
    query
      .addOrderBy('lower(c.name)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(first + 1);
    const { entities, raw } = await query.getRawAndEntities<{ c_id: string; rank?: string }>();
    const ranks = new Map(raw.map((r) => [r.c_id, r.rank ?? null]));
    return entities.map((c) => Object.assign(c, { searchRank: ranks.get(c.id) ?? null }));
  }

  count(filter: CommunityFilter): Promise<number> {
    return this.filtered(filter).getCount();
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

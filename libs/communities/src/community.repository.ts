import { hydrate, insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';

import { CommunityEntity, CommunityPhase } from './entities/community.entity';
import { CommunityMembershipEntity } from './entities/community-membership.entity';

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

/** A page of CoPs, the size of the whole list and the viewer's membership per listed CoP. */
export interface CommunityList {
  rows: ListedCommunity[];
  total: number;
  viewerMemberships: Map<string, CommunityMembershipEntity | null>;
}

/** A listed CoP with its search rank (a fixed-precision string, so cursors compare exactly). */
export type ListedCommunity = CommunityEntity & { searchRank: string | null };

export const communitySortKey = (c: ListedCommunity) =>
  c.searchRank === null ? [c.name.toLowerCase(), c.id] : [c.searchRank, c.name.toLowerCase(), c.id];

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

  /**
   * Until the transaction ends: proposals with the same slug base take turns choosing a free
   * slug, so two cannot pick the same one.
   */
  async lockSlugBase(base: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
      `community-slug:${base}`,
    ]);
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
      return await insertAndReload(this.repo(manager), values);
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

  /**
   * One page of CoPs with the total and the viewer's membership per CoP, in one statement:
   * this is the discover and home query, the hottest read of the platform (issue 3 benchmark).
   * Ranked by relevance when searching, else by name; `first + 1` rows tell about a next page.
   */
  async list(
    filter: CommunityFilter,
    first: number,
    after?: string | null,
  ): Promise<CommunityList> {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const where: string[] = [];
    const viewer = param(filter.viewerMemberId);
    const isMember = (alias: string) => `EXISTS (SELECT 1 FROM community_membership ${alias}
        WHERE ${alias}.community_id = c.id AND ${alias}.member_id = ${viewer} AND ${alias}.status = 'ACTIVE')`;
    if (!filter.viewerIsAdmin) {
      where.push(`((c.status = 'ACTIVE' AND c.join_policy <> 'HIDDEN') OR ${isMember('vm')})`);
    }
    if (filter.mine) where.push(isMember('mm'));
    if (filter.theme) {
      where.push(
        `EXISTS (SELECT 1 FROM unnest(c.themes) t WHERE lower(t) = lower(${param(filter.theme.trim())}))`,
      );
    }
    if (filter.phase) where.push(`c.phase = ${param(filter.phase)}`);
    const query = filter.search ? `websearch_to_tsquery('dutch', ${param(filter.search)})` : null;
    if (query) where.push(`c.search @@ ${query}`);
    const rank = query ? `round(ts_rank(c.search, ${query})::numeric, 6)::text` : 'NULL::text';
    const filterParams = params.length;

    let cursor = 'true';
    if (after && query) {
      const [r, name, id] = decodeCursor(after, ['string', 'string', 'uuid']);
      const [pr, pn, pi] = [param(r), param(name), param(id)];
      cursor = `(m.rank::numeric < ${pr}::numeric OR (m.rank::numeric = ${pr}::numeric AND (lower(m.name), m.id) > (${pn}, ${pi}::uuid)))`;
    } else if (after) {
      const [name, id] = decodeCursor(after, ['string', 'uuid']);
      cursor = `(lower(m.name), m.id) > (${param(name)}, ${param(id)}::uuid)`;
    }
    const order = query
      ? 'm.rank::numeric DESC, lower(m.name) ASC, m.id ASC'
      : 'lower(m.name) ASC, m.id ASC';
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `WITH matched AS (
         SELECT c.id, c.slug, c.name, c.goal, c.domain, c.central_questions, c.themes,
                c.welcome_message, c.join_policy, c.phase, c.status, c.starts_on,
                c.planned_end_on, c.proposed_by, c.approved_by, c.approved_at,
                c.last_activity_at, c.member_count, c.created_at, c.updated_at, ${rank} AS rank
           FROM community c
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''})
       SELECT m.*, (SELECT count(*) FROM matched)::int AS total,
              vm.id AS vm_id, vm.community_id AS vm_community_id, vm.member_id AS vm_member_id,
              vm.role AS vm_role, vm.status AS vm_status, vm.motivation AS vm_motivation,
              vm.requested_at AS vm_requested_at, vm.joined_at AS vm_joined_at
         FROM matched m
         LEFT JOIN community_membership vm ON vm.community_id = m.id AND vm.member_id = ${viewer}
        WHERE ${cursor}
        ORDER BY ${order}
        LIMIT ${param(first + 1)}`,
      params,
    );
    if (rows.length === 0 && after) {
      // Past the last page: the total still counts the whole list.
      const [{ total }] = await this.dataSource.query(
        `SELECT count(*)::int AS total FROM community c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
        params.slice(0, filterParams),
      );
      return { rows: [], total, viewerMemberships: new Map() };
    }
    return {
      rows: rows.map((row) =>
        Object.assign(hydrate(this.dataSource, CommunityEntity, row)!, {
          searchRank: (row.rank as string | null) ?? null,
        }),
      ),
      total: (rows[0]?.total as number | undefined) ?? 0,
      viewerMemberships: new Map(
        rows.map((row) => [
          row.id as string,
          hydrate(this.dataSource, CommunityMembershipEntity, row, 'vm_'),
        ]),
      ),
    };
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError =
    error instanceof QueryFailedError
      ? (error.driverError as { code?: string; constraint?: string })
      : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';
import { decodeCursor } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { isUniqueViolation } from './community.repository';
import {
  CommunityMembershipEntity,
  CommunityRole,
  MembershipStatus,
} from './entities/community-membership.entity';

/** A membership in a member list, sorted by the member's name. */
export type ListedMembership = CommunityMembershipEntity & { sortName: string };

export const membershipSortKey = (m: ListedMembership) => [m.sortName, m.id];

export interface MembershipPageKey {
  communityId: string;
  status: MembershipStatus;
  first: number;
  after?: string | null;
}

export interface MembershipPage {
  rows: ListedMembership[];
  total: number;
}

/** Who an email goes to; read by the worker's jobs. */
export interface MemberContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
}

interface MembershipRow {
  id: string;
  community_id: string;
  member_id: string;
  role: CommunityRole;
  status: MembershipStatus;
  motivation: string;
  requested_at: Date;
  joined_at: Date | null;
  sort_name: string;
  total: number;
}

@Injectable()
export class MembershipRepository {
  constructor(private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CommunityMembershipEntity);
  }

  find(
    communityId: string,
    memberId: string,
    manager?: EntityManager,
  ): Promise<CommunityMembershipEntity | null> {
    return this.repo(manager).findOneBy({ communityId, memberId });
  }

  /** One member's memberships in several CoPs (the viewer's, for a page of CoPs). */
  findForMember(
    communityIds: readonly string[],
    memberId: string,
  ): Promise<CommunityMembershipEntity[]> {
    return this.repo()
      .createQueryBuilder('cm')
      .where('cm.community_id = ANY(:ids) AND cm.member_id = :memberId', {
        ids: [...communityIds],
        memberId,
      })
      .getMany();
  }

  /** Call with the CoP's row locked, so two coordinators stepping down cannot both pass. */
  async countCoordinators(communityId: string, manager: EntityManager): Promise<number> {
    return this.repo(manager).countBy({
      communityId,
      role: CommunityRole.COORDINATOR,
      status: MembershipStatus.ACTIVE,
    });
  }

  /** Null when the member is already in the CoP (a concurrent insert won). */
  async insert(
    values: Partial<CommunityMembershipEntity>,
    manager: EntityManager,
  ): Promise<CommunityMembershipEntity | null> {
    try {
      return await insertAndReload(this.repo(manager), values);
    } catch (error) {
      if (isUniqueViolation(error, 'community_membership_once')) return null;
      throw error;
    }
  }

  async update(
    id: string,
    values: Partial<CommunityMembershipEntity>,
    manager: EntityManager,
  ): Promise<CommunityMembershipEntity> {
    await this.repo(manager).update({ id }, values);
    return this.repo(manager).findOneByOrFail({ id });
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).delete({ id });
  }

  /**
   * Pages of several CoPs' member lists in one statement (a window per CoP), so a list of
   * CoPs with their members costs one query, whatever its length.
   */
  async pages(
    communityIds: readonly string[],
    status: MembershipStatus,
    first: number,
    after?: string | null,
  ): Promise<Map<string, MembershipPage>> {
    const [afterName, afterId] = after ? decodeCursor(after, ['string', 'uuid']) : [null, null];
    const rows: MembershipRow[] = await this.dataSource.query(
      `WITH base AS (
         SELECT cm.*, lower(m.name) AS sort_name,
                count(*) OVER (PARTITION BY cm.community_id)::int AS total
           FROM community_membership cm JOIN ${MemberSql.members} m ON m.id = cm.member_id
          WHERE cm.community_id = ANY($1) AND cm.status = $2
       ), paged AS (
         SELECT base.*, row_number() OVER (PARTITION BY community_id ORDER BY sort_name, id) AS n
           FROM base
          WHERE $4::text IS NULL OR (sort_name, id) > ($4::text, $5::uuid)
       )
       SELECT * FROM paged WHERE n <= $3 + 1 ORDER BY community_id, sort_name, id`,
      [[...communityIds], status, first, afterName, afterId],
    );
    const pages = new Map<string, MembershipPage>();
    for (const row of rows) {
      const page = pages.get(row.community_id) ?? { rows: [], total: row.total };
      page.rows.push(
        Object.assign(new CommunityMembershipEntity(), {
          id: row.id,
          communityId: row.community_id,
          memberId: row.member_id,
          role: row.role,
          status: row.status,
          motivation: row.motivation,
          requestedAt: row.requested_at,
          joinedAt: row.joined_at,
          sortName: row.sort_name,
        }),
      );
      pages.set(row.community_id, page);
    }
    return pages;
  }

  /** Per member: the active CoPs they share with the viewer (both active members), by name. */
  async inCommon(
    viewerId: string,
    memberIds: readonly string[],
  ): Promise<{ memberId: string; communityId: string }[]> {
    return this.dataSource.query(
      `SELECT theirs.member_id AS "memberId", c.id AS "communityId"
         FROM community_membership mine
         JOIN community_membership theirs ON theirs.community_id = mine.community_id
         JOIN community c ON c.id = mine.community_id
        WHERE mine.member_id = $1 AND mine.status = 'ACTIVE'
          AND theirs.member_id = ANY($2) AND theirs.status = 'ACTIVE'
          AND c.status = 'ACTIVE'
        ORDER BY lower(c.name), c.id`,
      [viewerId, [...memberIds]],
    );
  }

  /** Active coordinators of several CoPs: whom a non-member can turn to. */
  coordinators(communityIds: readonly string[]): Promise<CommunityMembershipEntity[]> {
    return this.repo()
      .createQueryBuilder('cm')
      .where(`cm.community_id = ANY(:ids) AND cm.role = 'COORDINATOR' AND cm.status = 'ACTIVE'`, {
        ids: [...communityIds],
      })
      .orderBy('cm.joined_at', 'ASC')
      .getMany();
  }

  async contact(memberId: string): Promise<MemberContact | null> {
    const rows: MemberContact[] = await this.dataSource.query(
      `SELECT id, email, name, language FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  async contactByEmail(email: string, manager?: EntityManager): Promise<MemberContact | null> {
    const rows: MemberContact[] = await (manager ?? this.dataSource.manager).query(
      `SELECT id, email, name, language FROM ${MemberSql.members} member WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] ?? null;
  }
}

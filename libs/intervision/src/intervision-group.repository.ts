import { CommunitySql } from '@leerhuis/communities';
import { LearningGroupAccess } from '@leerhuis/learning-groups';
import { MemberSql } from '@leerhuis/members';
import { insertAndReload } from '@leerhuis/platform-database';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { IntervisionAuditEntity } from './entities/intervision-audit.entity';
import { IntervisionGroupEntity } from './entities/intervision-group.entity';
import {
  GroupMemberStatus,
  GroupRole,
  IntervisionGroupMemberEntity,
} from './entities/intervision-group-member.entity';

/** Who an email goes to; read by the worker's jobs. */
export interface IntervisionContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
  role: GroupRole;
}

/**
 * SQL on `g` (the group) and `gm` (a membership): the member has belonged to the group's
 * context without a break since the invitation — an active CoP member since before
 * `invited_at` for a CoP's group, a participant for a leergroep's group. Leaving the CoP (or
 * being removed) and joining again later is a break: the intervisie membership stays void
 * until a moderator invites again (the worker also marks it LEFT, see
 * EndIntervisionMembershipsJob; this condition covers the moments before it runs).
 */
export const stillInContextSql = (g = 'g', gm = 'gm') =>
  `((${g}.community_id IS NULL OR EXISTS (SELECT 1 FROM ${CommunitySql.memberships} cm
                   WHERE cm.community_id = ${g}.community_id AND cm.member_id = ${gm}.member_id
                     AND cm.status = 'ACTIVE'
                     AND coalesce(cm.joined_at, cm.requested_at) <= ${gm}.invited_at))
    AND (${g}.learning_group_id IS NULL OR ${LearningGroupAccess.participantSql(`${g}.learning_group_id`, `${gm}.member_id`, `${gm}.invited_at`)}))`;

const STILL_IN_CONTEXT = stillInContextSql();

@Injectable()
export class IntervisionGroupRepository {
  constructor(private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  findById(id: string, manager?: EntityManager): Promise<IntervisionGroupEntity | null> {
    return this.manager(manager).getRepository(IntervisionGroupEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<IntervisionGroupEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(IntervisionGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = ANY(:ids)', { ids: [...ids] })
      .getMany();
  }

  async insert(
    values: Partial<IntervisionGroupEntity>,
    manager: EntityManager,
  ): Promise<IntervisionGroupEntity> {
    return insertAndReload(manager.getRepository(IntervisionGroupEntity), values);
  }

  /** Groups of a CoP (all of them, or only those `memberId` is invited to or in). */
  listForCommunity(
    communityId: string,
    memberId: string | null,
  ): Promise<IntervisionGroupEntity[]> {
    const query = this.dataSource
      .getRepository(IntervisionGroupEntity)
      .createQueryBuilder('g')
      .where('g.community_id = :communityId', { communityId });
    if (memberId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM intervision_group_member gm WHERE gm.group_id = g.id
                  AND gm.member_id = :memberId AND gm.status IN ('INVITED', 'ACTIVE') AND ${STILL_IN_CONTEXT})`,
        { memberId },
      );
    }
    return query.orderBy('g.name', 'ASC').addOrderBy('g.id', 'ASC').getMany();
  }

  /** Groups of a leergroep (all of them, or only those `memberId` is invited to or in). */
  listForLearningGroup(
    learningGroupId: string,
    memberId: string | null,
  ): Promise<IntervisionGroupEntity[]> {
    const query = this.dataSource
      .getRepository(IntervisionGroupEntity)
      .createQueryBuilder('g')
      .where('g.learning_group_id = :learningGroupId', { learningGroupId });
    if (memberId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM intervision_group_member gm WHERE gm.group_id = g.id
                  AND gm.member_id = :memberId AND gm.status IN ('INVITED', 'ACTIVE') AND ${STILL_IN_CONTEXT})`,
        { memberId },
      );
    }
    return query.orderBy('g.name', 'ASC').addOrderBy('g.id', 'ASC').getMany();
  }

  listForMember(memberId: string): Promise<IntervisionGroupEntity[]> {
    return this.dataSource
      .getRepository(IntervisionGroupEntity)
      .createQueryBuilder('g')
      .where(
        `EXISTS (SELECT 1 FROM intervision_group_member gm WHERE gm.group_id = g.id
                  AND gm.member_id = :memberId AND gm.status IN ('INVITED', 'ACTIVE') AND ${STILL_IN_CONTEXT})`,
        { memberId },
      )
      .orderBy('g.name', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getMany();
  }

  membership(
    groupId: string,
    memberId: string,
    manager?: EntityManager,
  ): Promise<IntervisionGroupMemberEntity | null> {
    return this.manager(manager)
      .getRepository(IntervisionGroupMemberEntity)
      .findOneBy({ groupId, memberId });
  }

  /**
   * The membership, only while the member is still (without a break since the invitation) in
   * the group's CoP or leergroep: what access checks read.
   */
  membershipInContext(
    groupId: string,
    memberId: string,
  ): Promise<IntervisionGroupMemberEntity | null> {
    return this.dataSource
      .getRepository(IntervisionGroupMemberEntity)
      .createQueryBuilder('gm')
      .where('gm.group_id = :groupId AND gm.member_id = :memberId', { groupId, memberId })
      .andWhere(
        `EXISTS (SELECT 1 FROM intervision_group g WHERE g.id = gm.group_id AND ${STILL_IN_CONTEXT})`,
      )
      .getOne();
  }

  /** The member's memberships of these groups that are still in context (see above). */
  async membershipsInContext(
    groupIds: readonly string[],
    memberId: string,
  ): Promise<IntervisionGroupMemberEntity[]> {
    if (groupIds.length === 0) return [];
    return this.dataSource
      .getRepository(IntervisionGroupMemberEntity)
      .createQueryBuilder('gm')
      .where('gm.group_id = ANY(:ids) AND gm.member_id = :memberId', {
        ids: [...groupIds],
        memberId,
      })
      .andWhere(
        `EXISTS (SELECT 1 FROM intervision_group g WHERE g.id = gm.group_id AND ${STILL_IN_CONTEXT})`,
      )
      .getMany();
  }

  /**
   * Ends, for good, the memberships (and invitations) of `memberId` in the groups of a CoP or
   * leergroep that are no longer in context: the member left it or was removed. Returns the
   * groups concerned. Idempotent: a second run finds nothing left to end.
   */
  async endOutOfContext(
    context: { communityId: string } | { learningGroupId: string },
    memberId: string,
    manager: EntityManager,
  ): Promise<{ groupId: string; wasModerator: boolean }[]> {
    const [column, id] =
      'communityId' in context
        ? ['community_id', context.communityId]
        : ['learning_group_id', context.learningGroupId];
    const rows: { group_id: string; role: string }[] = await manager.query(
      `UPDATE intervision_group_member gm
          SET status = 'LEFT', end_reason = 'CONTEXT_ENDED', left_at = now()
         FROM intervision_group g
        WHERE g.id = gm.group_id AND g.${column} = $1 AND gm.member_id = $2
          AND gm.status IN ('INVITED', 'ACTIVE') AND NOT ${STILL_IN_CONTEXT}
        RETURNING gm.group_id, gm.role`,
      [id, memberId],
    );
    // node-postgres returns [rows, count] for UPDATE … RETURNING through TypeORM.
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as { group_id: string; role: string }[];
    return list.map((r) => ({ groupId: r.group_id, wasModerator: r.role === 'MODERATOR' }));
  }

  /** Locks the membership row (join, leave and role changes run one after another). */
  lockMembership(
    groupId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<IntervisionGroupMemberEntity | null> {
    return manager
      .getRepository(IntervisionGroupMemberEntity)
      .createQueryBuilder('gm')
      .where('gm.group_id = :groupId AND gm.member_id = :memberId', { groupId, memberId })
      .setLock('pessimistic_write')
      .getOne();
  }

  /** Locks the group's row: membership counts stay exact under concurrent joins. */
  async lockGroup(groupId: string, manager: EntityManager): Promise<IntervisionGroupEntity | null> {
    return manager
      .getRepository(IntervisionGroupEntity)
      .createQueryBuilder('g')
      .where('g.id = :groupId', { groupId })
      .setLock('pessimistic_write')
      .getOne();
  }

  async saveMembership(
    values: Partial<IntervisionGroupMemberEntity> & { groupId: string; memberId: string },
    manager: EntityManager,
  ): Promise<IntervisionGroupMemberEntity> {
    const repo = manager.getRepository(IntervisionGroupMemberEntity);
    const key = { groupId: values.groupId, memberId: values.memberId };
    if (await repo.existsBy(key)) await repo.update(key, values);
    else await repo.insert(values);
    return repo.findOneByOrFail(key);
  }

  members(groupIds: readonly string[], manager?: EntityManager) {
    return (
      this.manager(manager)
        .getRepository(IntervisionGroupMemberEntity)
        .createQueryBuilder('gm')
        .where('gm.group_id = ANY(:ids)', { ids: [...groupIds] })
        .andWhere(`gm.status IN ('INVITED', 'ACTIVE')`)
        // Not those whose membership lapsed with the CoP (before the worker marks it ended).
        .andWhere(
          `EXISTS (SELECT 1 FROM intervision_group g WHERE g.id = gm.group_id AND ${STILL_IN_CONTEXT})`,
        )
        .orderBy('gm.role', 'ASC')
        .addOrderBy('gm.invited_at', 'ASC')
        .getMany()
    );
  }

  async countActive(
    groupId: string,
    role: GroupRole | null,
    manager?: EntityManager,
  ): Promise<number> {
    const rows: { n: number }[] = await this.manager(manager).query(
      `SELECT count(*)::int AS n FROM intervision_group_member
        WHERE group_id = $1 AND status = 'ACTIVE' AND ($2::text IS NULL OR role = $2)`,
      [groupId, role],
    );
    return rows[0].n;
  }

  /** Invited or active participants (moderators do not count towards the 3–10). */
  async countSeats(groupId: string, manager: EntityManager): Promise<number> {
    const rows: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM intervision_group_member
        WHERE group_id = $1 AND role = 'PARTICIPANT' AND status IN ('INVITED', 'ACTIVE')`,
      [groupId],
    );
    return rows[0].n;
  }

  async memberExists(memberId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows.length > 0;
  }

  async isActiveCommunityMember(
    communityId: string,
    memberId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM ${CommunitySql.memberships} community_membership
        WHERE community_id = $1 AND member_id = $2 AND status = 'ACTIVE'`,
      [communityId, memberId],
    );
    return rows.length > 0;
  }

  /** Everyone active in the group (and, for a CoP group, still in the CoP), for emails. */
  activeContacts(groupId: string): Promise<IntervisionContact[]> {
    return this.dataSource.query(
      `SELECT m.id, m.email, m.name, m.language, gm.role
         FROM intervision_group_member gm JOIN ${MemberSql.members} m ON m.id = gm.member_id
         JOIN intervision_group g ON g.id = gm.group_id
        WHERE gm.group_id = $1 AND gm.status = 'ACTIVE' AND ${STILL_IN_CONTEXT}
        ORDER BY m.id`,
      [groupId],
    );
  }

  async contact(memberId: string): Promise<Omit<IntervisionContact, 'role'> | null> {
    const rows: Omit<IntervisionContact, 'role'>[] = await this.dataSource.query(
      `SELECT id, email, name, language FROM ${MemberSql.members} member WHERE id = $1`,
      [memberId],
    );
    return rows[0] ?? null;
  }

  // Audit

  async audit(
    values: {
      groupId: string;
      caseId?: string | null;
      actorId: string | null;
      action: string;
      detail?: Record<string, unknown>;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(IntervisionAuditEntity).insert({
      groupId: values.groupId,
      caseId: values.caseId ?? null,
      actorId: values.actorId,
      action: values.action,
      detail: (values.detail ?? {}) as never,
    });
  }

  auditLog(groupId: string, limit = 200): Promise<IntervisionAuditEntity[]> {
    return this.dataSource
      .getRepository(IntervisionAuditEntity)
      .createQueryBuilder('a')
      .where('a.group_id = :groupId', { groupId })
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  async communityName(communityId: string): Promise<{ name: string; slug: string } | null> {
    const rows: { name: string; slug: string }[] = await this.dataSource.query(
      `SELECT name, slug FROM ${CommunitySql.communities} community WHERE id = $1`,
      [communityId],
    );
    return rows[0] ?? null;
  }
}

export { GroupMemberStatus, GroupRole };

import { CommunityAccess } from '@leerhuis/communities';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { IntervisionCaseEntity } from './entities/intervision-case.entity';
import { IntervisionGroupEntity } from './entities/intervision-group.entity';
import {
  GroupMemberStatus,
  GroupRole,
  IntervisionGroupMemberEntity,
} from './entities/intervision-group-member.entity';
import {
  caseNotFound,
  groupNotFound,
  IntervisionErrorCode,
  IntervisionException,
} from './intervision.exception';
import { IntervisionCaseRepository } from './intervision-case.repository';
import { IntervisionGroupRepository } from './intervision-group.repository';
import { IntervisionRole } from './intervision-method';

/** What the viewer is in a group. Only active members read case content. */
export interface GroupContext {
  group: IntervisionGroupEntity;
  membership: IntervisionGroupMemberEntity | null;
  /** Active (agreement accepted), any role. */
  isMember: boolean;
  isModerator: boolean;
  isInvited: boolean;
  isAdmin: boolean;
}

/**
 * see: metadata (name, state) — members, invitees (they must read the agreement) and platform
 * admins. member: content. moderator: moderator actions. Anyone else gets NOT_FOUND, so an
 * outsider learns nothing, not even that the group exists.
 */
export type AccessLevel = 'see' | 'member' | 'moderator';

export function contextOf(
  group: IntervisionGroupEntity,
  membership: IntervisionGroupMemberEntity | null,
  viewer: Viewer,
): GroupContext {
  const active = membership?.status === GroupMemberStatus.ACTIVE;
  return {
    group,
    membership,
    isMember: active,
    isModerator: active && membership!.role === GroupRole.MODERATOR,
    isInvited: membership?.status === GroupMemberStatus.INVITED,
    isAdmin: viewer.role === 'ADMIN',
  };
}

export function mayKnow(context: GroupContext): boolean {
  return context.isMember || context.isInvited || context.isAdmin;
}

/** The role the viewer writes in on a case; null when they may not write at all. */
export function writingRole(
  context: GroupContext,
  kase: Pick<IntervisionCaseEntity, 'ownerId'>,
  memberId: string | null,
): IntervisionRole | null {
  if (!context.isMember) return null;
  if (kase.ownerId === memberId) return IntervisionRole.CASE_OWNER;
  return context.isModerator ? IntervisionRole.MODERATOR : IntervisionRole.PARTICIPANTS;
}

/** Every role the viewer holds on a case (a moderator may also be the case owner). */
export function viewerRoles(
  context: GroupContext,
  kase: Pick<IntervisionCaseEntity, 'ownerId'>,
  memberId: string | null,
): IntervisionRole[] {
  if (!context.isMember) return [];
  const roles: IntervisionRole[] = [];
  if (kase.ownerId === memberId) roles.push(IntervisionRole.CASE_OWNER);
  else roles.push(IntervisionRole.PARTICIPANTS);
  if (context.isModerator) roles.push(IntervisionRole.MODERATOR);
  return roles;
}

/** The nil uuid: no group has it; the lookups for a missing case use it. */
const NO_GROUP = '00000000-0000-0000-0000-000000000000';
const PLACEHOLDER_GROUP = {
  id: NO_GROUP,
  communityId: null,
  learningGroupId: null,
} as IntervisionGroupEntity;

@Injectable()
export class IntervisionAccess {
  constructor(
    private readonly groups: IntervisionGroupRepository,
    private readonly cases: IntervisionCaseRepository,
    private readonly communities: CommunityAccess,
  ) {}

  /**
   * The viewer's membership of a group, only while they belong to the group's CoP or leergroep
   * without a break since they were invited (see stillInContextSql): someone who left the CoP
   * and joined again does not get the cases back, even before the worker marks the membership
   * ended. The CoP must also still be visible to them.
   */
  private async membershipOf(
    group: IntervisionGroupEntity,
    viewer: Viewer,
  ): Promise<IntervisionGroupMemberEntity | null> {
    if (!viewer.memberId) return null;
    const membership = await this.groups.membershipInContext(group.id, viewer.memberId);
    if (!membership || !group.communityId) return membership;
    try {
      const { membership: inCommunity } = await this.communities.visible(group.communityId, viewer);
      return this.communities.isParticipant(inCommunity) ? membership : null;
    } catch {
      return null;
    }
  }

  async group(groupId: string, viewer: Viewer, level: AccessLevel): Promise<GroupContext> {
    const group = await this.groups.findById(groupId);
    // As for cases: a missing group runs the membership lookup of a hidden one.
    const membership = await this.membershipOf(group ?? PLACEHOLDER_GROUP, viewer);
    if (!group) throw groupNotFound();
    const context = contextOf(group, membership, viewer);
    if (!mayKnow(context)) throw groupNotFound();
    requireLevel(context, level);
    return context;
  }

  /** A case as the viewer may see it: invitees do not learn about cases at all. */
  async case(
    caseId: string,
    viewer: Viewer,
    level: AccessLevel,
  ): Promise<{ kase: IntervisionCaseEntity; context: GroupContext }> {
    const kase = await this.cases.findById(caseId);
    // A missing case runs the same group and membership lookups as a hidden one, so the two
    // answers (the same NOT_FOUND) also take about the same time.
    const group = await this.groups.findById(kase?.groupId ?? NO_GROUP);
    const membership = await this.membershipOf(group ?? PLACEHOLDER_GROUP, viewer);
    if (!kase || !group) throw caseNotFound();
    const context = contextOf(group, membership, viewer);
    if (!context.isMember && !context.isAdmin) throw caseNotFound();
    requireLevel(context, level);
    return { kase, context };
  }
}

function requireLevel(context: GroupContext, level: AccessLevel): void {
  if (level === 'see') return;
  if (!context.isMember) {
    throw new IntervisionException(
      IntervisionErrorCode.MEMBERSHIP_REQUIRED,
      'Only members of this intervision group may do this.',
    );
  }
  if (level === 'moderator' && !context.isModerator) {
    throw new IntervisionException(
      IntervisionErrorCode.MODERATOR_REQUIRED,
      'Only a moderator of this intervision group may do this.',
    );
  }
}

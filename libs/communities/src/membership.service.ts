import { recordEvent } from '@leerhuis/platform-events';
import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  communityJoinDecided,
  communityJoinRequested,
  communityMemberJoined,
  communityMemberLeft,
  communityMemberRemoved,
  communityRoleChanged,
} from './communities.events';
import { CommunityErrorCode, CommunityException } from './community.exception';
import { CommunityRepository } from './community.repository';
import { isActiveMember } from './community-access';
import { CommunityInContext, CommunityLookup, requireCoordinator } from './community-lookup';
import { DecideJoinRequestInput } from './dtos/join-request.input';
import { CommunityEntity, CommunityStatus, JoinPolicy } from './entities/community.entity';
import {
  CommunityMembershipEntity,
  CommunityRole,
  MembershipStatus,
} from './entities/community-membership.entity';
import { MembershipRepository } from './membership.repository';

/**
 * Joining, leaving and roles. Every change locks the CoP's row first, so concurrent changes
 * to one CoP run one after another (two coordinators leaving at once cannot leave none).
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
    private readonly lookup: CommunityLookup,
    private readonly dataSource: DataSource,
  ) {}

  /** Open CoPs: a member at once. */
  async join(viewer: Viewer, communityId: string): Promise<CommunityMembershipEntity> {
    return this.inLockedCommunity(viewer, communityId, async ({ community, membership }, m) => {
      assertNotMember(membership);
      assertCanEnter(community);
      if (community.joinPolicy === JoinPolicy.ON_REQUEST) {
        throw new CommunityException(
          CommunityErrorCode.JOIN_BY_REQUEST,
          'This community admits members on request: ask to join, and a coordinator decides.',
        );
      }
      return this.admit(community, viewer.memberId!, membership, 'OPEN', m);
    });
  }

  /** On-request CoPs: a pending request with an optional motivation (open CoPs: join at once). */
  async requestToJoin(
    viewer: Viewer,
    communityId: string,
    motivation: string | undefined,
  ): Promise<CommunityMembershipEntity> {
    return this.inLockedCommunity(viewer, communityId, async ({ community, membership }, m) => {
      assertNotMember(membership);
      if (membership) {
        throw new CommunityException(
          CommunityErrorCode.ALREADY_REQUESTED,
          'You already asked to join this community; a coordinator will decide.',
        );
      }
      assertCanEnter(community);
      if (community.joinPolicy === JoinPolicy.OPEN) {
        return this.admit(community, viewer.memberId!, null, 'OPEN', m);
      }
      const pending = await this.memberships.insert(
        {
          communityId,
          memberId: viewer.memberId!,
          role: CommunityRole.MEMBER,
          status: MembershipStatus.PENDING,
          motivation: motivation?.trim() ?? '',
        },
        m,
      );
      if (!pending) throw alreadyMember();
      await recordEvent(m, communityJoinRequested, {
        communityId,
        memberId: viewer.memberId!,
        motivation: pending.motivation,
      });
      return pending;
    });
  }

  /** Coordinators approve or decline; the applicant is emailed either way (by the worker). */
  async decide(
    viewer: Viewer,
    input: DecideJoinRequestInput,
  ): Promise<CommunityMembershipEntity | null> {
    return this.inLockedCommunity(viewer, input.communityId, async ({ membership }, m) => {
      requireCoordinator(membership);
      const request = await this.memberships.find(input.communityId, input.memberId, m);
      if (request?.status !== MembershipStatus.PENDING) {
        throw new CommunityException(
          CommunityErrorCode.JOIN_REQUEST_NOT_FOUND,
          'There is no open request to join from this member.',
        );
      }
      await recordEvent(m, communityJoinDecided, {
        communityId: input.communityId,
        memberId: input.memberId,
        approved: input.approve,
        message: input.message?.trim() ?? '',
        decidedBy: viewer.memberId!,
      });
      if (!input.approve) {
        await this.memberships.delete(request.id, m);
        return null;
      }
      const admitted = await this.memberships.update(
        request.id,
        { status: MembershipStatus.ACTIVE, joinedAt: new Date() },
        m,
      );
      await recordEvent(m, communityMemberJoined, {
        communityId: input.communityId,
        memberId: input.memberId,
        via: 'REQUEST' as const,
      });
      await this.communities.touch(input.communityId, m);
      return admitted;
    });
  }

  /** Leave a CoP, or withdraw a pending request. */
  async leave(viewer: Viewer, communityId: string): Promise<void> {
    await this.inLockedCommunity(viewer, communityId, async ({ membership }, m) => {
      if (!membership) throw notAMember('You are not a member of this community.');
      await this.assertNotLastCoordinator(membership, m, 'leave');
      await this.memberships.delete(membership.id, m);
      if (isActiveMember(membership)) {
        await recordEvent(m, communityMemberLeft, { communityId, memberId: viewer.memberId! });
        await this.communities.touch(communityId, m);
      }
    });
  }

  async remove(viewer: Viewer, communityId: string, memberId: string): Promise<void> {
    await this.inLockedCommunity(viewer, communityId, async ({ membership }, m) => {
      requireCoordinator(membership);
      const target = await this.activeMembership(communityId, memberId, m);
      await this.assertNotLastCoordinator(target, m, 'remove');
      await this.memberships.delete(target.id, m);
      await recordEvent(m, communityMemberRemoved, {
        communityId,
        memberId,
        removedBy: viewer.memberId!,
      });
      await this.communities.touch(communityId, m);
    });
  }

  async setRole(
    viewer: Viewer,
    communityId: string,
    memberId: string,
    role: CommunityRole,
  ): Promise<CommunityMembershipEntity> {
    return this.inLockedCommunity(viewer, communityId, async ({ membership }, m) => {
      requireCoordinator(membership);
      const target = await this.activeMembership(communityId, memberId, m);
      if (target.role === role) return target;
      if (role !== CommunityRole.COORDINATOR) {
        await this.assertNotLastCoordinator(target, m, 'demote');
      }
      const updated = await this.memberships.update(target.id, { role }, m);
      await recordEvent(m, communityRoleChanged, {
        communityId,
        memberId,
        role,
        previousRole: target.role,
        changedBy: viewer.memberId!,
      });
      await this.communities.touch(communityId, m);
      return updated;
    });
  }

  /** Makes a member of someone (new, or with a pending request); used by invitations too. */
  async admit(
    community: CommunityEntity,
    memberId: string,
    existing: CommunityMembershipEntity | null,
    via: 'OPEN' | 'INVITATION',
    m: EntityManager,
  ): Promise<CommunityMembershipEntity> {
    const admitted = existing
      ? await this.memberships.update(
          existing.id,
          { status: MembershipStatus.ACTIVE, joinedAt: new Date() },
          m,
        )
      : await this.memberships.insert(
          {
            communityId: community.id,
            memberId,
            role: CommunityRole.MEMBER,
            status: MembershipStatus.ACTIVE,
            joinedAt: new Date(),
          },
          m,
        );
    if (!admitted) throw alreadyMember();
    await recordEvent(m, communityMemberJoined, { communityId: community.id, memberId, via });
    await this.communities.touch(community.id, m);
    return admitted;
  }

  private inLockedCommunity<T>(
    viewer: Viewer,
    communityId: string,
    work: (context: CommunityInContext, manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) =>
      work(await this.lookup.lockVisible(communityId, viewer, manager), manager),
    );
  }

  private async activeMembership(
    communityId: string,
    memberId: string,
    m: EntityManager,
  ): Promise<CommunityMembershipEntity> {
    const target = await this.memberships.find(communityId, memberId, m);
    if (!isActiveMember(target)) throw notAMember('This member is not in this community.');
    return target!;
  }

  /** Call with the CoP locked: the count cannot change before this transaction ends. */
  private async assertNotLastCoordinator(
    membership: CommunityMembershipEntity,
    m: EntityManager,
    action: 'leave' | 'remove' | 'demote',
  ): Promise<void> {
    if (membership.role !== CommunityRole.COORDINATOR || !isActiveMember(membership)) return;
    if ((await this.memberships.countCoordinators(membership.communityId, m)) > 1) return;
    const what = {
      leave: 'You are the last coordinator, so you cannot leave',
      remove: 'The last coordinator cannot be removed',
      demote: 'The last coordinator cannot get another role',
    }[action];
    throw new CommunityException(
      CommunityErrorCode.LAST_COORDINATOR,
      `${what}: a community always keeps at least one coordinator. Make another member coordinator first.`,
    );
  }
}

function assertNotMember(membership: CommunityMembershipEntity | null): void {
  if (isActiveMember(membership)) throw alreadyMember();
}

/** Proposed CoPs admit nobody yet; invite-only and hidden ones only by invitation. */
function assertCanEnter(community: CommunityEntity): void {
  if (community.status !== CommunityStatus.ACTIVE) {
    throw new CommunityException(
      CommunityErrorCode.NOT_ACTIVE_YET,
      'This community has not been approved yet.',
    );
  }
  if (
    community.joinPolicy === JoinPolicy.INVITE_ONLY ||
    community.joinPolicy === JoinPolicy.HIDDEN
  ) {
    throw new CommunityException(
      CommunityErrorCode.INVITATION_REQUIRED,
      'This community is by invitation only: ask a coordinator to invite you.',
    );
  }
}

const alreadyMember = () =>
  new CommunityException(
    CommunityErrorCode.ALREADY_MEMBER,
    'You are already a member of this community.',
  );

const notAMember = (message: string) =>
  new CommunityException(CommunityErrorCode.NOT_A_MEMBER, message);

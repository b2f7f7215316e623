import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { CommunityErrorCode, CommunityException, communityNotFound } from './community.exception';
import { CommunityRepository } from './community.repository';
import { canSee, hasRole, Membership } from './community-access';
import { CommunityEntity } from './entities/community.entity';
import { CommunityMembershipEntity, CommunityRole } from './entities/community-membership.entity';
import { MembershipRepository } from './membership.repository';

export interface CommunityInContext {
  community: CommunityEntity;
  membership: CommunityMembershipEntity | null;
}

/** Finds a CoP as the viewer may see it; anything else is NOT_FOUND, exactly as a missing one. */
@Injectable()
export class CommunityLookup {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async visible(
    where: { id?: string | null; slug?: string | null },
    viewer: Viewer,
  ): Promise<CommunityInContext> {
    const community = where.id
      ? await this.communities.findById(where.id)
      : where.slug
        ? await this.communities.findBySlug(where.slug)
        : null;
    if (!community) throw communityNotFound();
    const membership = await this.memberships.find(community.id, viewer.memberId!);
    if (!canSee(community, viewer, membership)) throw communityNotFound();
    return { community, membership };
  }

  /** The same, with the CoP's row locked for the rest of the transaction. */
  async lockVisible(
    communityId: string,
    viewer: Viewer,
    manager: EntityManager,
  ): Promise<CommunityInContext> {
    const community = await this.communities.lockById(communityId, manager);
    if (!community) throw communityNotFound();
    const membership = await this.memberships.find(community.id, viewer.memberId!, manager);
    if (!canSee(community, viewer, membership)) throw communityNotFound();
    return { community, membership };
  }
}

export function requireCoordinator(membership: Membership): void {
  if (!hasRole(membership, CommunityRole.COORDINATOR)) {
    throw new CommunityException(
      CommunityErrorCode.COORDINATOR_REQUIRED,
      'Only coordinators of this community may do this.',
    );
  }
}

export function requireModerator(membership: Membership): void {
  if (!hasRole(membership, CommunityRole.MODERATOR)) {
    throw new CommunityException(
      CommunityErrorCode.MODERATOR_REQUIRED,
      'Only coordinators and moderators of this community may do this.',
    );
  }
}

import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { CommunityErrorCode, CommunityException } from './community.exception';
import { CommunityRepository } from './community.repository';
import { hasRole, isActiveMember, Membership } from './community-access';
import { CommunityInContext, CommunityLookup, requireModerator } from './community-lookup';
import {
  CommunitySearchRepository,
  CommunitySummary,
  SearchScope,
} from './community-search.repository';
import { CommunityRole } from './entities/community-membership.entity';

/**
 * What other domains (discussions, meetings, harvest) ask of a CoP: may this viewer see it,
 * take part, moderate? Every answer comes from community-access.ts, so the rules live once.
 */
@Injectable()
export class CommunityAccess {
  constructor(
    private readonly lookup: CommunityLookup,
    private readonly communities: CommunityRepository,
    private readonly search: CommunitySearchRepository,
  ) {}

  /**
   * For search, in one statement: the viewer's active CoPs (their discussions and member-only
   * lessons) and the CoPs the viewer may not know exist (hidden or proposed, not a member).
   */
  searchScope(viewer: Viewer): Promise<SearchScope> {
    return this.search.scope(viewer);
  }

  /** Name, link and join policy of CoPs the caller already knows the viewer may see. */
  summaries(communityIds: readonly string[]): Promise<CommunitySummary[]> {
    return this.search.summaries(communityIds);
  }

  /** The CoP as the viewer may see it; NOT_FOUND (as for a missing CoP) otherwise. */
  visible(communityId: string, viewer: Viewer): Promise<CommunityInContext> {
    return this.lookup.visible({ id: communityId }, viewer);
  }

  /** Visible and an active member: may read member-only content and take part. */
  async participant(communityId: string, viewer: Viewer): Promise<CommunityInContext> {
    const context = await this.lookup.visible({ id: communityId }, viewer);
    if (!isActiveMember(context.membership)) {
      throw new CommunityException(
        CommunityErrorCode.MEMBERSHIP_REQUIRED,
        'Only members of this community may do this.',
      );
    }
    return context;
  }

  /** Visible and at least moderator (coordinators included). */
  async moderator(communityId: string, viewer: Viewer): Promise<CommunityInContext> {
    const context = await this.lookup.visible({ id: communityId }, viewer);
    requireModerator(context.membership);
    return context;
  }

  isParticipant(membership: Membership): boolean {
    return isActiveMember(membership);
  }

  isModerator(membership: Membership): boolean {
    return hasRole(membership, CommunityRole.MODERATOR);
  }

  /** Marks activity in a CoP (discover shows it), inside the caller's transaction. */
  touch(communityId: string, manager: EntityManager): Promise<void> {
    return this.communities.touch(communityId, manager);
  }
}

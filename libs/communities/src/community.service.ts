import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';
import { Connection, ConnectionArgs, toConnection, Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import {
  communityApproved,
  communityMemberJoined,
  communityPhaseChanged,
  communityProposed,
} from './communities.events';
import { CommunityErrorCode, CommunityException } from './community.exception';
import {
  CommunityFilter,
  CommunityList,
  CommunityRepository,
  communitySortKey,
  ListedCommunity,
} from './community.repository';
import { CommunityInContext, CommunityLookup, requireCoordinator } from './community-lookup';
import { ProposeCommunityInput, UpdateCommunityInput } from './dtos/community.input';
import { CommunityEntity, CommunityPhase, CommunityStatus } from './entities/community.entity';
import { CommunityRole, MembershipStatus } from './entities/community-membership.entity';
import { MembershipRepository } from './membership.repository';
import { firstFreeSlug, slugify } from './slug';

@Injectable()
export class CommunityService {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
    private readonly lookup: CommunityLookup,
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async get(where: { id?: string | null; slug?: string | null }, viewer: Viewer) {
    return (await this.lookup.visible(where, viewer)).community;
  }

  /** A page of CoPs, with the viewer's membership per listed CoP (for the loaders). */
  async list(
    filter: Omit<CommunityFilter, 'viewerMemberId' | 'viewerIsAdmin'>,
    args: ConnectionArgs,
    viewer: Viewer,
  ): Promise<{
    connection: Connection<ListedCommunity>;
    viewerMemberships: CommunityList['viewerMemberships'];
  }> {
    const full: CommunityFilter = {
      ...filter,
      search: filter.search?.trim() || null,
      viewerMemberId: viewer.memberId!,
      viewerIsAdmin: viewer.role === 'ADMIN',
    };
    const { rows, total, viewerMemberships } = await this.communities.list(
      full,
      args.first,
      args.after,
    );
    return {
      connection: toConnection(rows, args, communitySortKey, total),
      viewerMemberships,
    };
  }

  /** The proposer becomes the first coordinator; the configured policy decides if it opens. */
  async propose(viewer: Viewer, input: ProposeCommunityInput): Promise<CommunityEntity> {
    assertDates(input.startsOn, input.plannedEndOn ?? null);
    const opensAtOnce = this.config.COMMUNITY_PROPOSALS_OPEN_AT_ONCE === 'true';
    return this.dataSource.transaction(async (manager) => {
      const slug = await this.chooseSlug(input.name, input.slug, manager);
      const community = await this.communities.insert(
        {
          slug,
          name: input.name.trim(),
          goal: input.goal?.trim() ?? '',
          domain: input.domain?.trim() ?? '',
          centralQuestions: cleanList(input.centralQuestions ?? []),
          themes: cleanList(input.themes ?? []),
          welcomeMessage: input.welcomeMessage?.trim() ?? '',
          joinPolicy: input.joinPolicy,
          status: opensAtOnce ? CommunityStatus.ACTIVE : CommunityStatus.PROPOSED,
          startsOn: input.startsOn,
          plannedEndOn: input.plannedEndOn ?? null,
          proposedBy: viewer.memberId,
          approvedAt: opensAtOnce ? new Date() : null,
        },
        manager,
      );
      if (!community) throw slugTaken();
      await this.memberships.insert(
        {
          communityId: community.id,
          memberId: viewer.memberId!,
          role: CommunityRole.COORDINATOR,
          status: MembershipStatus.ACTIVE,
          joinedAt: new Date(),
        },
        manager,
      );
      await recordEvent(manager, communityProposed, {
        communityId: community.id,
        proposedBy: viewer.memberId!,
        status: community.status,
      });
      await recordEvent(manager, communityMemberJoined, {
        communityId: community.id,
        memberId: viewer.memberId!,
        via: 'PROPOSAL' as const,
      });
      return community;
    });
  }

  async update(viewer: Viewer, input: UpdateCommunityInput): Promise<CommunityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { community, membership } = await this.lookup.lockVisible(
        input.communityId,
        viewer,
        manager,
      );
      requireCoordinator(membership);
      assertDates(
        input.startsOn ?? community.startsOn,
        input.plannedEndOn !== undefined ? input.plannedEndOn : community.plannedEndOn,
      );
      const changes: Partial<CommunityEntity> = {};
      if (input.name != null) changes.name = input.name.trim();
      if (input.slug != null && input.slug !== community.slug) {
        changes.slug = await this.chooseSlug(community.name, input.slug, manager);
      }
      if (input.goal != null) changes.goal = input.goal.trim();
      if (input.domain != null) changes.domain = input.domain.trim();
      if (input.centralQuestions != null)
        changes.centralQuestions = cleanList(input.centralQuestions);
      if (input.themes != null) changes.themes = cleanList(input.themes);
      if (input.welcomeMessage != null) changes.welcomeMessage = input.welcomeMessage.trim();
      if (input.joinPolicy != null) changes.joinPolicy = input.joinPolicy;
      if (input.startsOn != null) changes.startsOn = input.startsOn;
      if (input.plannedEndOn != null) changes.plannedEndOn = input.plannedEndOn;
      const updated = await this.communities.update(community.id, changes, manager);
      if (!updated) throw slugTaken();
      return updated;
    });
  }

  async setPhase(
    viewer: Viewer,
    communityId: string,
    phase: CommunityPhase,
  ): Promise<CommunityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { community, membership } = await this.lookup.lockVisible(communityId, viewer, manager);
      requireCoordinator(membership);
      if (community.phase === phase) return community;
      const updated = (await this.communities.update(community.id, { phase }, manager))!;
      await recordEvent(manager, communityPhaseChanged, {
        communityId,
        phase,
        previousPhase: community.phase,
        changedBy: viewer.memberId!,
      });
      return updated;
    });
  }

  /** Platform admins open a proposed CoP. */
  async approve(viewer: Viewer, communityId: string): Promise<CommunityEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { community }: CommunityInContext = await this.lookup.lockVisible(
        communityId,
        viewer,
        manager,
      );
      if (community.status === CommunityStatus.ACTIVE) {
        throw new CommunityException(
          CommunityErrorCode.ALREADY_APPROVED,
          'This community is already open.',
        );
      }
      const updated = (await this.communities.update(
        community.id,
        {
          status: CommunityStatus.ACTIVE,
          approvedAt: new Date(),
          approvedBy: viewer.memberId,
        },
        manager,
      ))!;
      await recordEvent(manager, communityApproved, {
        communityId,
        approvedBy: viewer.memberId!,
      });
      return updated;
    });
  }

  /**
   * An explicit slug must be free; a generated one gets the first free numeric suffix. An
   * advisory lock on the base makes two proposals with the same name take turns.
   */
  private async chooseSlug(
    name: string,
    explicit: string | undefined | null,
    manager: EntityManager,
  ): Promise<string> {
    const base = explicit ?? slugify(name);
    await this.communities.lockSlugBase(base, manager);
    const taken = await this.communities.slugsLike(base, manager);
    if (explicit) {
      if (taken.has(explicit)) throw slugTaken();
      return explicit;
    }
    return firstFreeSlug(base, taken);
  }
}

// Says only that the address is not available, not whose it is (it may be a hidden CoP's).
const slugTaken = () =>
  new CommunityException(CommunityErrorCode.SLUG_TAKEN, 'That address is not available.', [
    { field: 'slug', message: 'Choose another address for the community.' },
  ]);

function assertDates(startsOn: string, plannedEndOn: string | null): void {
  if (plannedEndOn && plannedEndOn <= startsOn) {
    throw new CommunityException(
      CommunityErrorCode.END_BEFORE_START,
      'The planned end must be after the start date.',
      [{ field: 'plannedEndOn', message: 'Choose a date after the start date.' }],
    );
  }
}

/** Trimmed, without empty items and case-insensitive duplicates; the first spelling stays. */
function cleanList(items: string[]): string[] {
  const seen = new Set<string>();
  return items
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

import { byKeys, groupByKeys, LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { CommunityRepository } from './community.repository';
import { CommunityEntity } from './entities/community.entity';
import {
  CommunityMembershipEntity,
  MembershipStatus,
} from './entities/community-membership.entity';
import { MembershipPage, MembershipRepository } from './membership.repository';

/** Per-request batching for everything a page of CoPs asks per CoP. */
@Injectable()
export class CommunityLoaders {
  constructor(
    private readonly communities: CommunityRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  byId(registry: LoaderRegistry) {
    return registry.get<string, CommunityEntity | null>('community.byId', async (ids) =>
      byKeys(ids, await this.communities.findByIds(ids), (c) => c.id),
    );
  }

  /** The viewer's membership per CoP (one viewer per request, so the key is the CoP). */
  viewerMembership(registry: LoaderRegistry, memberId: string) {
    return registry.get<string, CommunityMembershipEntity | null>(
      'community.viewerMembership',
      async (ids) =>
        byKeys(ids, await this.memberships.findForMember(ids, memberId), (m) => m.communityId),
    );
  }

  /** The CoPs each member shares with the viewer (one viewer per request). */
  inCommonWith(registry: LoaderRegistry, viewerId: string) {
    return registry.get<string, CommunityEntity[]>('community.inCommon', async (memberIds) => {
      const pairs = await this.memberships.inCommon(viewerId, memberIds);
      const communities = new Map(
        (await this.communities.findByIds([...new Set(pairs.map((p) => p.communityId))])).map(
          (c) => [c.id, c],
        ),
      );
      return groupByKeys(memberIds, pairs, (p) => p.memberId).map((list) =>
        list.map((p) => communities.get(p.communityId)!),
      );
    });
  }

  coordinators(registry: LoaderRegistry) {
    return registry.get<string, CommunityMembershipEntity[]>(
      'community.coordinators',
      async (ids) =>
        groupByKeys(ids, await this.memberships.coordinators(ids), (m) => m.communityId),
    );
  }

  /** A page of a CoP's members (or pending requests): one query per distinct page request. */
  membershipPage(
    registry: LoaderRegistry,
    status: MembershipStatus,
    first: number,
    after: string | null | undefined,
  ) {
    return registry.get<string, MembershipPage>(
      `community.memberships:${status}:${first}:${after ?? ''}`,
      async (ids) => {
        const pages = await this.memberships.pages(ids, status, first, after);
        return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
      },
    );
  }
}

import {
  AdminGuard,
  ConnectionArgs,
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CommunityLoaders } from './community.loaders';
import { CommunityService } from './community.service';
import { canSeeMembers, hasRole } from './community-access';
import { CommunitiesArgs, CommunityArgs } from './dtos/community.args';
import {
  CommunityConnection,
  CommunityDto,
  CommunityMembershipConnection,
  CommunityMembershipDto,
  ViewerMembership,
} from './dtos/community.dto';
import {
  CommunityRefInput,
  ProposeCommunityInput,
  SetCommunityPhaseInput,
  UpdateCommunityInput,
} from './dtos/community.input';
import { CommunityEntity } from './entities/community.entity';
import { CommunityRole, MembershipStatus } from './entities/community-membership.entity';
import { membershipSortKey } from './membership.repository';

@Resolver(() => CommunityDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class CommunityResolver {
  constructor(
    private readonly service: CommunityService,
    private readonly loaders: CommunityLoaders,
  ) {}

  @Query(() => CommunityConnection, {
    description: 'Discover CoPs: search (Dutch stemming), filter by theme and phase, or mine.',
  })
  async communities(
    @Args() args: CommunitiesArgs,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const { connection, viewerMemberships } = await this.service.list(
      { search: args.search, theme: args.theme, phase: args.phase, mine: args.mine },
      args,
      viewer,
    );
    // The list query already read the viewer's memberships: the field below needs no query.
    const loader = this.loaders.viewerMembership(registry, viewer.memberId!);
    for (const [id, membership] of viewerMemberships) loader.prime(id, membership);
    return connection;
  }

  @Query(() => CommunityDto, { description: 'One CoP, by id or by slug.' })
  community(@Args() args: CommunityArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.get({ id: args.id, slug: args.slug }, viewer);
  }

  @Mutation(() => CommunityDto, {
    description: 'Propose a CoP; you become its coordinator. It opens at once or after approval.',
  })
  proposeCommunity(@Args('input') input: ProposeCommunityInput, @CurrentViewer() viewer: Viewer) {
    return this.service.propose(viewer, input);
  }

  @Mutation(() => CommunityDto, { description: 'Coordinators change their CoP.' })
  updateCommunity(@Args('input') input: UpdateCommunityInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => CommunityDto, { description: 'Coordinators move their CoP to another phase.' })
  setCommunityPhase(@Args('input') input: SetCommunityPhaseInput, @CurrentViewer() viewer: Viewer) {
    return this.service.setPhase(viewer, input.communityId, input.phase);
  }

  @Mutation(() => CommunityDto, { description: 'Platform admins open a proposed CoP.' })
  @UseGuards(AdminGuard)
  approveCommunity(@Args('input') input: CommunityRefInput, @CurrentViewer() viewer: Viewer) {
    return this.service.approve(viewer, input.communityId);
  }

  // The fields below take graphql-js's own arguments (no parameter decorators), so Nest binds
  // them directly: no pipes, no promise wrapper. They are on every CoP of every list.
  @ResolveField(() => Int, { description: 'Active members.' })
  memberCount(community: CommunityEntity) {
    return community.memberCount;
  }

  @ResolveField(() => ViewerMembership, {
    nullable: true,
    description: 'Your role and status here; null when you are neither member nor applicant.',
  })
  viewerMembership(
    community: CommunityEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    return this.loaders.viewerMembership(loaders, viewer!.memberId!).load(community.id);
  }

  @ResolveField(() => [CommunityMembershipDto], { description: 'Whom to turn to.' })
  coordinators(community: CommunityEntity, _args: unknown, { loaders }: GraphqlContext) {
    return this.loaders.coordinators(loaders).load(community.id);
  }

  @ResolveField(() => CommunityMembershipConnection, {
    nullable: true,
    description: 'The members with their roles; null unless you are a member (or an admin).',
  })
  async members(
    @Parent() community: CommunityEntity,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const mine = await this.loaders.viewerMembership(registry, viewer.memberId!).load(community.id);
    if (!canSeeMembers(viewer, mine)) return null;
    return this.page(community, MembershipStatus.ACTIVE, args, registry);
  }

  @ResolveField(() => CommunityMembershipConnection, {
    nullable: true,
    description: 'Requests to join, for coordinators (and admins); null for everyone else.',
  })
  async joinRequests(
    @Parent() community: CommunityEntity,
    @Args() args: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const mine = await this.loaders.viewerMembership(registry, viewer.memberId!).load(community.id);
    if (viewer.role !== 'ADMIN' && !hasRole(mine, CommunityRole.COORDINATOR)) return null;
    return this.page(community, MembershipStatus.PENDING, args, registry);
  }

  private async page(
    community: CommunityEntity,
    status: MembershipStatus,
    args: ConnectionArgs,
    registry: LoaderRegistry,
  ) {
    const { rows, total } = await this.loaders
      .membershipPage(registry, status, args.first, args.after)
      .load(community.id);
    return toConnection(rows, args, membershipSortKey, total);
  }
}

import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { CommunityLoaders } from './community.loaders';
import {
  CommunityDto,
  CommunityInvitationDto,
  CommunityMembershipDto,
  JoinRequestDecision,
} from './dtos/community.dto';
import { CommunityRefInput } from './dtos/community.input';
import { AcceptCommunityInvitationInput, InviteToCommunityInput } from './dtos/invitation.input';
import { DecideJoinRequestInput, RequestToJoinCommunityInput } from './dtos/join-request.input';
import { CommunityMemberInput, SetCommunityRoleInput } from './dtos/membership.input';
import {
  CommunityMembershipEntity,
  MembershipStatus,
} from './entities/community-membership.entity';
import { InvitationService } from './invitation.service';
import { MembershipService } from './membership.service';

@Resolver(() => CommunityMembershipDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class MembershipResolver {
  constructor(
    private readonly memberships: MembershipService,
    private readonly invitations: InvitationService,
    private readonly communityLoaders: CommunityLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Mutation(() => CommunityMembershipDto, { description: 'Join an open CoP at once.' })
  joinCommunity(@Args('input') input: CommunityRefInput, @CurrentViewer() viewer: Viewer) {
    return this.memberships.join(viewer, input.communityId);
  }

  @Mutation(() => CommunityMembershipDto, {
    description: 'Ask to join an on-request CoP; a coordinator decides and you get an email.',
  })
  requestToJoinCommunity(
    @Args('input') input: RequestToJoinCommunityInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.memberships.requestToJoin(viewer, input.communityId, input.motivation);
  }

  @Mutation(() => JoinRequestDecision, {
    description: 'Coordinators approve or decline a request to join; the applicant is emailed.',
  })
  async decideJoinRequest(
    @Args('input') input: DecideJoinRequestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<JoinRequestDecision> {
    const membership = await this.memberships.decide(viewer, input);
    return { approved: input.approve, membership };
  }

  @Mutation(() => CommunityInvitationDto, {
    description: 'Coordinators and moderators invite a member or an email address by link.',
  })
  inviteToCommunity(@Args('input') input: InviteToCommunityInput, @CurrentViewer() viewer: Viewer) {
    return this.invitations.invite(viewer, input);
  }

  @Mutation(() => CommunityMembershipDto, {
    description: 'Accept an invitation, signed in with the invited address.',
  })
  acceptCommunityInvitation(
    @Args('input') input: AcceptCommunityInvitationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.invitations.accept(viewer, input.token);
  }

  @Mutation(() => Boolean, { description: 'Leave a CoP (or withdraw your request to join).' })
  async leaveCommunity(@Args('input') input: CommunityRefInput, @CurrentViewer() viewer: Viewer) {
    await this.memberships.leave(viewer, input.communityId);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Coordinators remove a member.' })
  async removeCommunityMember(
    @Args('input') input: CommunityMemberInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    await this.memberships.remove(viewer, input.communityId, input.memberId);
    return true;
  }

  @Mutation(() => CommunityMembershipDto, {
    description: 'Coordinators make a member coordinator, moderator or member.',
  })
  setCommunityRole(@Args('input') input: SetCommunityRoleInput, @CurrentViewer() viewer: Viewer) {
    return this.memberships.setRole(viewer, input.communityId, input.memberId, input.role);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto)
  async member(
    membership: CommunityMembershipEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const member = await this.memberLoaders.byId(loaders).load(membership.memberId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => CommunityDto)
  community(membership: CommunityMembershipEntity, _args: unknown, { loaders }: GraphqlContext) {
    return this.communityLoaders.byId(loaders).load(membership.communityId);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'Why they asked to join; only on pending requests.',
  })
  motivation(membership: CommunityMembershipEntity) {
    return membership.status === MembershipStatus.PENDING ? membership.motivation : null;
  }
}

import { CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import { LearningGroupAccess } from '@leerhuis/learning-groups';
import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  IntervisionAuditEntryDto,
  IntervisionCaseDto,
  IntervisionGroupDto,
  IntervisionGroupMembershipDto,
  IntervisionMethodDto,
} from './dtos/intervision.dto';
import {
  CreateIntervisionGroupInput,
  IntervisionGroupRefInput,
} from './dtos/intervision-group.input';
import {
  AcceptIntervisionAgreementInput,
  InviteToIntervisionGroupInput,
  RemoveFromIntervisionGroupInput,
} from './dtos/intervision-membership.input';
import {
  CopyIntervisionMethodInput,
  UpdateIntervisionMethodInput,
} from './dtos/intervision-method.input';
import { IntervisionGroupMemberEntity } from './entities/intervision-group-member.entity';
import { IntervisionMethodEntity } from './entities/intervision-method.entity';
import { IntervisionErrorCode, IntervisionException } from './intervision.exception';
import { IntervisionLoaders } from './intervision.loaders';
import { IntervisionGroupService } from './intervision-group.service';
import { IntervisionGroupMethodService } from './intervision-group-method.service';
import { IntervisionMembershipService } from './intervision-membership.service';
import { caseView, groupView } from './intervision-views';

export function methodView(method: IntervisionMethodEntity): IntervisionMethodDto {
  return {
    id: method.id,
    key: method.key,
    adapted: method.groupId !== null,
    nameNl: method.nameNl,
    nameEn: method.nameEn,
    descriptionNl: method.descriptionNl,
    descriptionEn: method.descriptionEn,
    phases: method.phases.map((p) => ({ ...p, durationMinutes: p.durationMinutes ?? null })),
  };
}

function membershipView(m: IntervisionGroupMemberEntity): IntervisionGroupMembershipDto {
  return {
    role: m.role,
    status: m.status,
    agreementVersion: m.agreementVersion,
    agreementAcceptedAt: m.agreementAcceptedAt,
    memberId: m.memberId,
  };
}

@Resolver(() => IntervisionGroupDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class IntervisionGroupResolver {
  constructor(
    private readonly service: IntervisionGroupService,
    private readonly memberships: IntervisionMembershipService,
    private readonly groupMethods: IntervisionGroupMethodService,
    private readonly communityLoaders: CommunityLoaders,
    private readonly loaders: IntervisionLoaders,
    private readonly learningGroups: LearningGroupAccess,
  ) {}

  @Query(() => IntervisionGroupDto, {
    description: 'An intervision group; for its members, invitees and (metadata) admins.',
  })
  async intervisionGroup(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const context = await this.service.get(viewer, id);
    return groupView(context.group, context);
  }

  @Query(() => [IntervisionGroupDto], {
    description:
      "A CoP's or a leergroep's intervision groups that I am in or invited to (give exactly one of communityId, learningGroupId).",
  })
  async intervisionGroups(
    @CurrentViewer() viewer: Viewer,
    @Args('communityId', { type: () => ID, nullable: true }) communityId?: string | null,
    @Args('learningGroupId', { type: () => ID, nullable: true }) learningGroupId?: string | null,
  ) {
    if (!communityId === !learningGroupId) {
      throw new IntervisionException(
        IntervisionErrorCode.ONE_CONTEXT_ONLY,
        'Give exactly one of communityId and learningGroupId.',
        [
          { field: 'communityId', message: 'Give a community or a leergroep.' },
          { field: 'learningGroupId', message: 'Give a community or a leergroep.' },
        ],
      );
    }
    const contexts = learningGroupId
      ? await this.service.forLearningGroup(viewer, learningGroupId)
      : await this.service.forCommunity(viewer, communityId!);
    return contexts.map((c) => groupView(c.group, c));
  }

  @Query(() => [IntervisionGroupDto], { description: 'Intervision groups I am in or invited to.' })
  async myIntervisionGroups(@CurrentViewer() viewer: Viewer) {
    const contexts = await this.service.mine(viewer);
    return contexts.map((c) => groupView(c.group, c));
  }

  @Mutation(() => IntervisionGroupDto, {
    description: 'CoP moderators create a group in their CoP; any member a standalone one.',
  })
  async createIntervisionGroup(
    @Args('input') input: CreateIntervisionGroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    const context = await this.service.create(viewer, input);
    return groupView(context.group, context);
  }

  @Mutation(() => IntervisionGroupMembershipDto, {
    description:
      'Moderators invite a member; also the only way back for someone who left, was removed or left the CoP or leergroep (they accept the agreement again).',
  })
  async inviteToIntervisionGroup(
    @Args('input') input: InviteToIntervisionGroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return membershipView(await this.memberships.invite(viewer, input));
  }

  @Mutation(() => IntervisionGroupDto, {
    description: 'Join by accepting the confidentiality agreement (its version is recorded).',
  })
  async acceptIntervisionAgreement(
    @Args('input') input: AcceptIntervisionAgreementInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    const context = await this.memberships.acceptAgreement(viewer, input);
    return groupView(context.group, context);
  }

  @Mutation(() => Boolean, { description: 'Leave (or decline): ends access to every case.' })
  leaveIntervisionGroup(
    @Args('input') input: IntervisionGroupRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.memberships.leave(viewer, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Moderators remove a member or invitee: access ends at once, the member is emailed (group name only) and the audit log records it.',
  })
  removeFromIntervisionGroup(
    @Args('input') input: RemoveFromIntervisionGroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.memberships.remove(viewer, input);
  }

  @Mutation(() => IntervisionMethodDto, {
    description: 'Moderators copy a method for their group, optionally with adapted phases.',
  })
  async copyIntervisionMethod(
    @Args('input') input: CopyIntervisionMethodInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return methodView(await this.groupMethods.copyMethod(viewer, input));
  }

  @Mutation(() => IntervisionMethodDto, { description: "Moderators adapt their group's copy." })
  async updateIntervisionMethod(
    @Args('input') input: UpdateIntervisionMethodInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return methodView(await this.groupMethods.updateMethod(viewer, input));
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => CommunityDto, { nullable: true })
  community(group: IntervisionGroupDto, _args: unknown, { loaders }: GraphqlContext) {
    if (!group.communityId) return null;
    return this.communityLoaders.byId(loaders).load(group.communityId);
  }

  @ResolveField(() => String, { nullable: true, description: "The leergroep's name." })
  async learningGroupName(group: IntervisionGroupDto) {
    if (!group.learningGroupId) return null;
    return (await this.learningGroups.find(group.learningGroupId))?.name ?? null;
  }

  @ResolveField(() => IntervisionGroupMembershipDto, { nullable: true })
  viewerMembership(group: IntervisionGroupDto) {
    const m = group.access.membership;
    return m && (group.access.isMember || group.access.isInvited) ? membershipView(m) : null;
  }

  @ResolveField(() => Int, { description: 'Members who accepted the agreement.' })
  async memberCount(group: IntervisionGroupDto, _args: unknown, { loaders }: GraphqlContext) {
    const members = await this.loaders.members(loaders).load(group.id);
    return members.filter((m) => m.status === 'ACTIVE').length;
  }

  @ResolveField(() => [IntervisionGroupMembershipDto], {
    nullable: true,
    description: 'Members and invitees; for members only.',
  })
  async members(group: IntervisionGroupDto, _args: unknown, { loaders }: GraphqlContext) {
    if (!group.access.isMember) return null;
    return (await this.loaders.members(loaders).load(group.id)).map(membershipView);
  }

  @ResolveField(() => [IntervisionCaseDto], {
    nullable: true,
    description: 'Newest first. Admins see metadata only; invitees nothing.',
  })
  async cases(group: IntervisionGroupDto, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!group.access.isMember && !group.access.isAdmin) return null;
    const cases = await this.loaders.cases(loaders).load(group.id);
    return cases.map((c) => caseView(c, group.access, viewer!.memberId));
  }

  @ResolveField(() => [IntervisionMethodDto], {
    nullable: true,
    description: 'The shipped methods and the group’s adapted copies; for members.',
  })
  async methods(group: IntervisionGroupDto, _args: unknown, { viewer }: GraphqlContext) {
    if (!group.access.isMember) return null;
    return (await this.groupMethods.methods(viewer!, group.id)).map(methodView);
  }

  @ResolveField(() => [IntervisionAuditEntryDto], {
    nullable: true,
    description: 'What moderators did; for moderators.',
  })
  async auditLog(group: IntervisionGroupDto) {
    if (!group.access.isModerator) return null;
    const entries = await this.service.auditLog(group.id);
    return entries.map((e) => ({
      action: e.action,
      caseId: e.caseId,
      phaseIndex: typeof e.detail.phaseIndex === 'number' ? e.detail.phaseIndex : null,
      at: e.at,
      actorId: e.actorId,
    }));
  }
}

@Resolver(() => IntervisionGroupMembershipDto)
@UseGuards(MemberGuard)
export class IntervisionMembershipResolver {
  constructor(private readonly memberLoaders: MemberLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async member(
    membership: IntervisionGroupMembershipDto,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const member = await this.memberLoaders.byId(loaders).load(membership.memberId);
    return member ? viewMember(member, viewer) : null;
  }
}

@Resolver(() => IntervisionAuditEntryDto)
@UseGuards(MemberGuard)
export class IntervisionAuditResolver {
  constructor(private readonly memberLoaders: MemberLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async actor(
    entry: IntervisionAuditEntryDto,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (!entry.actorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(entry.actorId);
    return member ? viewMember(member, viewer) : null;
  }
}

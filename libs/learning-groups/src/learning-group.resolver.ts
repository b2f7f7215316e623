import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import { toAmsterdamLocal } from '@leerhuis/platform-calendar';
import {
  AdminGuard,
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  LearningGroupApplicationArgs,
  LearningGroupArgs,
  LearningGroupsArgs,
} from './dtos/learning-group.args';
import {
  CompositionProposalDto,
  LearningGroupApplicationDto,
  LearningGroupCircleDto,
  LearningGroupConnection,
  LearningGroupDto,
  LearningGroupRole,
  ProgrammeDto,
} from './dtos/learning-group.dto';
import {
  ApplyToLearningGroupInput,
  CreateLearningGroupInput,
  LearningGroupRefInput,
  MoveLearningGroupMemberInput,
} from './dtos/learning-group.input';
import { LearningGroupEntity } from './entities/learning-group.entity';
import { LearningGroupLoaders } from './learning-group.loaders';
import { LearningGroupService } from './learning-group.service';
import { canFacilitate } from './learning-group-access';
import { LearningGroupFacilitationService } from './learning-group-facilitation.service';
import { firstSessionOfGroup, sessionStarts } from './schedule/session-schedule';
import { LearningGroupSessionService } from './sessions/learning-group-session.service';

@Resolver(() => LearningGroupDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupResolver {
  constructor(
    private readonly service: LearningGroupService,
    private readonly facilitation: LearningGroupFacilitationService,
    private readonly loaders: LearningGroupLoaders,
    private readonly memberLoaders: MemberLoaders,
    private readonly sessions: LearningGroupSessionService,
  ) {}

  @Query(() => LearningGroupConnection, {
    description: 'Leergroepen, newest cohort first; every member may see them, to apply.',
  })
  learningGroups(@Args() args: LearningGroupsArgs) {
    return this.service.list({ status: args.status }, args);
  }

  @Query(() => LearningGroupDto)
  learningGroup(@Args() args: LearningGroupArgs) {
    return this.service.get(args.id);
  }

  @Mutation(() => LearningGroupDto, {
    description: 'Platform admins open a leergroep for applications and name its facilitator.',
  })
  @UseGuards(AdminGuard)
  createLearningGroup(
    @Args('input') input: CreateLearningGroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => LearningGroupApplicationDto, {
    description: 'Programme directors apply with a programme and what they want to learn.',
  })
  applyToLearningGroup(
    @Args('input') input: ApplyToLearningGroupInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.apply(viewer, input);
  }

  @Mutation(() => Boolean, {
    description: 'Withdraw your application while the leergroep still takes applications.',
  })
  withdrawLearningGroupApplication(
    @Args('input') input: LearningGroupRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.withdraw(viewer, input.learningGroupId);
  }

  @Mutation(() => LearningGroupDto, {
    description: 'The facilitator asks for a proposed composition (closes applications).',
  })
  proposeLearningGroupComposition(
    @Args('input') input: LearningGroupRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.facilitation.propose(viewer, input.learningGroupId);
  }

  @Mutation(() => LearningGroupDto, {
    description: 'The facilitator moves an applicant to another group.',
  })
  moveLearningGroupMember(
    @Args('input') input: MoveLearningGroupMemberInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.facilitation.move(viewer, input);
  }

  @Mutation(() => LearningGroupDto, {
    description: 'The facilitator confirms the proposal; everyone who applied is emailed.',
  })
  confirmLearningGroupComposition(
    @Args('input') input: LearningGroupRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.facilitation.confirm(viewer, input.learningGroupId);
  }

  @Mutation(() => LearningGroupDto, {
    description: 'The facilitator finishes a running leergroep (its members may join another).',
  })
  finishLearningGroup(
    @Args('input') input: LearningGroupRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.facilitation.finish(viewer, input.learningGroupId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async facilitator(
    group: LearningGroupEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const member = await this.memberLoaders.byId(loaders).load(group.facilitatorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => String, {
    description: 'The first session, Amsterdam wall-clock time (YYYY-MM-DDTHH:mm).',
  })
  firstSessionLocal(group: LearningGroupEntity) {
    return toAmsterdamLocal(group.firstSessionAt);
  }

  @ResolveField(() => LearningGroupRole, {
    nullable: true,
    description: 'FACILITATOR, MEMBER (placed in a group), or null.',
  })
  async viewerRole(
    group: LearningGroupEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (group.facilitatorId === viewer!.memberId) return LearningGroupRole.FACILITATOR;
    const place = await this.loaders.viewerPlace(loaders, viewer!.memberId!).load(group.id);
    return place ? LearningGroupRole.MEMBER : null;
  }

  @ResolveField(() => LearningGroupApplicationDto, {
    nullable: true,
    description: 'Your own application, if you applied.',
  })
  viewerApplication(
    group: LearningGroupEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    return this.loaders.viewerApplication(loaders, viewer!.memberId!).load(group.id);
  }

  @ResolveField(() => [LearningGroupApplicationDto], {
    nullable: true,
    description: 'Every application: for the facilitator (and admins); null for everyone else.',
  })
  applications(group: LearningGroupEntity, _args: unknown, { viewer }: GraphqlContext) {
    return canFacilitate(group, viewer) ? this.service.applicationsOf(group.id) : null;
  }

  @ResolveField(() => CompositionProposalDto, {
    nullable: true,
    description: 'The draft composition with reasons: for the facilitator (and admins).',
  })
  async proposal(group: LearningGroupEntity, _args: unknown, { viewer }: GraphqlContext) {
    if (!group.proposal || !canFacilitate(group, viewer)) return null;
    const applications = new Map(
      (await this.service.applicationsOf(group.id)).map((a) => [a.applicantId, a]),
    );
    return {
      proposedAt: new Date(group.proposal.proposedAt),
      groups: group.proposal.groups.map((g) => ({
        number: g.number,
        reasons: g.reasons,
        applications: g.memberIds.map((id) => applications.get(id)).filter(Boolean),
      })),
    };
  }

  @ResolveField(() => [LearningGroupCircleDto], {
    nullable: true,
    description:
      'The confirmed groups with members and sessions: the facilitator (and admins) see all, a member their own group, everyone else null.',
  })
  async groups(group: LearningGroupEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    let numbers: number[] | null = null;
    if (!canFacilitate(group, viewer)) {
      const place = await this.loaders.viewerPlace(loaders, viewer!.memberId!).load(group.id);
      if (!place) return null;
      numbers = [place.groupNumber];
    }
    const members = await this.service.placesIn(group.id);
    const entities = await this.memberLoaders
      .byId(loaders)
      .loadMany(members.map((m) => m.memberId));
    const byId = new Map(
      entities.flatMap((e) => (e && !(e instanceof Error) ? [[e.id, e] as const] : [])),
    );
    const all = [...new Set(members.map((m) => m.groupNumber))].sort((a, b) => a - b);
    const firstLocal = toAmsterdamLocal(group.firstSessionAt);
    // Once sessions are rows, they are the schedule (a facilitator may have moved one).
    const planned = await this.sessions.startsByGroup(group.id);
    return all
      .filter((n) => !numbers || numbers.includes(n))
      .map((number) => {
        const local = firstSessionOfGroup(firstLocal, number);
        return {
          number,
          firstSessionLocal: local,
          sessions:
            planned.get(number) ??
            sessionStarts({
              firstSessionLocal: local,
              cadenceWeeks: group.cadenceWeeks,
              cohortEndsOn: group.cohortEndsOn,
            }),
          members: members
            .filter((m) => m.groupNumber === number && byId.has(m.memberId))
            .map((m) => viewMember(byId.get(m.memberId)!, viewer)),
        };
      });
  }
}

@Resolver(() => LearningGroupApplicationDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupApplicationResolver {
  constructor(
    private readonly service: LearningGroupService,
    private readonly loaders: LearningGroupLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => LearningGroupApplicationDto, {
    description: 'One application: for its applicant and the facilitator (and admins).',
  })
  learningGroupApplication(
    @Args() args: LearningGroupApplicationArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.application(viewer, args.id);
  }

  @Query(() => [LearningGroupApplicationDto], { description: 'Your own applications.' })
  myLearningGroupApplications(@CurrentViewer() viewer: Viewer) {
    return this.service.myApplications(viewer);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async applicant(
    application: { applicantId: string },
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const member = await this.memberLoaders.byId(loaders).load(application.applicantId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => ProgrammeDto, { nullable: true })
  programme(application: { programmeId: string }, _args: unknown, { loaders }: GraphqlContext) {
    return this.loaders.programmeById(loaders).load(application.programmeId);
  }
}

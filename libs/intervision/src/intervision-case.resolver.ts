import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  IntervisionCaseDto,
  IntervisionCasePhaseDto,
  IntervisionContributionDto,
  IntervisionExpectationDto,
  IntervisionGroupDto,
  IntervisionPhaseStatus,
} from './dtos/intervision.dto';
import {
  AcceptIntervisionCaseInput,
  DraftIntervisionCaseInput,
  ExtendIntervisionPhaseInput,
  IntervisionCaseRefInput,
  IntervisionPhaseActionInput,
} from './dtos/intervision-case.input';
import {
  AnswerIntervisionFollowUpInput,
  CloseIntervisionCaseInput,
  IntervisionLessonSharingInput,
  SubmitIntervisionReflectionInput,
} from './dtos/intervision-case-outcome.input';
import {
  ContributeToIntervisionCaseInput,
  EditIntervisionContributionInput,
} from './dtos/intervision-contribution.input';
import { CaseState } from './entities/intervision-case.entity';
import { IntervisionContributionEntity } from './entities/intervision-contribution.entity';
import { IntervisionLoaders } from './intervision.loaders';
import { writingRole } from './intervision-access';
import { IntervisionCaseService } from './intervision-case.service';
import { CaseInContext } from './intervision-case-lock';
import { IntervisionCaseOutcomeService } from './intervision-case-outcome.service';
import { IntervisionContributionService } from './intervision-contribution.service';
import { expectationFor } from './intervision-expectation';
import { caseView, groupView } from './intervision-views';

@Resolver(() => IntervisionCaseDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class IntervisionCaseResolver {
  constructor(
    private readonly service: IntervisionCaseService,
    private readonly contributions: IntervisionContributionService,
    private readonly outcomes: IntervisionCaseOutcomeService,
    private readonly loaders: IntervisionLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  private view({ kase, context }: CaseInContext, viewer: Viewer) {
    return caseView(kase, context, viewer.memberId);
  }

  @Query(() => IntervisionCaseDto, {
    description: 'A case: content for group members; metadata only for platform admins.',
  })
  async intervisionCase(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.get(viewer, id), viewer);
  }

  @Mutation(() => IntervisionCaseDto, { description: 'A group member drafts a case.' })
  async draftIntervisionCase(
    @Args('input') input: DraftIntervisionCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.draft(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'The moderator accepts a draft, picks the method and opens the first phase.',
  })
  async acceptIntervisionCase(
    @Args('input') input: AcceptIntervisionCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.accept(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, { description: 'Opens the next phase (current closed).' })
  async openIntervisionPhase(
    @Args('input') input: IntervisionPhaseActionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.openPhase(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'Closes the current phase and opens the next; after the last, closing.',
  })
  async advanceIntervisionPhase(
    @Args('input') input: IntervisionPhaseActionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.advance(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, { description: 'Closes the current phase.' })
  async closeIntervisionPhase(
    @Args('input') input: IntervisionCaseRefInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.closePhase(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, { description: "Moves the current phase's deadline." })
  async extendIntervisionPhase(
    @Args('input') input: ExtendIntervisionPhaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.service.extendPhase(viewer, input), viewer);
  }

  @Mutation(() => IntervisionContributionDto, {
    description: 'A contribution to the open phase, of a kind it takes from your role.',
  })
  async contributeToIntervisionCase(
    @Args('input') input: ContributeToIntervisionCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return contributionView(await this.contributions.contribute(viewer, input), viewer, true);
  }

  @Mutation(() => IntervisionContributionDto, {
    description: 'The author edits while its phase is open.',
  })
  async editIntervisionContribution(
    @Args('input') input: EditIntervisionContributionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return contributionView(await this.contributions.editContribution(viewer, input), viewer, true);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'The case owner writes a reflection and chooses a next step (closing).',
  })
  async submitIntervisionReflection(
    @Args('input') input: SubmitIntervisionReflectionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.outcomes.submitReflection(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, { description: 'The moderator records lessons and closes.' })
  async closeIntervisionCase(
    @Args('input') input: CloseIntervisionCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.outcomes.close(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'The case owner consents (or not) to sharing the anonymised lessons.',
  })
  async consentToIntervisionLessonSharing(
    @Args('input') input: IntervisionLessonSharingInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.outcomes.consent(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'The moderator shares the anonymised lessons, within the consent.',
  })
  async shareIntervisionLessons(
    @Args('input') input: IntervisionLessonSharingInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.outcomes.share(viewer, input), viewer);
  }

  @Mutation(() => IntervisionCaseDto, {
    description: 'The case owner tells how the next step went; joins the case.',
  })
  async answerIntervisionFollowUp(
    @Args('input') input: AnswerIntervisionFollowUpInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.view(await this.outcomes.answerFollowUp(viewer, input), viewer);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => IntervisionGroupDto)
  group(kase: IntervisionCaseDto) {
    return groupView(kase.access.group, kase.access);
  }

  @ResolveField(() => MemberDto, { nullable: true, description: 'The case owner (members only).' })
  async owner(kase: IntervisionCaseDto, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!kase.canRead || !kase.ownerId) return null;
    const member = await this.memberLoaders.byId(loaders).load(kase.ownerId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => [IntervisionCasePhaseDto], {
    description: 'The phases of the method with their contributions (members only; else empty).',
  })
  async phases(
    kase: IntervisionCaseDto,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ): Promise<IntervisionCasePhaseDto[]> {
    if (!kase.canRead) return [];
    const snapshot = kase.phaseSnapshot;
    if (!snapshot) return [];
    const [runs, contributions] = await Promise.all([
      this.loaders.phaseRuns(loaders).load(kase.id),
      this.loaders.contributions(loaders).load(kase.id),
    ]);
    return snapshot.map((phase, index) => {
      const run = runs.find((r) => r.phaseIndex === index);
      const open = Boolean(run && !run.closedAt);
      return {
        ...phase,
        durationMinutes: phase.durationMinutes ?? null,
        index,
        status: !run
          ? IntervisionPhaseStatus.PENDING
          : open
            ? IntervisionPhaseStatus.OPEN
            : IntervisionPhaseStatus.CLOSED,
        openedAt: run?.openedAt ?? null,
        deadline: run?.deadline ?? null,
        autoAdvance: run?.autoAdvance ?? false,
        closedAt: run?.closedAt ?? null,
        contributions: contributions
          .filter((c) => c.phaseIndex === index)
          .map((c) => contributionView(c, viewer!, open)),
      };
    });
  }

  @ResolveField(() => IntervisionExpectationDto, {
    description: 'What is expected of you now, and which kinds you may write.',
  })
  async expectedOfViewer(
    kase: IntervisionCaseDto,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ): Promise<IntervisionExpectationDto> {
    const snapshot = kase.phaseSnapshot;
    const runs =
      kase.state === CaseState.IN_PHASE ? await this.loaders.phaseRuns(loaders).load(kase.id) : [];
    const run = runs.find((r) => r.phaseIndex === kase.currentPhaseIndex);
    const expectation = expectationFor({
      state: kase.state,
      phase: snapshot && kase.currentPhaseIndex !== null ? snapshot[kase.currentPhaseIndex] : null,
      phaseOpen: Boolean(run && !run.closedAt),
      role: writingRole(kase.access, { ownerId: kase.ownerId }, viewer!.memberId),
      isModerator: kase.access.isModerator,
      hasReflection: Boolean(kase.reflection?.trim()),
      hasLessons: Boolean(kase.lessons?.trim()),
      followUpAsked: Boolean(kase.followUpAskedAt),
      followUpAnswered: Boolean(kase.followUpAnswer?.trim()),
    });
    return {
      ...expectation,
      phaseIndex: kase.currentPhaseIndex,
      deadline: run && !run.closedAt ? run.deadline : null,
    };
  }
}

function contributionView(
  c: IntervisionContributionEntity,
  viewer: Viewer,
  phaseOpen: boolean,
): IntervisionContributionDto {
  return {
    id: c.id,
    phaseIndex: c.phaseIndex,
    kind: c.kind,
    authorRole: c.authorRole,
    body: c.body,
    createdAt: c.createdAt,
    editedAt: c.editedAt,
    viewerCanEdit: phaseOpen && c.authorId === viewer.memberId,
    authorId: c.authorId,
  };
}

@Resolver(() => IntervisionContributionDto)
@UseGuards(MemberGuard)
export class IntervisionContributionResolver {
  constructor(private readonly memberLoaders: MemberLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async author(c: IntervisionContributionDto, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!c.authorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(c.authorId);
    return member ? viewMember(member, viewer) : null;
  }
}

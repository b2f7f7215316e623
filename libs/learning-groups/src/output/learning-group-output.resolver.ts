import { renderMarkdown } from '@leerhuis/discussions';
import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  LoaderRegistry,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  LearningGroupOutputApprovalDto,
  LearningGroupOutputDto,
  LearningGroupOutputRevisionDto,
} from './dtos/learning-group-output.dto';
import {
  ApproveLearningGroupOutputInput,
  CreateLearningGroupOutputInput,
  LearningGroupOutputArgs,
  LearningGroupOutputsArgs,
  PublishLearningGroupOutputInput,
  UpdateLearningGroupOutputInput,
} from './dtos/learning-group-output.input';
import { LearningGroupOutputEntity } from './entities/learning-group-output.entity';
import { LearningGroupOutputService } from './learning-group-output.service';

@Resolver(() => LearningGroupOutputDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupOutputResolver {
  constructor(
    private readonly service: LearningGroupOutputService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => [LearningGroupOutputDto], {
    description:
      "A group's shared outputs, newest first: for its members and the facilitator (else GROUP_NOT_FOUND).",
  })
  learningGroupOutputs(@Args() args: LearningGroupOutputsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(args.learningGroupId, args.groupNumber, viewer);
  }

  @Query(() => LearningGroupOutputDto)
  async learningGroupOutput(
    @Args() args: LearningGroupOutputArgs,
    @CurrentViewer() viewer: Viewer,
  ) {
    return (await this.service.visible(args.id, viewer)).output;
  }

  @Mutation(() => LearningGroupOutputDto, {
    description: 'A member of the group or the facilitator starts a shared output.',
  })
  createLearningGroupOutput(
    @Args('input') input: CreateLearningGroupOutputInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => LearningGroupOutputDto, {
    description: 'Saves a new text; the previous one joins the history and approvals reset.',
  })
  updateLearningGroupOutput(
    @Args('input') input: UpdateLearningGroupOutputInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => LearningGroupOutputDto, {
    description: 'A member of the group approves the version they read for publication.',
  })
  approveLearningGroupOutput(
    @Args('input') input: ApproveLearningGroupOutputInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.approve(viewer, input.outputId, input.version);
  }

  @Mutation(() => LearningGroupOutputDto, {
    description:
      'Publishes to a CoP you are a member of, or to the whole platform; needs every member’s approval (else NOT_ALL_APPROVED). It joins the harvest.',
  })
  publishLearningGroupOutput(
    @Args('input') input: PublishLearningGroupOutputInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.publish(viewer, input);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => String, { description: 'The body rendered as safe HTML.' })
  bodyHtml(output: LearningGroupOutputEntity) {
    return renderMarkdown(output.body);
  }

  @ResolveField(() => [LearningGroupOutputRevisionDto], {
    description: 'Every earlier text, newest first.',
  })
  async history(
    output: LearningGroupOutputEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const revisions = await this.service.revisions(output.id);
    return Promise.all(
      revisions.map(async (r) => ({
        version: r.version,
        editedAt: r.editedAt,
        previousTitle: r.previousTitle,
        previousBody: r.previousBody,
        editor: await this.member(r.editorId, viewer!, loaders),
      })),
    );
  }

  @ResolveField(() => [LearningGroupOutputApprovalDto], {
    description: 'Approvals of the current version.',
  })
  async approvals(
    output: LearningGroupOutputEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const approvals = await this.service.approvals(output);
    return Promise.all(
      approvals.map(async (a) => ({
        approvedAt: a.approvedAt,
        member: await this.member(a.memberId, viewer!, loaders),
      })),
    );
  }

  @ResolveField(() => [MemberDto], {
    description: 'Members of the group who have not approved the current version yet.',
  })
  async awaitingApprovalFrom(
    output: LearningGroupOutputEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const [memberIds, approvals] = await Promise.all([
      this.service.groupMemberIds(output),
      this.service.approvals(output),
    ]);
    const approved = new Set(approvals.map((a) => a.memberId));
    const members = await Promise.all(
      memberIds.filter((id) => !approved.has(id)).map((id) => this.member(id, viewer!, loaders)),
    );
    return members.filter((m) => m !== null);
  }

  @ResolveField(() => Boolean, { description: 'Whether you may approve (a group member).' })
  async viewerCanApprove(
    output: LearningGroupOutputEntity,
    _args: unknown,
    { viewer }: GraphqlContext,
  ) {
    return (await this.service.groupMemberIds(output)).includes(viewer!.memberId!);
  }

  @ResolveField(() => Boolean, { description: 'Whether you approved the current version.' })
  async viewerHasApproved(
    output: LearningGroupOutputEntity,
    _args: unknown,
    { viewer }: GraphqlContext,
  ) {
    return (await this.service.approvals(output)).some((a) => a.memberId === viewer!.memberId);
  }

  private async member(id: string | null, viewer: Viewer, registry: LoaderRegistry) {
    if (!id) return null;
    const member = await this.memberLoaders.byId(registry).load(id);
    return member ? viewMember(member, viewer) : null;
  }
}

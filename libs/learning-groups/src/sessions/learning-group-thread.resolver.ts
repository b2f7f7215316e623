import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { LearningGroupLoaders } from '../learning-group.loaders';
import { canFacilitate } from '../learning-group-access';
import { LearningGroupSessionDto } from './dtos/session.dto';
import { LearningGroupThreadConnection, LearningGroupThreadDto } from './dtos/thread.dto';
import {
  CreateLearningGroupThreadInput,
  LearningGroupThreadsArgs,
  UpdateLearningGroupThreadInput,
} from './dtos/thread.input';
import { LearningGroupThreadEntity } from './entities/learning-group-thread.entity';
import { LearningGroupSessionLoaders } from './learning-group-session.loaders';
import { LearningGroupThreadService } from './learning-group-thread.service';

@Resolver(() => LearningGroupThreadDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupThreadResolver {
  constructor(
    private readonly service: LearningGroupThreadService,
    private readonly sessionLoaders: LearningGroupSessionLoaders,
    private readonly memberLoaders: MemberLoaders,
    private readonly loaders: LearningGroupLoaders,
  ) {}

  @Query(() => LearningGroupThreadConnection, {
    description:
      'Rode draden of a leergroep, newest first, optionally with one theme: for its participants and admins (else FORBIDDEN).',
  })
  learningGroupThreads(@Args() args: LearningGroupThreadsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, args.learningGroupId, args.theme ?? null, args);
  }

  @Mutation(() => LearningGroupThreadDto, {
    description: 'The facilitator or a member records a rode draad across sessions.',
  })
  createLearningGroupThread(
    @Args('input') input: CreateLearningGroupThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => LearningGroupThreadDto, {
    description: 'Its author or the facilitator changes a rode draad (all fields).',
  })
  updateLearningGroupThread(
    @Args('input') input: UpdateLearningGroupThreadInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, input);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async author(
    thread: LearningGroupThreadEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (!thread.authorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(thread.authorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => [LearningGroupSessionDto], {
    description: 'Linked sessions the viewer may see (a member: those of their own group).',
  })
  async sessions(
    thread: LearningGroupThreadEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const linked = await this.sessionLoaders.linkedSessions(loaders).load(thread.id);
    if (linked.length === 0) return [];
    const group = await this.sessionLoaders.group(loaders).load(thread.learningGroupId);
    if (group && canFacilitate(group, viewer)) return linked;
    const place = await this.loaders
      .viewerPlace(loaders, viewer!.memberId!)
      .load(thread.learningGroupId);
    return place ? linked.filter((s) => s.groupNumber === place.groupNumber) : [];
  }
}

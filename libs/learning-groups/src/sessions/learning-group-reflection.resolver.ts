import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  byKeys,
  createValidationPipe,
  CurrentViewer,
  groupByKeys,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { LearningGroupEntity } from '../entities/learning-group.entity';
import { LearningGroupReflectionDto } from './dtos/reflection.dto';
import { LearningGroupReflectionInput } from './dtos/reflection.input';
import { LearningGroupSessionDto } from './dtos/session.dto';
import { LearningGroupReflectionEntity } from './entities/learning-group-reflection.entity';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import { LearningGroupReflectionRepository } from './learning-group-reflection.repository';
import { LearningGroupReflectionService } from './learning-group-reflection.service';
import { LearningGroupThreadRepository } from './learning-group-thread.repository';

@Resolver(() => LearningGroupReflectionDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LearningGroupReflectionResolver {
  constructor(
    private readonly service: LearningGroupReflectionService,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Mutation(() => LearningGroupReflectionDto, {
    description:
      'A member of the group reflects on a session once it is over (once: again is CONFLICT).',
  })
  submitLearningGroupReflection(
    @Args('input') input: LearningGroupReflectionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.submit(viewer, input);
  }

  @Mutation(() => LearningGroupReflectionDto, {
    description: 'Change your reflection until the next session starts.',
  })
  updateLearningGroupReflection(
    @Args('input') input: LearningGroupReflectionInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.update(viewer, input);
  }

  @ResolveField(() => MemberDto, { nullable: true })
  async member(
    @Parent() reflection: LearningGroupReflectionEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const member = await this.memberLoaders.byId(registry).load(reflection.memberId);
    return member ? viewMember(member, viewer) : null;
  }
}

/** A session's reflections: all for the facilitator (and admins), a member only their own. */
@Resolver(() => LearningGroupSessionDto)
@UseGuards(MemberGuard)
export class LearningGroupSessionReflectionsResolver {
  constructor(
    private readonly service: LearningGroupReflectionService,
    private readonly repository: LearningGroupReflectionRepository,
    private readonly threads: LearningGroupThreadRepository,
  ) {}

  @ResolveField(() => [LearningGroupReflectionDto], {
    description: 'The facilitator (and admins) see every answer; a member only their own.',
  })
  async reflections(
    @Parent() session: LearningGroupSessionEntity,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const [all, group] = await Promise.all([
      registry
        .get<string, LearningGroupReflectionEntity[]>(
          'learningGroupSession.reflections',
          async (ids) =>
            groupByKeys(ids, await this.repository.ofSessions(ids), (r) => r.sessionId),
        )
        .load(session.id),
      registry
        .get<string, LearningGroupEntity | null>('learningGroupThread.group', async (ids) =>
          byKeys(ids, await this.threads.groupsByIds(ids), (g) => g.id),
        )
        .load(session.learningGroupId),
    ]);
    return this.service.visible(all, group, viewer);
  }
}

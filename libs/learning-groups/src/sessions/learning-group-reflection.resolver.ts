import { MemberDto, MemberLoaders, viewMember } from '@leerhuis/members';
import {
  createValidationPipe,
  CurrentViewer,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { LearningGroupReflectionDto } from './dtos/reflection.dto';
import { LearningGroupReflectionInput } from './dtos/reflection.input';
import { LearningGroupSessionDto } from './dtos/session.dto';
import { LearningGroupReflectionEntity } from './entities/learning-group-reflection.entity';
import { LearningGroupSessionEntity } from './entities/learning-group-session.entity';
import { LearningGroupReflectionService } from './learning-group-reflection.service';
import { LearningGroupSessionLoaders } from './learning-group-session.loaders';

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
    private readonly sessionLoaders: LearningGroupSessionLoaders,
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
      this.sessionLoaders.reflections(registry).load(session.id),
      this.sessionLoaders.group(registry).load(session.learningGroupId),
    ]);
    return this.service.visible(all, group, viewer);
  }
}

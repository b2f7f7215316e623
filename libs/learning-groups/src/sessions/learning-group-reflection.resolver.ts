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

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => MemberDto, { nullable: true })
  async member(
    reflection: LearningGroupReflectionEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const member = await this.memberLoaders.byId(loaders).load(reflection.memberId);
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

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => [LearningGroupReflectionDto], {
    description: 'The facilitator (and admins) see every answer; a member only their own.',
  })
  async reflections(
    session: LearningGroupSessionEntity,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    const [all, group] = await Promise.all([
      this.sessionLoaders.reflections(loaders).load(session.id),
      this.sessionLoaders.group(loaders).load(session.learningGroupId),
    ]);
    return this.service.visible(all, group, viewer!);
  }
}

import { CommunityDto, CommunityLoaders } from '@leerhuis/communities';
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

import { HarvestArgs, LessonArgs } from './dtos/lesson.args';
import { LessonConnection, LessonDto } from './dtos/lesson.dto';
import { HarvestLessonInput, LessonRefInput, UpdateLessonInput } from './dtos/lesson.input';
import { HarvestSource, LessonEntity } from './entities/lesson.entity';
import { HarvestLoaders } from './harvest.loaders';
import { HarvestService } from './harvest.service';

@Resolver(() => LessonDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class LessonResolver {
  constructor(
    private readonly service: HarvestService,
    private readonly loaders: HarvestLoaders,
    private readonly communityLoaders: CommunityLoaders,
    private readonly memberLoaders: MemberLoaders,
  ) {}

  @Query(() => LessonConnection, {
    description:
      "A CoP's harvest as you may read it (communityId), or the lessons shared with the whole " +
      'platform (audience: PLATFORM); newest first.',
  })
  harvest(@Args() args: HarvestArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(
      { communityId: args.communityId, type: args.type, audience: args.audience },
      args,
      viewer,
    );
  }

  @Query(() => LessonDto, {
    description: 'One lesson: shared ones for every member, the others for members of its CoP.',
  })
  lesson(@Args() args: LessonArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.view(viewer, args.id);
  }

  @Mutation(() => LessonDto, { description: 'Members record an outcome or lesson of their CoP.' })
  harvestLesson(@Args('input') input: HarvestLessonInput, @CurrentViewer() viewer: Viewer) {
    return this.service.harvest(viewer, input);
  }

  @Mutation(() => LessonDto, { description: 'The author or a coordinator changes a lesson.' })
  updateLesson(@Args('input') input: UpdateLessonInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => Boolean, { description: 'The author or a coordinator deletes a lesson.' })
  deleteLesson(@Args('input') input: LessonRefInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(viewer, input.lessonId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => CommunityDto, {
    nullable: true,
    description: 'Where it was harvested; null for a shared lesson from a CoP you may not see.',
  })
  community(lesson: LessonEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!lesson.communityId) return null;
    return this.loaders.visibleCommunity(loaders, viewer!).load(lesson.communityId);
  }

  @ResolveField(() => MemberDto, {
    nullable: true,
    description: 'Null once they left the platform.',
  })
  async author(lesson: LessonEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!lesson.authorId) return null;
    const member = await this.memberLoaders.byId(loaders).load(lesson.authorId);
    return member ? viewMember(member, viewer) : null;
  }

  @ResolveField(() => [MemberDto], { description: 'Members who contributed, in the order named.' })
  async contributors(lesson: LessonEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    const ids = await this.loaders.contributorIds(loaders).load(lesson.id);
    const members = await this.memberLoaders.byId(loaders).loadMany(ids);
    return members.flatMap((m) => (m && !(m instanceof Error) ? [viewMember(m, viewer)] : []));
  }

  @ResolveField(() => Boolean, { description: 'Whether you may edit and delete it.' })
  async viewerCanEdit(lesson: LessonEntity, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!lesson.communityId || lesson.source !== HarvestSource.COMMUNITY) return false;
    const membership = await this.communityLoaders
      .viewerMembership(loaders, viewer!.memberId!)
      .load(lesson.communityId);
    return this.service.canEdit(lesson, viewer!, { membership });
  }
}

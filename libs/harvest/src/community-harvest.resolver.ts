import { CommunityAccess, CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import {
  createValidationPipe,
  CurrentViewer,
  LoaderRegistry,
  Loaders,
  MemberGuard,
  toConnection,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CommunityHarvestArgs } from './dtos/lesson.args';
import { LessonConnection } from './dtos/lesson.dto';
import { HarvestLoaders } from './harvest.loaders';
import { lessonSortKey } from './lesson.repository';

/** `Community.harvest`: the field lives with the harvest domain, the type with communities. */
@Resolver(() => CommunityDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class CommunityHarvestResolver {
  constructor(
    private readonly loaders: HarvestLoaders,
    private readonly communityLoaders: CommunityLoaders,
    private readonly access: CommunityAccess,
  ) {}

  // The parent CoP was already found as the viewer may see it; members also read MEMBERS lessons.
  @ResolveField(() => LessonConnection, {
    description: 'Its harvest (oogst) as you may read it, newest first.',
  })
  async harvest(
    @Parent() community: CommunityDto,
    @Args() args: CommunityHarvestArgs,
    @CurrentViewer() viewer: Viewer,
    @Loaders() registry: LoaderRegistry,
  ) {
    const membership = await this.communityLoaders
      .viewerMembership(registry, viewer.memberId!)
      .load(community.id);
    const { rows, total } = await this.loaders
      .page(registry, { type: args.type }, args.first, args.after)
      .load({ communityId: community.id, membersOnlyToo: this.access.isParticipant(membership) });
    return toConnection(rows, args, lessonSortKey, total);
  }
}

import { MemberDto } from '@leerhuis/members';
import { CurrentViewer, LoaderRegistry, Loaders, Viewer } from '@leerhuis/platform-graphql';

import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { CommunityLoaders } from './community.loaders';
import { CommunityDto } from './dtos/community.dto';

/** `Member.communitiesInCommon`: the field lives with this domain, the type with members. */
@Resolver(() => MemberDto)
export class MemberCommunitiesResolver {
  constructor(private readonly loaders: CommunityLoaders) {}

  @ResolveField(() => [CommunityDto], {
    description:
      'Active CoPs you and this member are both active members of, by name (yours, for yourself).',
  })
  communitiesInCommon(
    @Parent() member: MemberDto,
    @CurrentViewer() viewer: Viewer | null,
    @Loaders() registry: LoaderRegistry,
  ) {
    if (!viewer?.memberId) return [];
    return this.loaders.inCommonWith(registry, viewer.memberId).load(member.id);
  }
}

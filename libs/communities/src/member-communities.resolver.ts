import { MemberDto } from '@leerhuis/members';
import type { GraphqlContext } from '@leerhuis/platform-graphql';

import { ResolveField, Resolver } from '@nestjs/graphql';

import { CommunityLoaders } from './community.loaders';
import { CommunityDto } from './dtos/community.dto';

/** `Member.communitiesInCommon`: the field lives with this domain, the type with members. */
@Resolver(() => MemberDto)
export class MemberCommunitiesResolver {
  constructor(private readonly loaders: CommunityLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => [CommunityDto], {
    description:
      'Active CoPs you and this member are both active members of, by name (yours, for yourself).',
  })
  communitiesInCommon(member: MemberDto, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!viewer?.memberId) return [];
    return this.loaders.inCommonWith(loaders, viewer.memberId).load(member.id);
  }
}

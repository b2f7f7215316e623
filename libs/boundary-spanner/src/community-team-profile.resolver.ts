import { CommunityAccess, CommunityDto, CommunityLoaders } from '@leerhuis/communities';
import type { GraphqlContext } from '@leerhuis/platform-graphql';

import { ResolveField, Resolver } from '@nestjs/graphql';

import { toTeamProfileDto } from './boundary-spanner.mappers';
import { TeamProfileDto } from './dtos/boundary-spanner.dto';
import { ProfileService } from './profile.service';

/** `Community.teamProfile`: the field lives with this domain, the type with communities. */
@Resolver(() => CommunityDto)
export class CommunityTeamProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly communityLoaders: CommunityLoaders,
    private readonly access: CommunityAccess,
  ) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  //
  // The parent CoP was already found as the viewer may see it; the team profile is for its
  // active members only (admins who are not members get null too).
  @ResolveField(() => TeamProfileDto, {
    nullable: true,
    description:
      'The team profile (theedoos) for active members: the styles of members who share their profile with you; null for non-members.',
  })
  async teamProfile(community: CommunityDto, _args: unknown, { viewer, loaders }: GraphqlContext) {
    if (!viewer?.memberId) return null;
    const membership = await this.communityLoaders
      .viewerMembership(loaders, viewer.memberId)
      .load(community.id);
    if (!this.access.isParticipant(membership)) return null;
    return toTeamProfileDto(await this.profiles.teamOf(community.id, viewer));
  }
}

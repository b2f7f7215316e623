import { MemberDto } from '@leerhuis/members';
import { CurrentViewer, LoaderRegistry, Loaders, Viewer } from '@leerhuis/platform-graphql';

import { Parent, ResolveField, Resolver } from '@nestjs/graphql';

import { BoundarySpannerLoaders } from './boundary-spanner.loaders';
import { toProfileDto } from './boundary-spanner.mappers';
import { BoundarySpannerProfileDto } from './dtos/boundary-spanner.dto';

/** `Member.boundarySpannerProfile`: the field lives with this domain, the type with members. */
@Resolver(() => MemberDto)
export class MemberBoundarySpannerResolver {
  constructor(private readonly loaders: BoundarySpannerLoaders) {}

  @ResolveField(() => BoundarySpannerProfileDto, {
    nullable: true,
    description:
      'Their latest grenswerkersprofiel if they share it with you (your own always); else null.',
  })
  async boundarySpannerProfile(
    @Parent() member: MemberDto,
    @CurrentViewer() viewer: Viewer | null,
    @Loaders() registry: LoaderRegistry,
  ) {
    if (!viewer?.memberId) return null;
    const profile = await this.loaders.visibleProfile(registry, viewer.memberId).load(member.id);
    return profile ? toProfileDto(profile) : null;
  }
}

import { MemberDto } from '@leerhuis/members';
import type { GraphqlContext } from '@leerhuis/platform-graphql';

import { ResolveField, Resolver } from '@nestjs/graphql';

import { BoundarySpannerLoaders } from './boundary-spanner.loaders';
import { toProfileDto } from './boundary-spanner.mappers';
import { BoundarySpannerProfileDto } from './dtos/boundary-spanner.dto';

/** `Member.boundarySpannerProfile`: the field lives with this domain, the type with members. */
@Resolver(() => MemberDto)
export class MemberBoundarySpannerResolver {
  constructor(private readonly loaders: BoundarySpannerLoaders) {}

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => BoundarySpannerProfileDto, {
    nullable: true,
    description:
      'Their latest grenswerkersprofiel if they share it with you (your own always); else null.',
  })
  async boundarySpannerProfile(
    member: MemberDto,
    _args: unknown,
    { viewer, loaders }: GraphqlContext,
  ) {
    if (!viewer?.memberId) return null;
    const profile = await this.loaders.visibleProfile(loaders, viewer.memberId).load(member.id);
    return profile ? toProfileDto(profile) : null;
  }
}

import { OrganisationDto, OrganisationLoaders } from '@leerhuis/organisations';
import {
  AdminGuard,
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  SignedInGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { MemberArgs, MembersArgs } from './dtos/member.args';
import { MemberConnection, MemberDto } from './dtos/member.dto';
import {
  CompleteProfileInput,
  SetPlatformRoleInput,
  UpdateProfileInput,
} from './dtos/profile.input';
import { MemberService } from './member.service';

@Resolver(() => MemberDto)
@UsePipes(createValidationPipe())
export class MemberResolver {
  constructor(
    private readonly service: MemberService,
    private readonly organisationLoaders: OrganisationLoaders,
  ) {}

  @Query(() => MemberConnection, {
    description:
      'The member directory: by name, organisation, theme or offer; only parts a member shows count.',
  })
  @UseGuards(MemberGuard)
  members(@Args() args: MembersArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(
      {
        search: args.search,
        organisationId: args.organisationId,
        theme: args.theme,
        offer: args.offer,
      },
      args,
      viewer,
    );
  }

  @Query(() => MemberDto)
  @UseGuards(MemberGuard)
  member(@Args() args: MemberArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.get(args.id, viewer);
  }

  @Query(() => [MemberDto], { description: 'Platform admins: who has the admin role.' })
  @UseGuards(AdminGuard)
  platformAdmins(@CurrentViewer() viewer: Viewer) {
    return this.service.platformAdmins(viewer);
  }

  @Mutation(() => MemberDto, {
    description: 'Become a member: the short profile after the first sign-in.',
  })
  @UseGuards(SignedInGuard)
  completeProfile(@Args('input') input: CompleteProfileInput, @CurrentViewer() viewer: Viewer) {
    return this.service.completeProfile(viewer, input);
  }

  @Mutation(() => MemberDto)
  @UseGuards(MemberGuard)
  updateMyProfile(@Args('input') input: UpdateProfileInput, @CurrentViewer() viewer: Viewer) {
    return this.service.updateProfile(viewer, input);
  }

  @Mutation(() => MemberDto, { description: 'Platform admins grant or withdraw the admin role.' })
  @UseGuards(AdminGuard)
  setPlatformRole(@Args('input') input: SetPlatformRoleInput, @CurrentViewer() viewer: Viewer) {
    return this.service.setPlatformRole(viewer, input.memberId, input.role);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => OrganisationDto, {
    nullable: true,
    description: 'Null when the member keeps it private.',
  })
  organisation(member: MemberDto, _args: unknown, { loaders }: GraphqlContext) {
    return member.organisationId
      ? this.organisationLoaders.byId(loaders).load(member.organisationId)
      : null;
  }
}

import {
  AdminGuard,
  createValidationPipe,
  type GraphqlContext,
  SignedInGuard,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CreateOrganisationInput } from './dtos/create-organisation.input';
import { OrganisationArgs, OrganisationsArgs } from './dtos/organisation.args';
import { OrganisationConnection, OrganisationDto } from './dtos/organisation.dto';
import { MergeOrganisationsInput, UpdateOrganisationInput } from './dtos/update-organisation.input';
import { OrganisationLoaders } from './organisation.loaders';
import { OrganisationService } from './organisation.service';

@Resolver(() => OrganisationDto)
@UseGuards(SignedInGuard)
@UsePipes(createValidationPipe())
export class OrganisationResolver {
  constructor(
    private readonly service: OrganisationService,
    private readonly loaders: OrganisationLoaders,
  ) {}

  @Query(() => OrganisationConnection, {
    description: 'Find organisations; every signed-in person may (also to complete a profile).',
  })
  organisations(@Args() args: OrganisationsArgs) {
    return this.service.list(args, args);
  }

  @Query(() => OrganisationDto)
  organisation(@Args() args: OrganisationArgs) {
    return this.service.get(args.id);
  }

  @Mutation(() => OrganisationDto, {
    description: 'Platform admins add organisations to the tree.',
  })
  @UseGuards(AdminGuard)
  createOrganisation(@Args('input') input: CreateOrganisationInput) {
    return this.service.create(input);
  }

  @Mutation(() => OrganisationDto, {
    description: 'Platform admins rename an organisation or change its type or parent.',
  })
  @UseGuards(AdminGuard)
  updateOrganisation(@Args('input') input: UpdateOrganisationInput) {
    return this.service.update(input);
  }

  @Mutation(() => OrganisationDto, {
    description:
      'Platform admins merge one organisation into another: its members, links and ' +
      'sub-organisations move to the target and it disappears. Returns the target.',
  })
  @UseGuards(AdminGuard)
  mergeOrganisations(@Args('input') input: MergeOrganisationsInput) {
    return this.service.merge(input.sourceId, input.targetId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => OrganisationDto, { nullable: true })
  parent(organisation: OrganisationDto, _args: unknown, { loaders }: GraphqlContext) {
    return organisation.parentId ? this.loaders.byId(loaders).load(organisation.parentId) : null;
  }

  @ResolveField(() => [OrganisationDto], { description: 'Direct children, by name.' })
  children(organisation: OrganisationDto, _args: unknown, { loaders }: GraphqlContext) {
    return this.loaders.children(loaders).load(organisation.id);
  }
}

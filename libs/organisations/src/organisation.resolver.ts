import {
  AdminGuard,
  createValidationPipe,
  LoaderRegistry,
  Loaders,
  SignedInGuard,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

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

  @ResolveField(() => OrganisationDto, { nullable: true })
  parent(@Parent() organisation: OrganisationDto, @Loaders() registry: LoaderRegistry) {
    return organisation.parentId ? this.loaders.byId(registry).load(organisation.parentId) : null;
  }

  @ResolveField(() => [OrganisationDto], { description: 'Direct children, by name.' })
  children(@Parent() organisation: OrganisationDto, @Loaders() registry: LoaderRegistry) {
    return this.loaders.children(registry).load(organisation.id);
  }
}

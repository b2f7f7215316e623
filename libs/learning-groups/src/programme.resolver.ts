import { OrganisationDto, OrganisationLoaders } from '@leerhuis/organisations';
import {
  createValidationPipe,
  CurrentViewer,
  type GraphqlContext,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { ProgrammeDto } from './dtos/learning-group.dto';
import {
  DescribeProgrammeInput,
  ProgrammeRefInput,
  UpdateProgrammeInput,
} from './dtos/programme.input';
import { ProgrammeEntity } from './entities/programme.entity';
import { ProgrammeService } from './programme.service';

@Resolver(() => ProgrammeDto)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class ProgrammeResolver {
  constructor(
    private readonly service: ProgrammeService,
    private readonly organisations: OrganisationLoaders,
  ) {}

  @Query(() => [ProgrammeDto], { description: 'The programmes you direct.' })
  myProgrammes(@CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer);
  }

  @Mutation(() => ProgrammeDto, { description: 'Programme directors describe a programme.' })
  describeProgramme(@Args('input') input: DescribeProgrammeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.describe(viewer, input);
  }

  @Mutation(() => ProgrammeDto, { description: 'Change your own programme.' })
  updateProgramme(@Args('input') input: UpdateProgrammeInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => Boolean, {
    description: 'Remove your own programme (not once you applied with it).',
  })
  deleteProgramme(@Args('input') input: ProgrammeRefInput, @CurrentViewer() viewer: Viewer) {
    return this.service.delete(viewer, input.programmeId);
  }

  // Fields without @Args take graphql-js's own (parent, args, context), with no parameter
  // decorators, so Nest binds them directly: no pipes, no promise wrapper.
  @ResolveField(() => OrganisationDto, { nullable: true })
  ministry(programme: ProgrammeEntity, _args: unknown, { loaders }: GraphqlContext) {
    return this.organisations.byId(loaders).load(programme.ministryId);
  }
}

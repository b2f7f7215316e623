import {
  createValidationPipe,
  CurrentViewer,
  MemberGuard,
  Viewer,
} from '@leerhuis/platform-graphql';

import { UseGuards, UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';

import { SearchArgs } from './dtos/search.args';
import { SearchResults } from './dtos/search.dto';
import { SearchService } from './search.service';

@Resolver(() => SearchResults)
@UseGuards(MemberGuard)
@UsePipes(createValidationPipe())
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResults, {
    description:
      'One search for CoPs, discussions, lessons and members, grouped by kind: Dutch stemming, ' +
      'typo tolerance and highlighted snippets; only what you may see.',
  })
  search(@Args() args: SearchArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.search(viewer, args.query, args.kinds, args.first ?? 5);
  }
}

import type { Viewer } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import {
  CommunityHit,
  CommunitySearchRepository,
  PreparedSearch,
} from './community-search.repository';

/** CoPs for the platform-wide search: only those the viewer may see (canSee, in SQL). */
@Injectable()
export class CommunitySearch {
  constructor(private readonly repository: CommunitySearchRepository) {}

  search(query: PreparedSearch, viewer: Viewer): Promise<CommunityHit[]> {
    return this.repository.search(query, viewer);
  }
}

import { LoaderRegistry } from '@leerhuis/platform-graphql';

import { Injectable } from '@nestjs/common';

import { BoundarySpannerProfiles } from './boundary-spanner-profiles';
import { BoundarySpannerProfileSummary } from './style';

/** Per-request batching: one statement for every member on a page. */
@Injectable()
export class BoundarySpannerLoaders {
  constructor(private readonly profiles: BoundarySpannerProfiles) {}

  /** The member's latest profile as this viewer may see it (one viewer per request). */
  visibleProfile(registry: LoaderRegistry, viewerId: string) {
    return registry.get<string, BoundarySpannerProfileSummary | null>(
      'boundarySpanner.visibleProfile',
      async (memberIds) => {
        const visible = await this.profiles.visibleTo(viewerId, memberIds);
        return memberIds.map((id) => visible.get(id) ?? null);
      },
    );
  }
}

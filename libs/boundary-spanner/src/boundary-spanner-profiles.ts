import { Injectable } from '@nestjs/common';

import { ProfileRepository } from './profile.repository';
import type { BoundarySpannerProfileSummary } from './style';

/**
 * What other domains (koffiedate matching, leergroepen) ask of the boundary-spanner profiles.
 * Provided by BoundarySpannerProfilesModule, which has no GraphQL, so the worker can use it.
 */
@Injectable()
export class BoundarySpannerProfiles {
  constructor(private readonly profiles: ProfileRepository) {}

  /**
   * Latest profile per member, ignoring visibility: for matching only (never shown).
   * Members without a profile are absent. One SQL statement.
   */
  latestFor(memberIds: readonly string[]): Promise<Map<string, BoundarySpannerProfileSummary>> {
    return this.profiles.latest(memberIds);
  }

  /**
   * Latest profiles the viewer may see under each member's visibility: their own always;
   * EVERYONE; MY_COMMUNITIES when they share an active CoP membership. One SQL statement.
   */
  visibleTo(
    viewerId: string,
    memberIds: readonly string[],
  ): Promise<Map<string, BoundarySpannerProfileSummary>> {
    return this.profiles.latestVisibleTo(viewerId, memberIds);
  }
}

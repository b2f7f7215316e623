import {
  BoundarySpannerProfiles,
  type BoundarySpannerProfileSummary,
  BoundarySpannerStyle as ProfileStyle,
  describeStyle,
} from '@leerhuis/boundary-spanner';
import type { BoundarySpannerStyle } from '@leerhuis/matching';

import { Injectable } from '@nestjs/common';

import { CoffeeDateProfile, CoffeeDateProfiles, StyleText } from './profile-source';

/** The profile lib's styles are upper case (`VERBINDER`); the matching's lower case. */
const toMatching = (style: ProfileStyle) => style.toLowerCase() as BoundarySpannerStyle;
const toProfile = (style: BoundarySpannerStyle) => style.toUpperCase() as ProfileStyle;

function toCoffeeDateProfile(summary: BoundarySpannerProfileSummary): CoffeeDateProfile {
  const scores = Object.fromEntries(
    Object.entries(summary.scores).map(([style, score]) => [
      toMatching(style as ProfileStyle),
      score,
    ]),
  ) as Record<BoundarySpannerStyle, number>;
  return {
    memberId: summary.memberId,
    scores,
    preferredStyles: summary.preferredStyles.map(toMatching),
  };
}

function convert(map: Map<string, BoundarySpannerProfileSummary>): Map<string, CoffeeDateProfile> {
  return new Map([...map].map(([id, summary]) => [id, toCoffeeDateProfile(summary)]));
}

/** CoffeeDateProfiles on top of @leerhuis/boundary-spanner. */
@Injectable()
export class BoundarySpannerProfilesAdapter extends CoffeeDateProfiles {
  constructor(private readonly profiles: BoundarySpannerProfiles) {
    super();
  }

  async latestFor(memberIds: string[]): Promise<Map<string, CoffeeDateProfile>> {
    return convert(await this.profiles.latestFor(memberIds));
  }

  async visibleTo(viewerId: string, memberIds: string[]): Promise<Map<string, CoffeeDateProfile>> {
    return convert(await this.profiles.visibleTo(viewerId, memberIds));
  }

  describe(style: BoundarySpannerStyle, language: 'nl' | 'en'): StyleText {
    const { name, brings } = describeStyle(toProfile(style), language);
    return { name, brings };
  }
}

import type { BoundarySpannerStyle } from '@leerhuis/matching';

/** A grenswerkersprofiel as the koffiedate needs it (styles in the matching's lower case). */
export interface CoffeeDateProfile {
  memberId: string;
  scores: Record<BoundarySpannerStyle, number>;
  preferredStyles: BoundarySpannerStyle[];
}

export interface StyleText {
  name: string;
  brings: string;
}

/**
 * The koffiedate's view of the boundary-spanner domain: profiles for the matching (visibility
 * ignored: nobody sees them there) and what a recipient may see of a partner's profile.
 */
export abstract class CoffeeDateProfiles {
  abstract latestFor(memberIds: string[]): Promise<Map<string, CoffeeDateProfile>>;
  abstract visibleTo(
    viewerId: string,
    memberIds: string[],
  ): Promise<Map<string, CoffeeDateProfile>>;
  abstract describe(style: BoundarySpannerStyle, language: 'nl' | 'en'): StyleText;
}

import {
  BOUNDARY_SPANNER_STYLES,
  BoundarySpannerProfileSummary,
  BoundarySpannerStyle,
} from './style';

/** One style in a group's mix ("where are we in the tea box?"). */
export interface TeamStyle {
  style: BoundarySpannerStyle;
  /** Mean score of the profiles counted; null when none. Rounded to one decimal. */
  averageScore: number | null;
  /** How many counted profiles have this as a preferred style (ties count for each). */
  preferredBy: number;
}

export interface TeamProfile {
  /** Everyone in the group (CoP, leergroep …). */
  memberCount: number;
  /** Members whose profile is counted (shared with the viewer). */
  profileCount: number;
  /** Members without a profile the viewer may see: none taken, or not shared. */
  withoutVisibleProfile: number;
  styles: TeamStyle[];
  /** The styles most members prefer; empty when no profile is counted. */
  dominantStyles: BoundarySpannerStyle[];
}

/**
 * A group's mix of styles from the profiles the viewer may see. Pure: the caller decides
 * whose profiles count (visibility) and how many members the group has, so a CoP and a
 * leergroep aggregate the same way.
 */
export function teamProfile(
  profiles: readonly Pick<BoundarySpannerProfileSummary, 'scores' | 'preferredStyles'>[],
  memberCount: number,
): TeamProfile {
  const profileCount = profiles.length;
  const styles = BOUNDARY_SPANNER_STYLES.map((style): TeamStyle => {
    const total = profiles.reduce((sum, profile) => sum + profile.scores[style], 0);
    return {
      style,
      averageScore: profileCount === 0 ? null : Math.round((total / profileCount) * 10) / 10,
      preferredBy: profiles.filter((profile) => profile.preferredStyles.includes(style)).length,
    };
  });
  const most = Math.max(...styles.map((s) => s.preferredBy));
  return {
    memberCount: Math.max(memberCount, profileCount),
    profileCount,
    withoutVisibleProfile: Math.max(memberCount - profileCount, 0),
    styles,
    dominantStyles:
      most > 0 ? styles.filter((s) => s.preferredBy === most).map((s) => s.style) : [],
  };
}

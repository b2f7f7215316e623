/**
 * The six preferred styles of a grenswerker (boundary spanner). Everyone has all six to some
 * degree; a profile is a score per style, never a single label.
 */
export enum BoundarySpannerStyle {
  Verbinder = 'VERBINDER',
  Motivator = 'MOTIVATOR',
  Cartograaf = 'CARTOGRAAF',
  Held = 'HELD',
  Vinder = 'VINDER',
  Onderhandelaar = 'ONDERHANDELAAR',
}

/** Every style in the order the platform shows them. */
export const BOUNDARY_SPANNER_STYLES: readonly BoundarySpannerStyle[] = Object.freeze([
  BoundarySpannerStyle.Verbinder,
  BoundarySpannerStyle.Motivator,
  BoundarySpannerStyle.Cartograaf,
  BoundarySpannerStyle.Held,
  BoundarySpannerStyle.Vinder,
  BoundarySpannerStyle.Onderhandelaar,
]);

export function isBoundarySpannerStyle(value: unknown): value is BoundarySpannerStyle {
  return BOUNDARY_SPANNER_STYLES.includes(value as BoundarySpannerStyle);
}

/** Who may see a member's boundary-spanner profile (the member's choice; private by default). */
export enum ProfileVisibility {
  Private = 'PRIVATE',
  /** Members who share an active CoP membership with the member. */
  MyCommunities = 'MY_COMMUNITIES',
  /** Every signed-in member of Leerhuis. */
  Everyone = 'EVERYONE',
}

/** A member's latest profile: six scores (0–100) and the preferred style(s). */
export interface BoundarySpannerProfileSummary {
  memberId: string;
  scores: Record<BoundarySpannerStyle, number>;
  /** The styles with the highest score; ties allowed, never empty. */
  preferredStyles: BoundarySpannerStyle[];
  takenAt: Date;
  visibility: ProfileVisibility;
}

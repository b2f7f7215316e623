/** The six grenswerker styles, in the order used for score vectors. */
export const BOUNDARY_SPANNER_STYLES = [
  'verbinder',
  'motivator',
  'cartograaf',
  'held',
  'vinder',
  'onderhandelaar',
] as const;

export type BoundarySpannerStyle = (typeof BOUNDARY_SPANNER_STYLES)[number];

/** Kind of organisation a participant works for; drives the policy/implementation mix. */
export type OrganisationType =
  'policy' | 'implementation' | 'inspection' | 'other-government' | 'partner';

/** One person who opted in to a koffiedate round. */
export interface MatchingParticipant {
  id: string;
  /**
   * Organisation id per level of the organisation tree, e.g.
   * `{ ministry: 'BZK', department: 'BZK/DGOO' }`. A participant without an id at the
   * configured level never conflicts with anyone on that level (e.g. a partner organisation).
   */
  organisations: Readonly<Record<string, string | undefined>>;
  organisationType: OrganisationType;
  /** Score 0–100 per style; `undefined` when the member has no grenswerkersprofiel yet. */
  styleScores?: Readonly<Record<BoundarySpannerStyle, number>>;
  /** The preferred style(s); ties allowed. Empty without a profile. */
  preferredStyles: readonly BoundarySpannerStyle[];
  themes: readonly string[];
  /** Was in a trio last round: should not be put in a trio again if avoidable. */
  wasInTrioLastRound?: boolean;
  /** Was left unmatched last round: matched with priority. */
  wasUnmatchedLastRound?: boolean;
  /**
   * How often they were in a trio in the 12 months before this round (last round included).
   * Someone at 2 or more is not put in a trio while someone else could take that place.
   */
  trioCount?: number;
  /**
   * How often they were left unmatched in the 12 months before this round (last round
   * included). Someone at 2 or more is not left out while someone else could take that place.
   */
  unmatchedCount?: number;
}

/** "Don't match me with": symmetric, either side blocking forbids the pair. */
export interface MatchingBlock {
  blockerId: string;
  blockedId: string;
}

/** Two people who met (or were matched) in an earlier round; trios give three entries. */
export interface MatchingHistoryEntry {
  participantIds: readonly [string, string];
  /** ISO date (yyyy-mm-dd or full ISO timestamp) of the round they were matched in. */
  date: string;
}

export type MatchingAlgorithm = 'auto' | 'exact' | 'scalable';

export interface MatchingConfig {
  /** Organisation level that must differ between partners. Default `ministry`. */
  organisationLevel: string;
  /** Pairs matched within this many months before the round date may not meet again. Default 12. */
  repeatWindowMonths: number;
  /** `auto` uses the exact blossom matching up to `exactMaxParticipants`, else the scalable one. */
  algorithm: MatchingAlgorithm;
  /**
   * Largest round solved exactly under `auto`: maximum-weight maximum-cardinality matching over
   * every valid pair (0.1 s at 200, 0.5 s at 500, 2 s at 1,000; up to 20 s at 1,000 with two
   * dominant ministries on a busy machine). Default 1,000.
   */
  exactMaxParticipants: number;
  /**
   * Largest round split into pairs and trios by exhaustive search (every partition): then
   * everyone is placed whenever any valid split places everyone. Default 16.
   */
  exhaustiveMaxParticipants: number;
  /**
   * Scalable method: best valid partners kept per participant (the sparse graph). Members of a
   * type that is more than half of their block (e.g. 70% policy staff) also keep a third as many
   * of their own type, or they would have almost only cross-type edges. Default 20.
   */
  candidatesPerParticipant: number;
  /**
   * Scalable method: larger rounds are split (seeded) into blocks of about this many people,
   * each solved exactly on its sparse graph. Default 2,000.
   */
  blockSize: number;
  /** Scalable method: random partners from other blocks scored per participant. Default 48. */
  sampledPartnersPerParticipant: number;
}

export interface MatchingInput {
  participants: readonly MatchingParticipant[];
  blocks?: readonly MatchingBlock[];
  history?: readonly MatchingHistoryEntry[];
  /** ISO date of the round. */
  roundDate: string;
  config?: Partial<MatchingConfig>;
  /** Same input and seed give the same result; another seed may break ties differently. */
  seed: string | number;
}

export type MatchReasonCode =
  | 'complementary-styles'
  | 'diverse-profiles'
  | 'policy-implementation-mix'
  | 'organisation-type-mix'
  | 'shared-themes'
  | 'cross-organisation'
  | 'priority-last-round'
  | 'trio-odd-count'
  | 'trio-no-valid-pair';

export interface MatchReason {
  code: MatchReasonCode;
  /** English explanation; apps translate by `code` and `details`. */
  message: string;
  details?: Readonly<Record<string, unknown>>;
}

export interface MatchGroup {
  participantIds: string[];
  kind: 'pair' | 'trio';
  /** Sum of the pair weights inside the group (see README: objective). */
  score: number;
  reasons: MatchReason[];
}

export type UnmatchedReasonCode = 'only-participant' | 'no-valid-partner' | 'partners-taken';

export interface UnmatchedParticipant {
  participantId: string;
  reason: {
    code: UnmatchedReasonCode;
    message: string;
    details: {
      otherParticipants: number;
      sameOrganisation: number;
      blocked: number;
      metRecently: number;
      validPartners: number;
    };
  };
}

export interface MatchingResult {
  groups: MatchGroup[];
  unmatched: UnmatchedParticipant[];
  /** Sum of all group scores: the value the engine maximises. */
  objective: number;
  algorithm: 'exhaustive' | 'exact' | 'scalable';
}

/** Thrown for input the engine cannot interpret (duplicate ids, scores out of range, bad dates). */
export class MatchingInputError extends Error {
  constructor(
    readonly code:
      | 'DUPLICATE_PARTICIPANT'
      | 'INVALID_SCORE'
      | 'INVALID_DATE'
      | 'INVALID_CONFIG'
      | 'INVALID_COUNT',
    message: string,
  ) {
    super(message);
    this.name = 'MatchingInputError';
  }
}

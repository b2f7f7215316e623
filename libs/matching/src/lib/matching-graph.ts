import {
  BOUNDARY_SPANNER_STYLES,
  MatchingConfig,
  MatchingInput,
  MatchingInputError,
  MatchingParticipant,
  MatchReason,
  OrganisationType,
} from './matching.types';

/** Weight of the three objective tiers; a pair's base weight is at most their sum (10,000). */
export const STYLE_WEIGHT = 6000;
export const ORGANISATION_TYPE_WEIGHT = 3000;
export const THEME_WEIGHT = 1000;
/** Added per participant who was in a trio or unmatched last round: as much as a perfect pair. */
export const PRIORITY_BONUS = 10000;
/**
 * Added per time someone was in a trio or unmatched in the last 12 months (at most
 * {@link MAX_COUNTED_BURDEN} times): those who were the odd one out more often get a pair first.
 */
export const BURDEN_BONUS = 5000;
const MAX_COUNTED_BURDEN = 4;
/**
 * Added for someone whom another trio or another round without a partner would take over the
 * fairness limit: far above any difference in pair weights, so the matching pairs them whenever
 * the number of pairs allows.
 */
export const FAIRNESS_BONUS = 100_000;
/** Being in a trio again costs this much per earlier trio (and once more if it was last round). */
export const TRIO_AGAIN_PENALTY = 4 * PRIORITY_BONUS;
/** From this many trios (or unmatched rounds) in 12 months on, another one breaks the fairness rule. */
export const FAIRNESS_LIMIT = 2;

const STYLE_COUNT = BOUNDARY_SPANNER_STYLES.length;
const NO_ORGANISATION = -1;
const TYPE_CODES: Record<OrganisationType, number> = {
  policy: 0,
  implementation: 1,
  inspection: 2,
  'other-government': 3,
  partner: 4,
};
const MS_PER_DAY = 86_400_000;
const TYPE_COUNT = Object.keys(TYPE_CODES).length;

/** Complementary preferred styles by the two style masks: 1 − Jaccard overlap, 0.5 if one is empty. */
const COMPLEMENT = new Float64Array(1 << (2 * STYLE_COUNT));
for (let pa = 0; pa < 1 << STYLE_COUNT; pa++) {
  for (let pb = 0; pb < 1 << STYLE_COUNT; pb++) {
    COMPLEMENT[(pa << STYLE_COUNT) | pb] =
      pa === 0 || pb === 0 ? 0.5 : 1 - popCount(pa & pb) / popCount(pa | pb);
  }
}

/** 1 for policy with implementation or inspection, 0.5 for other different types, 0 for equal. */
const TYPE_MIX = new Float64Array(TYPE_COUNT * TYPE_COUNT);
for (let ta = 0; ta < TYPE_COUNT; ta++) {
  for (let tb = 0; tb < TYPE_COUNT; tb++) {
    const executive = (t: number) => t === TYPE_CODES.implementation || t === TYPE_CODES.inspection;
    const policy = TYPE_CODES.policy;
    TYPE_MIX[ta * TYPE_COUNT + tb] =
      ta === tb
        ? 0
        : (ta === policy && executive(tb)) || (tb === policy && executive(ta))
          ? 1
          : 0.5;
  }
}

export const DEFAULT_MATCHING_CONFIG: MatchingConfig = {
  organisationLevel: 'ministry',
  repeatWindowMonths: 12,
  algorithm: 'auto',
  exactMaxParticipants: 1000,
  exhaustiveMaxParticipants: 16,
  candidatesPerParticipant: 20,
  blockSize: 2000,
  sampledPartnersPerParticipant: 48,
};

/** Why someone cannot be paired with the others, counted per cause. */
export interface ConflictCounts {
  otherParticipants: number;
  sameOrganisation: number;
  blocked: number;
  metRecently: number;
  validPartners: number;
}

/**
 * The round compiled into typed arrays, indexed 0..n-1 in input order: hard constraints
 * (`isValid`), the pair weight (`weight`) and the reasons a pair is good (`reasons`).
 * Kept compact because the scalable method evaluates millions of pairs at 50,000 participants.
 */
export class MatchingGraph {
  readonly size: number;
  readonly config: MatchingConfig;
  private readonly organisation: Int32Array;
  private readonly organisationType: Uint8Array;
  private readonly scores: Float64Array;
  private readonly hasScores: Uint8Array;
  private readonly preferred: Uint8Array;
  private readonly themeStart: Int32Array;
  private readonly themeIds: Int32Array;
  private readonly themeNames: string[];
  private readonly priority: Uint8Array;
  /** Per person: priority and burden bonus, counted once in every pair they are in. */
  private readonly bonus: Float64Array;
  private readonly trioCounts: Int32Array;
  private readonly unmatchedCounts: Int32Array;
  private readonly blocked = new Set<number>();
  private readonly recent = new Set<number>();
  /** Per person, the partners ruled out by a block or a recent meeting (CSR): a fast isValid. */
  private readonly forbiddenStart: Int32Array;
  private readonly forbidden: Int32Array;

  constructor(readonly input: MatchingInput) {
    const given = Object.entries(input.config ?? {}).filter(([, value]) => value !== undefined);
    this.config = { ...DEFAULT_MATCHING_CONFIG, ...Object.fromEntries(given) };
    const { repeatWindowMonths, exactMaxParticipants, candidatesPerParticipant } = this.config;
    if (
      !(repeatWindowMonths >= 0) ||
      !(exactMaxParticipants >= 0) ||
      !(
        this.config.exhaustiveMaxParticipants >= 0 && this.config.exhaustiveMaxParticipants <= 20
      ) ||
      !(this.config.sampledPartnersPerParticipant >= 0) ||
      !(Number.isInteger(candidatesPerParticipant) && candidatesPerParticipant >= 1) ||
      !(this.config.blockSize >= 2)
    ) {
      throw new MatchingInputError(
        'INVALID_CONFIG',
        'repeat window and limits must be ≥ 0 (exhaustive search at most 20), candidates per participant ≥ 1, block size ≥ 2',
      );
    }
    const participants = input.participants;
    const n = participants.length;
    this.size = n;
    this.organisation = new Int32Array(n);
    this.organisationType = new Uint8Array(n);
    this.scores = new Float64Array(n * STYLE_COUNT);
    this.hasScores = new Uint8Array(n);
    this.preferred = new Uint8Array(n);
    this.priority = new Uint8Array(n);
    this.bonus = new Float64Array(n);
    this.trioCounts = new Int32Array(n);
    this.unmatchedCounts = new Int32Array(n);
    this.themeStart = new Int32Array(n + 1);

    const indexById = new Map<string, number>();
    const organisationIds = new Map<string, number>();
    const themeIdsByName = new Map<string, number>();
    this.themeNames = [];
    const themeList: number[] = [];
    participants.forEach((participant, i) => {
      if (indexById.has(participant.id)) {
        throw new MatchingInputError(
          'DUPLICATE_PARTICIPANT',
          `participant ${participant.id} appears twice`,
        );
      }
      indexById.set(participant.id, i);
      const organisation = participant.organisations[this.config.organisationLevel];
      if (organisation === undefined) {
        this.organisation[i] = NO_ORGANISATION;
      } else {
        if (!organisationIds.has(organisation))
          organisationIds.set(organisation, organisationIds.size);
        this.organisation[i] = organisationIds.get(organisation) as number;
      }
      this.organisationType[i] = TYPE_CODES[participant.organisationType];
      this.compileStyles(participant, i);
      this.priority[i] =
        (participant.wasInTrioLastRound ? 1 : 0) + (participant.wasUnmatchedLastRound ? 1 : 0) > 0
          ? 1
          : 0;
      this.trioCounts[i] = count(participant, 'trioCount');
      this.unmatchedCounts[i] = count(participant, 'unmatchedCount');
      this.bonus[i] =
        PRIORITY_BONUS * this.priority[i] +
        BURDEN_BONUS * Math.min(MAX_COUNTED_BURDEN, this.trioCounts[i] + this.unmatchedCounts[i]);
      this.themeStart[i] = themeList.length;
      const ids = new Set<number>();
      for (const theme of participant.themes) {
        if (!themeIdsByName.has(theme)) {
          themeIdsByName.set(theme, this.themeNames.length);
          this.themeNames.push(theme);
        }
        ids.add(themeIdsByName.get(theme) as number);
      }
      themeList.push(...[...ids].sort((a, b) => a - b));
    });
    this.themeStart[n] = themeList.length;
    this.themeIds = Int32Array.from(themeList);
    this.indexById = indexById;

    for (const block of input.blocks ?? []) {
      const a = indexById.get(block.blockerId);
      const b = indexById.get(block.blockedId);
      if (a !== undefined && b !== undefined && a !== b) this.blocked.add(this.key(a, b));
    }
    const windowStart = monthsBefore(parseDate(input.roundDate), this.config.repeatWindowMonths);
    for (const entry of input.history ?? []) {
      const a = indexById.get(entry.participantIds[0]);
      const b = indexById.get(entry.participantIds[1]);
      if (a === undefined || b === undefined || a === b) continue;
      if (parseDate(entry.date) > windowStart) this.recent.add(this.key(a, b));
    }
    const degree = new Int32Array(n + 1);
    const pairs = [...this.blocked, ...this.recent];
    for (const key of pairs) {
      degree[Math.floor(key / n)]++;
      degree[key % n]++;
    }
    this.forbiddenStart = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.forbiddenStart[i + 1] = this.forbiddenStart[i] + degree[i];
    this.forbidden = new Int32Array(this.forbiddenStart[n]);
    const fill = this.forbiddenStart.slice(0, n);
    for (const key of pairs) {
      const a = Math.floor(key / n);
      const b = key % n;
      this.forbidden[fill[a]++] = b;
      this.forbidden[fill[b]++] = a;
    }
  }

  readonly indexById: Map<string, number>;

  /** Hard constraints: different organisation at the configured level, not blocked, not met recently. */
  isValid(a: number, b: number): boolean {
    if (a === b) return false;
    const organisation = this.organisation[a];
    if (organisation !== NO_ORGANISATION && organisation === this.organisation[b]) return false;
    const end = this.forbiddenStart[a + 1];
    for (let f = this.forbiddenStart[a]; f < end; f++) {
      if (this.forbidden[f] === b) return false;
    }
    return true;
  }

  /** Integer pair weight (objective contribution); only meaningful for valid pairs. */
  weight(a: number, b: number): number {
    const base =
      STYLE_WEIGHT * this.styleFit(a, b) +
      ORGANISATION_TYPE_WEIGHT * this.organisationTypeMix(a, b) +
      (THEME_WEIGHT * Math.min(this.sharedThemeCount(a, b), 3)) / 3;
    // +1 keeps every valid pair strictly worth forming.
    return Math.round(base) + 1 + this.bonus[a] + this.bonus[b];
  }

  /**
   * The pair weight without the priority bonus. The bonus belongs to a person, not a pair (it
   * counts once whoever they are matched with), so partners are ranked by this.
   */
  pairWeight(a: number, b: number): number {
    return this.weight(a, b) - this.bonus[a] - this.bonus[b];
  }

  isPriority(a: number): boolean {
    return this.priority[a] === 1;
  }

  wasInTrio(a: number): boolean {
    return this.input.participants[a].wasInTrioLastRound === true;
  }

  wasUnmatched(a: number): boolean {
    return this.input.participants[a].wasUnmatchedLastRound === true;
  }

  /** Trios in the last 12 months (as given by the caller). */
  trioCount(a: number): number {
    return this.trioCounts[a];
  }

  /** Rounds left unmatched in the last 12 months (as given by the caller). */
  unmatchedCount(a: number): number {
    return this.unmatchedCounts[a];
  }

  /** What putting this person in a trio costs: grows with every trio they already had. */
  trioPenalty(a: number): number {
    return TRIO_AGAIN_PENALTY * ((this.wasInTrio(a) ? 1 : 0) + Math.min(3, this.trioCounts[a]));
  }

  /** A trio for this person would be their third (or more) in 12 months. */
  trioBreaksFairness(a: number): boolean {
    return this.trioCounts[a] >= FAIRNESS_LIMIT;
  }

  /** Leaving this person out would be their third time (or more) in 12 months. */
  unmatchedBreaksFairness(a: number): boolean {
    return this.unmatchedCounts[a] >= FAIRNESS_LIMIT;
  }

  /** Complementary preferred styles (Jaccard distance) and diverse profiles (L1 distance), 0–1. */
  styleFit(a: number, b: number): number {
    const complement = COMPLEMENT[(this.preferred[a] << STYLE_COUNT) | this.preferred[b]];
    let diversity = 0.5;
    if (this.hasScores[a] && this.hasScores[b]) {
      let distance = 0;
      const oa = a * STYLE_COUNT;
      const ob = b * STYLE_COUNT;
      for (let s = 0; s < STYLE_COUNT; s++)
        distance += Math.abs(this.scores[oa + s] - this.scores[ob + s]);
      diversity = Math.min(1, distance / 300);
    }
    return 0.6 * complement + 0.4 * diversity;
  }

  /** The organisation type as a small integer (for candidate lists per type). */
  typeOf(a: number): number {
    return this.organisationType[a];
  }

  /** 1 for policy with implementation or inspection, 0.5 for other different types, 0 for equal. */
  organisationTypeMix(a: number, b: number): number {
    return TYPE_MIX[this.organisationType[a] * TYPE_COUNT + this.organisationType[b]];
  }

  sharedThemeCount(a: number, b: number): number {
    let i = this.themeStart[a];
    const iEnd = this.themeStart[a + 1];
    let j = this.themeStart[b];
    const jEnd = this.themeStart[b + 1];
    let shared = 0;
    while (i < iEnd && j < jEnd) {
      const x = this.themeIds[i];
      const y = this.themeIds[j];
      if (x === y) {
        shared++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return shared;
  }

  sharedThemes(a: number, b: number): string[] {
    const mine = new Set(this.input.participants[a].themes);
    return [...new Set(this.input.participants[b].themes)].filter((theme) => mine.has(theme));
  }

  /** Why a group is good, derived from the pairs inside it. */
  reasons(members: readonly number[]): MatchReason[] {
    const reasons: MatchReason[] = [];
    const people = members.map((i) => this.input.participants[i]);
    const pairs: [number, number][] = [];
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) pairs.push([members[x], members[y]]);
    }
    const level = this.config.organisationLevel;
    reasons.push({
      code: 'cross-organisation',
      message: `Everyone comes from a different ${level}.`,
      details: { level, organisations: people.map((p) => p.organisations[level] ?? null) },
    });
    const complementary = pairs.some(([a, b]) => {
      const pa = this.preferred[a];
      const pb = this.preferred[b];
      return pa !== 0 && pb !== 0 && (pa & pb) === 0;
    });
    if (complementary) {
      reasons.push({
        code: 'complementary-styles',
        message: 'Your preferred styles complement each other.',
        details: { preferredStyles: people.map((p) => [...p.preferredStyles]) },
      });
    }
    const diverse = pairs.some(
      ([a, b]) => this.hasScores[a] === 1 && this.hasScores[b] === 1 && this.styleFit(a, b) >= 0.7,
    );
    if (diverse) {
      reasons.push({
        code: 'diverse-profiles',
        message: 'Your grenswerkersprofielen differ a lot: you see a task from different sides.',
      });
    }
    const mix = Math.max(...pairs.map(([a, b]) => this.organisationTypeMix(a, b)));
    const types = people.map((p) => p.organisationType);
    if (mix === 1) {
      reasons.push({
        code: 'policy-implementation-mix',
        message: 'Policy meets implementation or inspection.',
        details: { organisationTypes: types },
      });
    } else if (mix > 0) {
      reasons.push({
        code: 'organisation-type-mix',
        message: 'You work for different kinds of organisation.',
        details: { organisationTypes: types },
      });
    }
    const themes = [...new Set(pairs.flatMap(([a, b]) => this.sharedThemes(a, b)))];
    if (themes.length > 0) {
      reasons.push({
        code: 'shared-themes',
        message: `Shared themes to start the conversation: ${themes.join(', ')}.`,
        details: { themes },
      });
    }
    const prioritised = members.filter((i) => this.isPriority(i));
    if (prioritised.length > 0) {
      reasons.push({
        code: 'priority-last-round',
        message: 'Matched with priority after being in a trio or unmatched last round.',
        details: { participantIds: prioritised.map((i) => this.input.participants[i].id) },
      });
    }
    return reasons;
  }

  /** Counts, for one participant, how many others each hard constraint rules out. */
  conflicts(a: number): ConflictCounts {
    const counts: ConflictCounts = {
      otherParticipants: this.size - 1,
      sameOrganisation: 0,
      blocked: 0,
      metRecently: 0,
      validPartners: 0,
    };
    const organisation = this.organisation[a];
    for (let b = 0; b < this.size; b++) {
      if (b === a) continue;
      const key = this.key(a, b);
      if (organisation !== NO_ORGANISATION && organisation === this.organisation[b]) {
        counts.sameOrganisation++;
      } else if (this.blocked.has(key)) counts.blocked++;
      else if (this.recent.has(key)) counts.metRecently++;
      else counts.validPartners++;
    }
    return counts;
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.size + b : b * this.size + a;
  }

  private compileStyles(participant: MatchingParticipant, i: number): void {
    let mask = 0;
    for (const style of participant.preferredStyles) {
      const s = BOUNDARY_SPANNER_STYLES.indexOf(style);
      if (s < 0) throw new MatchingInputError('INVALID_SCORE', `unknown style ${style}`);
      mask |= 1 << s;
    }
    this.preferred[i] = mask;
    if (!participant.styleScores) return;
    this.hasScores[i] = 1;
    BOUNDARY_SPANNER_STYLES.forEach((style, s) => {
      const score = participant.styleScores?.[style];
      if (typeof score !== 'number' || !(score >= 0 && score <= 100)) {
        throw new MatchingInputError(
          'INVALID_SCORE',
          `participant ${participant.id}: ${style} score must be 0–100`,
        );
      }
      this.scores[i * STYLE_COUNT + s] = score;
    });
  }
}

function count(participant: MatchingParticipant, field: 'trioCount' | 'unmatchedCount'): number {
  const value = participant[field] ?? 0;
  if (!Number.isInteger(value) || value < 0) {
    throw new MatchingInputError(
      'INVALID_COUNT',
      `participant ${participant.id}: ${field} must be a whole number ≥ 0`,
    );
  }
  return value;
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

function parseDate(value: string): number {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new MatchingInputError('INVALID_DATE', `invalid date ${value}`);
  return time;
}

/** Calendar months back (UTC), so "12 months" means the same day last year. */
function monthsBefore(time: number, months: number): number {
  const date = new Date(time);
  const whole = Math.floor(months);
  const shifted = Date.UTC(
    date.getUTCFullYear(),
    date.getUTCMonth() - whole,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  );
  return shifted - Math.round((months - whole) * 30 * MS_PER_DAY);
}

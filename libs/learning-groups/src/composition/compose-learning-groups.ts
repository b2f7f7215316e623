/**
 * Proposes how a leergroep's applicants are split into groups ("kringen") of about the target
 * size. Pure and deterministic: no Nest, no I/O. The matching library has no group mode, so the
 * rules live here:
 *
 * - sizes: as close to the target as possible, every group 4–8 people (MIN/MAX_GROUP_SIZE);
 * - hard where possible: no two people from the same ministry in one group (only when a ministry
 *   has more applicants than there are groups is a clash unavoidable, and then it is minimal);
 * - then a mix of programme types and phases, then mixed preferred grenswerker styles.
 */

export const MIN_GROUP_SIZE = 4;
export const MAX_GROUP_SIZE = 8;

export interface CompositionCandidate {
  memberId: string;
  /** The ministry owning the applicant's programme (null: conflicts with nobody). */
  ministryId: string | null;
  programmeType: string;
  programmePhase: string;
  /** Preferred grenswerker styles; empty when the applicant has no profile. */
  preferredStyles: readonly string[];
}

export type CompositionReasonCode =
  | 'DIFFERENT_MINISTRIES'
  | 'SHARED_MINISTRY'
  | 'PROGRAMME_TYPE_MIX'
  | 'PHASE_MIX'
  | 'STYLE_MIX'
  | 'NO_PROFILES'
  | 'SIZE';

export interface CompositionReason {
  code: CompositionReasonCode;
  /** The number the reason is about (distinct types, styles, group size …). */
  value: number;
  /** English; apps translate by code. */
  message: string;
}

export interface ComposedGroup {
  /** 1-based, stable: "Groep 1", "Groep 2". */
  number: number;
  memberIds: string[];
  reasons: CompositionReason[];
}

/** How many groups, and how big each is, for `count` applicants at `targetSize`. */
export function groupSizes(count: number, targetSize: number): number[] {
  if (count <= 0) return [];
  let groups = Math.max(1, Math.round(count / targetSize));
  while (groups > 1 && Math.floor(count / groups) < MIN_GROUP_SIZE) groups -= 1;
  while (Math.ceil(count / groups) > MAX_GROUP_SIZE) groups += 1;
  const base = Math.floor(count / groups);
  const larger = count % groups;
  return Array.from({ length: groups }, (_, i) => base + (i < larger ? 1 : 0));
}

// Weights of the cost a group carries; lower is better. A ministry clash outweighs any mix.
const MINISTRY_CLASH = 10_000;
const SAME_TYPE = 100;
const SAME_PHASE = 60;
const SHARED_STYLE = 10;

function pairCost(a: CompositionCandidate, b: CompositionCandidate): number {
  let cost = 0;
  if (a.ministryId !== null && a.ministryId === b.ministryId) cost += MINISTRY_CLASH;
  if (a.programmeType === b.programmeType) cost += SAME_TYPE;
  if (a.programmePhase === b.programmePhase) cost += SAME_PHASE;
  for (const style of a.preferredStyles)
    if (b.preferredStyles.includes(style)) cost += SHARED_STYLE;
  return cost;
}

function groupCost(group: readonly CompositionCandidate[]): number {
  let cost = 0;
  for (let i = 0; i < group.length; i++)
    for (let j = i + 1; j < group.length; j++) cost += pairCost(group[i], group[j]);
  return cost;
}

/** Splits the candidates into balanced groups, each with its reasons. */
export function composeLearningGroups(
  candidates: readonly CompositionCandidate[],
  targetSize: number,
): ComposedGroup[] {
  const sizes = groupSizes(candidates.length, targetSize);
  if (sizes.length === 0) return [];
  // Largest ministries first, so their people are spread before the groups fill up; the
  // member id breaks ties, which makes the result deterministic.
  const perMinistry = new Map<string | null, number>();
  for (const c of candidates)
    perMinistry.set(c.ministryId, (perMinistry.get(c.ministryId) ?? 0) + 1);
  const ordered = [...candidates].sort(
    (a, b) =>
      perMinistry.get(b.ministryId)! - perMinistry.get(a.ministryId)! ||
      (a.ministryId ?? '').localeCompare(b.ministryId ?? '') ||
      a.memberId.localeCompare(b.memberId),
  );
  const groups: CompositionCandidate[][] = sizes.map(() => []);
  for (const candidate of ordered) {
    let best = -1;
    let bestCost = Infinity;
    groups.forEach((group, index) => {
      if (group.length >= sizes[index]) return;
      const added = group.reduce((sum, member) => sum + pairCost(member, candidate), 0);
      // Ties go to the emptiest group, then the first.
      const cost = added * 100 + group.length;
      if (cost < bestCost) {
        bestCost = cost;
        best = index;
      }
    });
    groups[best].push(candidate);
  }
  improveBySwaps(groups);
  return groups.map((group, index) => ({
    number: index + 1,
    memberIds: group.map((c) => c.memberId).sort(),
    reasons: explainGroup(group, candidates, sizes.length),
  }));
}

/** Swaps two people between groups while that lowers the total cost (sizes stay the same). */
function improveBySwaps(groups: CompositionCandidate[][]): void {
  for (let round = 0; round < 50; round++) {
    let improved = false;
    for (let g = 0; g < groups.length; g++) {
      for (let h = g + 1; h < groups.length; h++) {
        for (let i = 0; i < groups[g].length; i++) {
          for (let j = 0; j < groups[h].length; j++) {
            const before = groupCost(groups[g]) + groupCost(groups[h]);
            const a = groups[g][i];
            const b = groups[h][j];
            groups[g][i] = b;
            groups[h][j] = a;
            if (groupCost(groups[g]) + groupCost(groups[h]) < before) improved = true;
            else {
              groups[g][i] = a;
              groups[h][j] = b;
            }
          }
        }
      }
    }
    if (!improved) return;
  }
}

/**
 * Why a group looks the way it does. `everyone` and `groupCount` tell whether a shared
 * ministry was unavoidable (more applicants from that ministry than groups).
 */
export function explainGroup(
  group: readonly CompositionCandidate[],
  everyone: readonly CompositionCandidate[],
  groupCount: number,
): CompositionReason[] {
  const reasons: CompositionReason[] = [];
  const ministries = new Map<string, number>();
  for (const c of group)
    if (c.ministryId) ministries.set(c.ministryId, (ministries.get(c.ministryId) ?? 0) + 1);
  const shared = [...ministries.values()].filter((n) => n > 1).length;
  if (shared === 0) {
    reasons.push({
      code: 'DIFFERENT_MINISTRIES',
      value: ministries.size,
      message: `Everyone comes from a different ministry (${ministries.size} ministries).`,
    });
  } else {
    const unavoidable = [...ministries.entries()]
      .filter(([, n]) => n > 1)
      .every(([id]) => everyone.filter((c) => c.ministryId === id).length > groupCount);
    reasons.push({
      code: 'SHARED_MINISTRY',
      value: shared,
      message: unavoidable
        ? `${shared} ministr${shared === 1 ? 'y has' : 'ies have'} more applicants than there are groups, so they share a group.`
        : `${shared} ministr${shared === 1 ? 'y is' : 'ies are'} represented more than once; move someone to fix it.`,
    });
  }
  const types = new Set(group.map((c) => c.programmeType)).size;
  reasons.push({
    code: 'PROGRAMME_TYPE_MIX',
    value: types,
    message: `${types} different programme type${types === 1 ? '' : 's'}.`,
  });
  const phases = new Set(group.map((c) => c.programmePhase)).size;
  reasons.push({
    code: 'PHASE_MIX',
    value: phases,
    message: `${phases} different programme phase${phases === 1 ? '' : 's'}.`,
  });
  const profiled = group.filter((c) => c.preferredStyles.length > 0);
  if (profiled.length === 0) {
    reasons.push({
      code: 'NO_PROFILES',
      value: 0,
      message: 'Nobody has a grenswerker profile yet.',
    });
  } else {
    const styles = new Set(profiled.flatMap((c) => c.preferredStyles)).size;
    reasons.push({
      code: 'STYLE_MIX',
      value: styles,
      message: `${styles} of the six grenswerker styles are someone's preferred style.`,
    });
  }
  reasons.push({ code: 'SIZE', value: group.length, message: `${group.length} members.` });
  return reasons;
}

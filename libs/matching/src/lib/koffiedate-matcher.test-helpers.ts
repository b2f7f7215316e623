// Rounds and checks shared by the KoffiedateMatcher specs (test code; not exported by the lib).
import {
  BOUNDARY_SPANNER_STYLES,
  MatchingBlock,
  MatchingHistoryEntry,
  MatchingInput,
  MatchingParticipant,
  OrganisationType,
} from './matching.types';
import { MatchingGraph } from './matching-graph';
import { SeededRandom } from './seeded-random';

export const TYPES: OrganisationType[] = [
  'policy',
  'implementation',
  'inspection',
  'other-government',
  'partner',
];
export const THEMES = ['klimaat', 'wonen', 'digitalisering', 'zorg', 'onderwijs', 'veiligheid'];

export function participant(
  id: string,
  ministry: string,
  overrides: Partial<MatchingParticipant> = {},
): MatchingParticipant {
  return {
    id,
    organisations: { ministry },
    organisationType: 'policy',
    preferredStyles: [],
    themes: [],
    ...overrides,
  };
}

/** A random round: few ministries so constraints bite, some blocks and recent history. */
export function randomRound(random: SeededRandom, n: number, ministries: number): MatchingInput {
  const participants: MatchingParticipant[] = [];
  for (let i = 0; i < n; i++) {
    const scores = Object.fromEntries(
      BOUNDARY_SPANNER_STYLES.map((style) => [style, random.int(101)]),
    ) as Record<(typeof BOUNDARY_SPANNER_STYLES)[number], number>;
    const top = Math.max(...Object.values(scores));
    participants.push({
      id: `p${i}`,
      organisations: { ministry: `m${random.int(ministries)}` },
      organisationType: TYPES[random.int(TYPES.length)],
      styleScores: random.next() < 0.9 ? scores : undefined,
      preferredStyles: BOUNDARY_SPANNER_STYLES.filter((style) => scores[style] === top),
      themes: THEMES.filter(() => random.next() < 0.3),
      wasInTrioLastRound: random.next() < 0.1,
      wasUnmatchedLastRound: random.next() < 0.05,
    });
  }
  const blocks: MatchingBlock[] = [];
  const history: MatchingHistoryEntry[] = [];
  for (let i = 0; i < n; i++) {
    if (random.next() < 0.2) blocks.push({ blockerId: `p${i}`, blockedId: `p${random.int(n)}` });
    if (random.next() < 0.5) {
      const month = 1 + random.int(14);
      history.push({
        participantIds: [`p${i}`, `p${random.int(n)}`],
        date: `2026-${String(13 - Math.min(month, 12)).padStart(2, '0')}-01`,
      });
    }
  }
  return { participants, blocks, history, roundDate: '2026-12-01', seed: random.next() };
}

export function pairsOf(groups: { participantIds: string[] }[]): [string, string][] {
  return groups.flatMap(({ participantIds: ids }) =>
    ids.flatMap((a, x) => ids.slice(x + 1).map((b) => [a, b] as [string, string])),
  );
}

/** Best (cardinality, weight) over all matchings, by exhaustive search. */
export function bruteForce(graph: MatchingGraph): [number, number] {
  const used = new Array<boolean>(graph.size).fill(false);
  let best: [number, number] = [0, 0];
  const visit = (i: number, pairs: number, weight: number): void => {
    while (i < graph.size && used[i]) i++;
    if (i >= graph.size) {
      if (pairs > best[0] || (pairs === best[0] && weight > best[1])) best = [pairs, weight];
      return;
    }
    used[i] = true;
    visit(i + 1, pairs, weight);
    for (let j = i + 1; j < graph.size; j++) {
      if (used[j] || !graph.isValid(i, j)) continue;
      used[j] = true;
      visit(i + 1, pairs + 1, weight + graph.weight(i, j));
      used[j] = false;
    }
    used[i] = false;
  };
  visit(0, 0, 0);
  return best;
}

export function value(graph: MatchingGraph, mate: Int32Array): [number, number] {
  let pairs = 0;
  let weight = 0;
  mate.forEach((b, a) => {
    if (b > a) {
      pairs++;
      weight += graph.weight(a, b);
    }
  });
  return [pairs, weight];
}

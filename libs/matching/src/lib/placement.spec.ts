import { KoffiedateMatcher } from './koffiedate-matcher';
import {
  BOUNDARY_SPANNER_STYLES,
  MatchingAlgorithm,
  MatchingBlock,
  MatchingHistoryEntry,
  MatchingInput,
  MatchingParticipant,
} from './matching.types';
import { MatchingGraph } from './matching-graph';
import { SeededRandom } from './seeded-random';

/**
 * A small round as the probe of issue 16 builds them: skewed ministries (one or two dominant),
 * a 70/30 policy/implementation mix, block lists, recent history and trio/unmatched counts.
 */
function skewedRound(seed: number, smallest = 3, largest = 14): MatchingInput {
  const random = new SeededRandom(`placement-${seed}`);
  const n = smallest + random.int(largest - smallest + 1);
  const dominant = random.next() < 0.5 ? 1 : 2;
  const share = 0.3 + 0.4 * random.next();
  const participants: MatchingParticipant[] = [];
  for (let i = 0; i < n; i++) {
    const scores = Object.fromEntries(
      BOUNDARY_SPANNER_STYLES.map((style) => [style, random.int(101)]),
    ) as Record<(typeof BOUNDARY_SPANNER_STYLES)[number], number>;
    const top = Math.max(...Object.values(scores));
    const ministry =
      random.next() < share ? `big${random.int(dominant)}` : `m${random.int(2 + random.int(6))}`;
    participants.push({
      id: `p${i}`,
      organisations: { ministry },
      organisationType: random.next() < 0.7 ? 'policy' : 'implementation',
      styleScores: random.next() < 0.85 ? scores : undefined,
      preferredStyles: BOUNDARY_SPANNER_STYLES.filter((style) => scores[style] === top),
      themes: ['klimaat', 'wonen', 'zorg'].filter(() => random.next() < 0.3),
      wasInTrioLastRound: random.next() < 0.15,
      wasUnmatchedLastRound: random.next() < 0.1,
      trioCount: random.int(4),
      unmatchedCount: random.int(3),
    });
  }
  const blocks: MatchingBlock[] = [];
  const history: MatchingHistoryEntry[] = [];
  const blockRate = random.next() * 0.6;
  for (let i = 0; i < n; i++) {
    while (random.next() < blockRate)
      blocks.push({ blockerId: `p${i}`, blockedId: `p${random.int(n)}` });
    if (random.next() < 0.6) {
      history.push({
        participantIds: [`p${i}`, `p${random.int(n)}`],
        date: `2026-${String(1 + random.int(11)).padStart(2, '0')}-01`,
      });
    }
  }
  return { participants, blocks, history, roundDate: '2026-12-01', seed };
}

/** The most people any split into pairs and trios places: exhaustive search over subsets. */
function mostPlaceable(graph: MatchingGraph): number {
  const n = graph.size;
  const valid = (i: number, j: number) => graph.isValid(i, j);
  const memo = new Int8Array(1 << n).fill(-1);
  const most = (mask: number): number => {
    if (mask === 0) return 0;
    if (memo[mask] >= 0) return memo[mask];
    let i = 0;
    while (!(mask & (1 << i))) i++;
    const rest = mask & ~(1 << i);
    let best = most(rest);
    for (let j = i + 1; j < n; j++) {
      if (!(rest & (1 << j)) || !valid(i, j)) continue;
      const without = rest & ~(1 << j);
      best = Math.max(best, 2 + most(without));
      for (let k = j + 1; k < n; k++) {
        if (!(without & (1 << k)) || !valid(i, k) || !valid(j, k)) continue;
        best = Math.max(best, 3 + most(without & ~(1 << k)));
      }
    }
    memo[mask] = best;
    return best;
  };
  return most((1 << n) - 1);
}

function check(input: MatchingInput, config: MatchingInput['config']): string | undefined {
  const result = new KoffiedateMatcher().match({ ...input, config });
  const graph = new MatchingGraph(input);
  const placed = result.groups.flatMap((g) => g.participantIds);
  for (const group of result.groups) {
    const ids = group.participantIds.map((id) => graph.indexById.get(id) ?? -1);
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        if (!graph.isValid(ids[x], ids[y])) return `violation in ${group.participantIds}`;
      }
    }
  }
  const seen = [...placed, ...result.unmatched.map((u) => u.participantId)];
  if (seen.length !== graph.size || new Set(seen).size !== graph.size) return 'someone lost';
  const possible = mostPlaceable(graph);
  if (placed.length !== possible) return `placed ${placed.length} of ${possible} placeable`;
  return undefined;
}

describe('placement (issue 16: nobody left out avoidably)', () => {
  it('does place everyone a valid split would place, on 3,000 generated small rounds', () => {
    const failures: string[] = [];
    for (let seed = 0; seed < 3000; seed++) {
      const problem = check(skewedRound(seed), {});
      if (problem) failures.push(`seed ${seed}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it.each<MatchingAlgorithm>(['exact', 'scalable'])(
    'does the same with pair-then-repair instead of the exhaustive search (%s)',
    (algorithm) => {
      const failures: string[] = [];
      for (let seed = 0; seed < 2000; seed++) {
        const problem = check(skewedRound(seed), {
          algorithm,
          exhaustiveMaxParticipants: 0,
          candidatesPerParticipant: 4,
        });
        if (problem) failures.push(`seed ${seed}: ${problem}`);
      }
      expect(failures).toEqual([]);
    },
  );

  it('does place everyone placeable in rounds of 17 and 18 (matching + repair, no exhaustive search)', () => {
    const failures: string[] = [];
    for (let seed = 0; seed < 80; seed++) {
      const problem = check(skewedRound(seed, 17, 18), {});
      if (problem) failures.push(`seed ${seed} (17–18): ${problem}`);
    }
    expect(failures).toEqual([]);
  });

  it('does place p1 whose only valid partner is p4 (the 5-person example)', () => {
    const participants = [0, 1, 2, 3, 4].map((i) => ({
      id: `p${i}`,
      organisations: { ministry: `m${i}` },
      organisationType: 'policy' as const,
      preferredStyles: [],
      themes: [],
    }));
    const blocks = ['p0', 'p2', 'p3'].map((blockedId) => ({ blockerId: 'p1', blockedId }));
    for (let seed = 0; seed < 40; seed++) {
      for (const exhaustiveMaxParticipants of [16, 0]) {
        const result = new KoffiedateMatcher().match({
          participants,
          blocks,
          roundDate: '2026-12-01',
          seed,
          config: { exhaustiveMaxParticipants },
        });
        expect(result.unmatched).toEqual([]);
        expect(result.groups.map((g) => g.participantIds)).toEqual(
          expect.arrayContaining([['p1', 'p4']]),
        );
      }
    }
  });
});

import { exactMatching } from './exact-matching';
import { KoffiedateMatcher } from './koffiedate-matcher';
import {
  BOUNDARY_SPANNER_STYLES,
  MatchingAlgorithm,
  MatchingBlock,
  MatchingHistoryEntry,
  MatchingInput,
  MatchingInputError,
  MatchingParticipant,
  OrganisationType,
} from './matching.types';
import { MatchingGraph } from './matching-graph';
import { scalableMatching } from './scalable-matching';
import { SeededRandom } from './seeded-random';

const TYPES: OrganisationType[] = [
  'policy',
  'implementation',
  'inspection',
  'other-government',
  'partner',
];
const THEMES = ['klimaat', 'wonen', 'digitalisering', 'zorg', 'onderwijs', 'veiligheid'];

function participant(
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
function randomRound(random: SeededRandom, n: number, ministries: number): MatchingInput {
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

function pairsOf(groups: { participantIds: string[] }[]): [string, string][] {
  return groups.flatMap(({ participantIds: ids }) =>
    ids.flatMap((a, x) => ids.slice(x + 1).map((b) => [a, b] as [string, string])),
  );
}

/** Best (cardinality, weight) over all matchings, by exhaustive search. */
function bruteForce(graph: MatchingGraph): [number, number] {
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

function value(graph: MatchingGraph, mate: Int32Array): [number, number] {
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

describe(KoffiedateMatcher.name, () => {
  const matcher = new KoffiedateMatcher();

  it('never violates a hard constraint and accounts for everyone, on random rounds', () => {
    const random = new SeededRandom('constraints');
    for (let round = 0; round < 120; round++) {
      const n = 1 + random.int(60);
      const input = randomRound(random, n, 1 + random.int(6));
      const algorithm: MatchingAlgorithm = round % 2 === 0 ? 'exact' : 'scalable';
      const result = matcher.match({ ...input, config: { algorithm } });
      const graph = new MatchingGraph(input);
      for (const [a, b] of pairsOf(result.groups)) {
        expect(graph.isValid(graph.indexById.get(a) ?? -1, graph.indexById.get(b) ?? -1)).toBe(
          true,
        );
      }
      const seen = [
        ...result.groups.flatMap((g) => g.participantIds),
        ...result.unmatched.map((u) => u.participantId),
      ];
      expect(seen.sort()).toEqual(input.participants.map((p) => p.id).sort());
      for (const group of result.groups) {
        expect(group.participantIds.length === 2 || group.participantIds.length === 3).toBe(true);
        expect(group.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  it('does find the optimum of a brute-force search on tiny rounds (exact and scalable)', () => {
    const random = new SeededRandom('optimality');
    for (let round = 0; round < 150; round++) {
      const graph = new MatchingGraph(randomRound(random, 2 + random.int(9), 1 + random.int(5)));
      const order = [...Array(graph.size).keys()];
      const optimum = bruteForce(graph);
      expect(value(graph, exactMatching(graph, order))).toEqual(optimum);
      // With fewer people than candidates per person, the sparse graph is the whole graph.
      const scalable = scalableMatching(graph, order, new SeededRandom(round));
      expect(value(graph, scalable)).toEqual(optimum);
    }
  });

  it('does stay within 1% of the exact optimum when the round is split into blocks', () => {
    const random = new SeededRandom('blocks');
    let scalableTotal = 0;
    let exactTotal = 0;
    for (let round = 0; round < 2; round++) {
      const input = randomRound(random, 100, 12);
      const config = { blockSize: 35, candidatesPerParticipant: 10 };
      const graph = new MatchingGraph({ ...input, config });
      const order = new SeededRandom(round).shuffle([...Array(graph.size).keys()]);
      const exact = value(graph, exactMatching(graph, order));
      const scalable = value(graph, scalableMatching(graph, order, new SeededRandom(round)));
      expect(scalable[0]).toBe(exact[0]);
      scalableTotal += scalable[1];
      exactTotal += exact[1];
      const result = matcher.match({ ...input, config: { ...config, algorithm: 'scalable' } });
      for (const [a, b] of pairsOf(result.groups)) {
        expect(graph.isValid(graph.indexById.get(a) ?? -1, graph.indexById.get(b) ?? -1)).toBe(
          true,
        );
      }
      expect(matcher.match({ ...input, config: { ...config, algorithm: 'scalable' } })).toEqual(
        result,
      );
    }
    expect(scalableTotal / exactTotal).toBeGreaterThan(0.99);
  });

  it('does match everyone and stay within 1% of exact when a quarter have priority (scalable)', () => {
    // A quarter were unmatched last round: their +10,000 must not crowd the short candidate
    // lists (which rank partners without the bonus).
    const input = randomRound(new SeededRandom('crowd'), 40, 40);
    const participants = input.participants.map((p, i) => ({
      ...p,
      wasInTrioLastRound: false,
      wasUnmatchedLastRound: i % 4 === 0,
    }));
    const round = { ...input, participants, blocks: [], history: [] };
    const scalable = matcher.match({
      ...round,
      config: { algorithm: 'scalable', candidatesPerParticipant: 4 },
    });
    const exact = matcher.match({ ...round, config: { algorithm: 'exact' } });
    expect(scalable.unmatched).toEqual([]);
    expect(scalable.groups.length).toBe(20);
    expect(scalable.objective / exact.objective).toBeGreaterThan(0.99);
  });

  it('does form exactly one trio for an odd count without constraints', () => {
    for (const n of [3, 5, 9, 21, 201]) {
      const participants = [...Array(n).keys()].map((i) => participant(`p${i}`, `m${i}`));
      const result = matcher.match({ participants, roundDate: '2026-05-01', seed: n });
      expect(result.groups.filter((g) => g.kind === 'trio')).toHaveLength(1);
      expect(result.groups.find((g) => g.kind === 'trio')?.reasons.map((r) => r.code)).toContain(
        'trio-odd-count',
      );
      expect(result.unmatched).toEqual([]);
    }
  });

  it('does explain why nobody could be matched', () => {
    const sameMinistry = matcher.match({
      participants: [participant('a', 'BZK'), participant('b', 'BZK'), participant('c', 'BZK')],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(sameMinistry.groups).toEqual([]);
    expect(sameMinistry.unmatched.map((u) => u.reason.code)).toEqual([
      'no-valid-partner',
      'no-valid-partner',
      'no-valid-partner',
    ]);
    expect(sameMinistry.unmatched[0].reason.message).toBe(
      'no valid partner: everyone else is in your ministry',
    );

    const blocked = matcher.match({
      participants: [participant('a', 'BZK'), participant('b', 'FIN'), participant('c', 'BZK')],
      blocks: [{ blockerId: 'b', blockedId: 'a' }],
      history: [{ participantIds: ['c', 'b'], date: '2026-01-01' }],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(blocked.unmatched[0]).toEqual({
      participantId: 'a',
      reason: expect.objectContaining({
        code: 'no-valid-partner',
        message:
          'no valid partner: everyone else is in your ministry or on your block list (or have you on theirs)',
      }),
    });
    expect(blocked.unmatched[2].reason.message).toContain('someone you met in the last 12 months');

    const alone = matcher.match({
      participants: [participant('a', 'AZ')],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(alone.unmatched[0].reason.code).toBe('only-participant');
  });

  it('does report partners taken when a trio is not allowed', () => {
    // b and c can both only meet a, and may not meet each other: one gets a, the other a reason.
    const result = matcher.match({
      participants: [participant('a', 'AZ'), participant('b', 'BZ'), participant('c', 'BZ')],
      roundDate: '2026-05-01',
      seed: 3,
    });
    expect(result.groups).toHaveLength(1);
    expect(result.unmatched[0].reason.code).toBe('partners-taken');
  });

  it('does allow a repeat only outside the repeat window', () => {
    const participants = [participant('a', 'AZ'), participant('b', 'BZ')];
    const match = (date: string, repeatWindowMonths?: number) =>
      matcher.match({
        participants,
        history: [{ participantIds: ['a', 'b'], date }],
        roundDate: '2026-05-01',
        seed: 1,
        config: { repeatWindowMonths },
      }).groups.length;
    expect(match('2025-06-01')).toBe(0);
    expect(match('2025-05-01')).toBe(1);
    expect(match('2026-01-01', 3)).toBe(1);
  });

  it('does return the same result for the same seed and may differ for another', () => {
    const input = randomRound(new SeededRandom('determinism'), 40, 8);
    // Without profiles every pair weighs the same: only the seed decides.
    const ties = [...Array(12).keys()].map((i) => participant(`p${i}`, `m${i}`));
    for (const algorithm of ['exact', 'scalable'] as const) {
      const first = matcher.match({ ...input, config: { algorithm } });
      expect(matcher.match({ ...input, config: { algorithm } })).toEqual(first);
      const others = [1, 2, 3, 4, 5].map((seed) =>
        JSON.stringify(
          matcher.match({
            participants: ties,
            roundDate: '2026-05-01',
            seed,
            config: { algorithm },
          }).groups,
        ),
      );
      expect(new Set(others).size).toBeGreaterThan(1);
    }
  });

  it('does not put last round’s trio member in a trio again, and matches last round’s unmatched first', () => {
    for (let seed = 0; seed < 30; seed++) {
      const participants = [...Array(7).keys()].map((i) =>
        participant(`p${i}`, `m${i}`, { wasInTrioLastRound: i === seed % 7 }),
      );
      for (const algorithm of ['exact', 'scalable'] as const) {
        const trio = matcher
          .match({ participants, roundDate: '2026-05-01', seed, config: { algorithm } })
          .groups.find((g) => g.kind === 'trio');
        expect(trio?.participantIds).not.toContain(`p${seed % 7}`);
      }
      // b and c compete for a; c was unmatched last time, so c gets a.
      const result = matcher.match({
        participants: [
          participant('a', 'AZ'),
          participant('b', 'BZ'),
          participant('c', 'BZ', { wasUnmatchedLastRound: true }),
        ],
        roundDate: '2026-05-01',
        seed,
      });
      expect(result.groups[0].participantIds).toEqual(['a', 'c']);
      expect(result.groups[0].reasons.map((r) => r.code)).toContain('priority-last-round');
    }
  });

  it('does explain a good pair', () => {
    const result = matcher.match({
      participants: [
        participant('a', 'BZK', {
          preferredStyles: ['verbinder'],
          themes: ['wonen', 'klimaat'],
          styleScores: {
            verbinder: 90,
            motivator: 20,
            cartograaf: 10,
            held: 30,
            vinder: 10,
            onderhandelaar: 20,
          },
        }),
        participant('b', 'Belastingdienst', {
          organisationType: 'implementation',
          preferredStyles: ['cartograaf'],
          themes: ['wonen'],
          styleScores: {
            verbinder: 10,
            motivator: 30,
            cartograaf: 95,
            held: 20,
            vinder: 60,
            onderhandelaar: 10,
          },
        }),
      ],
      roundDate: '2026-05-01',
      seed: 1,
    });
    expect(result.groups[0].reasons.map((r) => r.code)).toEqual([
      'cross-organisation',
      'complementary-styles',
      'diverse-profiles',
      'policy-implementation-mix',
      'shared-themes',
    ]);
  });

  it('does reject a duplicate participant, an out-of-range score or a bad config', () => {
    for (const config of [{ blockSize: 1 }, { candidatesPerParticipant: 0 }, { blockSize: NaN }]) {
      expect(() =>
        matcher.match({
          participants: [participant('a', 'AZ'), participant('b', 'BZ')],
          roundDate: '2026-05-01',
          seed: 1,
          config: { algorithm: 'scalable', ...config },
        }),
      ).toThrow(MatchingInputError);
    }
    expect(() =>
      matcher.match({
        participants: [participant('a', 'AZ'), participant('a', 'BZ')],
        roundDate: '2026-05-01',
        seed: 1,
      }),
    ).toThrow(MatchingInputError);
    const scores = {
      verbinder: 101,
      motivator: 0,
      cartograaf: 0,
      held: 0,
      vinder: 0,
      onderhandelaar: 0,
    };
    expect(() =>
      matcher.match({
        participants: [participant('a', 'AZ', { styleScores: scores })],
        roundDate: '2026-05-01',
        seed: 1,
      }),
    ).toThrow(MatchingInputError);
  });
});

import { exactMatching } from './exact-matching';
import { KoffiedateMatcher } from './koffiedate-matcher';
import {
  bruteForce,
  pairsOf,
  participant,
  randomRound,
  value,
} from './koffiedate-matcher.test-helpers';
import { MatchingAlgorithm } from './matching.types';
import { MatchingGraph } from './matching-graph';
import { scalableMatching } from './scalable-matching';
import { SeededRandom } from './seeded-random';

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
});

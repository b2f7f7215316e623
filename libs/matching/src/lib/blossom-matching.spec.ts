// @ts-expect-error -- edmonds-blossom ships no types.
import untypedMaxWeightMatching from 'edmonds-blossom';

import { maxWeightMatchingSparse, SparseGraph } from './blossom-matching';
import { SeededRandom } from './seeded-random';

const reference = untypedMaxWeightMatching as (
  edges: [number, number, number][],
  maxCardinality: boolean,
) => number[];

function randomGraph(random: SeededRandom, n: number): [number, number, number][] {
  const edges: [number, number, number][] = [];
  const density = 0.1 + 0.9 * random.next();
  // Few distinct weights give many ties and nested blossoms; large ones test the duals.
  const maxWeight = [1, 3, 10, 10_000][random.int(4)];
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (random.next() < density) edges.push([a, b, 1 + random.int(maxWeight)]);
    }
  }
  return edges;
}

function sparse(n: number, edges: [number, number, number][]): SparseGraph {
  return {
    vertexCount: n,
    edgeFrom: Int32Array.from(edges.map(([a]) => a)),
    edgeTo: Int32Array.from(edges.map(([, b]) => b)),
    edgeWeight: Float64Array.from(edges.map(([, , w]) => w)),
  };
}

/** [pairs, weight] of a mate array, checking it is a matching on the given edges. */
function value(edges: [number, number, number][], mate: ArrayLike<number>): [number, number] {
  let pairs = 0;
  let weight = 0;
  for (let v = 0; v < mate.length; v++) {
    if (mate[v] >= 0) expect(mate[mate[v]]).toBe(v);
  }
  for (const [a, b, w] of edges) {
    if (mate[a] === b) {
      pairs++;
      weight += w;
    }
  }
  return [pairs, weight];
}

/** Best [pairs, weight] (maximum cardinality first, or weight only) by exhaustive search. */
function bruteForce(
  n: number,
  edges: [number, number, number][],
  maxCardinality: boolean,
): [number, number] {
  const weight = new Map(edges.map(([a, b, w]) => [a * n + b, w]));
  const used = new Array<boolean>(n).fill(false);
  let best: [number, number] = [0, 0];
  const better = (x: [number, number], y: [number, number]) =>
    maxCardinality ? x[0] > y[0] || (x[0] === y[0] && x[1] > y[1]) : x[1] > y[1];
  const visit = (i: number, pairs: number, total: number): void => {
    while (i < n && used[i]) i++;
    if (i >= n) {
      if (better([pairs, total], best)) best = [pairs, total];
      return;
    }
    used[i] = true;
    visit(i + 1, pairs, total);
    for (let j = i + 1; j < n; j++) {
      const w = weight.get(i * n + j);
      if (used[j] || w === undefined) continue;
      used[j] = true;
      visit(i + 1, pairs + 1, total + w);
      used[j] = false;
    }
    used[i] = false;
  };
  visit(0, 0, 0);
  return best;
}

describe(maxWeightMatchingSparse.name, () => {
  it('does find the optimum of an exhaustive search on small graphs', () => {
    const random = new SeededRandom('blossom-brute-force');
    for (let round = 0; round < 250; round++) {
      const n = 1 + random.int(9);
      const edges = randomGraph(random, n);
      for (const maxCardinality of [true, false]) {
        const mate = maxWeightMatchingSparse(sparse(n, edges), maxCardinality);
        const [pairs, weight] = value(edges, mate);
        const [bestPairs, bestWeight] = bruteForce(n, edges, maxCardinality);
        expect(weight).toBe(bestWeight);
        if (maxCardinality) expect(pairs).toBe(bestPairs);
      }
    }
  });

  it('does agree with edmonds-blossom (mwmatching) on larger graphs with nested blossoms', () => {
    const random = new SeededRandom('blossom-reference');
    for (let round = 0; round < 25; round++) {
      const n = 20 + random.int(40);
      const edges = randomGraph(random, n);
      if (edges.length === 0) continue;
      for (const maxCardinality of [true, false]) {
        const mine = value(edges, maxWeightMatchingSparse(sparse(n, edges), maxCardinality));
        expect(mine).toEqual(value(edges, reference(edges, maxCardinality)));
      }
    }
  });

  it('does handle an empty graph and isolated vertices', () => {
    expect([...maxWeightMatchingSparse(sparse(3, []), true)]).toEqual([-1, -1, -1]);
    expect([...maxWeightMatchingSparse(sparse(4, [[1, 2, 5]]), true)]).toEqual([-1, 2, 1, -1]);
  });

  it('does prefer more pairs over more weight only when asked to', () => {
    // Path 0–1–2–3: the heavy middle edge alone, or both light outer edges.
    const edges: [number, number, number][] = [
      [0, 1, 2],
      [1, 2, 10],
      [2, 3, 2],
    ];
    expect([...maxWeightMatchingSparse(sparse(4, edges), false)]).toEqual([-1, 2, 1, -1]);
    expect([...maxWeightMatchingSparse(sparse(4, edges), true)]).toEqual([1, 0, 3, 2]);
  });
});

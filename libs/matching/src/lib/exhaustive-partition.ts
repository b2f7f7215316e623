import { MatchingGraph } from './matching-graph';

// Tiers of the partition value, each far above everything below it (values stay < 2^53).
const PLACED = 1e12;
const TRIO = 1e10;
const UNFAIR = 1e8;
/** Index of a single set bit: 2^i mod 37 is distinct for i < 32 (no Math.clz32 in the hot loop). */
const BIT_INDEX = new Int8Array(37);
for (let i = 0; i < 31; i++) BIT_INDEX[(1 << i) % 37] = i;
const bitIndex = (bit: number) => BIT_INDEX[bit % 37];

/**
 * The best split of a small round into pairs, trios and unmatched people, by dynamic
 * programming over every subset (2^n states; about 30 ms at 16 people). In order of
 * importance: as many people placed as possible, as few trios as possible, nobody in a trio
 * or unmatched for a third time in 12 months while someone else could take that place, then
 * the largest total weight (minus the trio penalties). Returns the groups as person indices.
 */
export function exhaustivePartition(graph: MatchingGraph, order: readonly number[]): number[][] {
  const n = graph.size;
  if (n === 0) return [];
  // adjacency[x]: bit y set when order[x] and order[y] may meet.
  const adjacency = new Int32Array(n);
  const weight = new Float64Array(n * n);
  for (let x = 0; x < n; x++) {
    for (let y = 0; y < n; y++) {
      if (x === y || !graph.isValid(order[x], order[y])) continue;
      adjacency[x] |= 1 << y;
      weight[x * n + y] = graph.weight(order[x], order[y]);
    }
  }
  const alone = new Float64Array(n);
  const inTrio = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const person = order[x];
    alone[x] = graph.unmatchedBreaksFairness(person) ? -UNFAIR : 0;
    inTrio[x] = -graph.trioPenalty(person) - (graph.trioBreaksFairness(person) ? UNFAIR : 0);
  }
  const states = 1 << n;
  const best = new Float64Array(states);
  // choice: the partners of the lowest member, (j + 1) | (k + 1) << 5; 0 = alone.
  const choice = new Int32Array(states);
  for (let mask = 1; mask < states; mask++) {
    const x = bitIndex(mask & -mask);
    const rest = mask & ~(1 << x);
    let value = best[rest] + alone[x];
    let chosen = 0;
    let partners = adjacency[x] & rest;
    while (partners !== 0) {
      const bitY = partners & -partners;
      partners &= ~bitY;
      const y = bitIndex(bitY);
      const withoutY = rest & ~bitY;
      const pair = best[withoutY] + PLACED * 2 + weight[x * n + y];
      if (pair > value) {
        value = pair;
        chosen = y + 1;
      }
      let thirds = adjacency[x] & adjacency[y] & withoutY & ~(bitY - 1);
      while (thirds !== 0) {
        const bitZ = thirds & -thirds;
        thirds &= ~bitZ;
        const z = bitIndex(bitZ);
        const trio =
          best[withoutY & ~bitZ] +
          PLACED * 3 -
          TRIO +
          weight[x * n + y] +
          weight[x * n + z] +
          weight[y * n + z] +
          inTrio[x] +
          inTrio[y] +
          inTrio[z];
        if (trio > value) {
          value = trio;
          chosen = (y + 1) | ((z + 1) << 5);
        }
      }
    }
    best[mask] = value;
    choice[mask] = chosen;
  }
  const groups: number[][] = [];
  for (let mask = states - 1; mask !== 0;) {
    const x = bitIndex(mask & -mask);
    const y = (choice[mask] & 31) - 1;
    const z = (choice[mask] >> 5) - 1;
    mask &= ~(1 << x);
    if (y < 0) continue;
    mask &= ~(1 << y);
    if (z < 0) {
      groups.push([order[x], order[y]]);
    } else {
      mask &= ~(1 << z);
      groups.push([order[x], order[y], order[z]]);
    }
  }
  return groups;
}

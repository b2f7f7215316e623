import { maxWeightMatchingSparse } from './blossom-matching';
import { MatchingGraph } from './matching-graph';

/**
 * Exact maximum-weight matching among maximum-cardinality matchings (Edmonds' blossom
 * algorithm) over every valid pair, solved with our sparse solver (`blossom-matching.ts`; the
 * same optimum as `edmonds-blossom`, about five times faster on these graphs: 0.3 s at 500,
 * 2 s at 1,000). Returns mate[i] or -1.
 */
export function exactMatching(graph: MatchingGraph, order: readonly number[]): Int32Array {
  const n = graph.size;
  const mate = new Int32Array(n).fill(-1);
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  // Vertices are numbered in the seeded order so the seed decides between equal optima.
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      const a = order[x];
      const b = order[y];
      if (!graph.isValid(a, b)) continue;
      from.push(x);
      to.push(y);
      weight.push(graph.weight(a, b));
    }
  }
  if (from.length === 0) return mate;
  const result = maxWeightMatchingSparse(
    {
      vertexCount: n,
      edgeFrom: Int32Array.from(from),
      edgeTo: Int32Array.from(to),
      edgeWeight: Float64Array.from(weight),
    },
    true,
  );
  for (let x = 0; x < n; x++) {
    if (result[x] >= 0) mate[order[x]] = order[result[x]];
  }
  return mate;
}

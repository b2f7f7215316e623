// @ts-expect-error -- edmonds-blossom ships no types; its signature is declared below.
import untypedMaxWeightMatching from 'edmonds-blossom';

import { MatchingGraph } from './matching-graph';

/**
 * Port of Van Rijn's mwmatching.py: returns mate[v] or -1. Weights must be integers so the
 * dual arithmetic stays exact (checked against brute force before adoption).
 */
const maxWeightMatching = untypedMaxWeightMatching as (
  edges: [number, number, number][],
  maxCardinality: boolean,
) => number[];

/**
 * Exact maximum-weight matching among maximum-cardinality matchings (Edmonds' blossom
 * algorithm, O(n³)) over every valid pair. Returns mate[i] or -1.
 */
export function exactMatching(graph: MatchingGraph, order: readonly number[]): Int32Array {
  const n = graph.size;
  const mate = new Int32Array(n).fill(-1);
  const edges: [number, number, number][] = [];
  // Vertices are numbered in the seeded order so the seed decides between equal optima.
  for (let x = 0; x < n; x++) {
    for (let y = x + 1; y < n; y++) {
      const a = order[x];
      const b = order[y];
      if (graph.isValid(a, b)) edges.push([x, y, graph.weight(a, b)]);
    }
  }
  if (edges.length === 0) return mate;
  const result = maxWeightMatching(edges, true);
  for (let x = 0; x < result.length; x++) {
    const y = result[x];
    if (y !== undefined && y >= 0) mate[order[x]] = order[y];
  }
  return mate;
}

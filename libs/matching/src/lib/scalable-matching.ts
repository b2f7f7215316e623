import { MatchingGraph } from './matching-graph';
import { SeededRandom } from './seeded-random';

/** Up to this size every pair is scored when building candidate lists; above it, a sample. */
const FULL_SCAN_MAX = 2000;
const MAX_IMPROVEMENT_PASSES = 12;

/**
 * Matching for large rounds: a sparse candidate graph (the k best valid partners per person
 * among all others, or among a seeded sample for big rounds), greedy by weight, augmenting
 * paths of length 3 to match everyone who can be matched, then local improvement (2-opt swaps
 * between two pairs, and swapping a free person in) until no move gains. Returns mate[i] or -1.
 */
export function scalableMatching(
  graph: MatchingGraph,
  order: readonly number[],
  random: SeededRandom,
): Int32Array {
  const n = graph.size;
  const k = Math.max(1, graph.config.candidatesPerParticipant);
  const candidates = buildCandidates(graph, order, random, k);
  const mate = new Int32Array(n).fill(-1);

  greedy(graph, candidates, k, mate);
  augment(graph, order, candidates, k, mate);
  improve(graph, order, candidates, k, mate);
  augment(graph, order, candidates, k, mate);
  improve(graph, order, candidates, k, mate);
  return mate;
}

/** candidates[i * k + t]: the t-th best valid partner of i, or -1. */
function buildCandidates(
  graph: MatchingGraph,
  order: readonly number[],
  random: SeededRandom,
  k: number,
): Int32Array {
  const n = graph.size;
  const candidates = new Int32Array(n * k).fill(-1);
  const weights = new Float64Array(k);
  const fullScan = n <= FULL_SCAN_MAX;
  const samples = fullScan ? n : graph.config.sampledPartnersPerParticipant;
  for (let x = 0; x < n; x++) {
    const a = order[x];
    let count = 0;
    const base = a * k;
    for (let s = 0; s < samples; s++) {
      const b = fullScan ? order[(x + 1 + s) % n] : order[random.int(n)];
      if (b === a || !graph.isValid(a, b)) continue;
      const w = graph.weight(a, b);
      // Keep the k best in descending order (insertion into a short list).
      let pos = count < k ? count : k;
      if (pos === k && w <= weights[k - 1]) continue;
      let duplicate = false;
      for (let t = 0; t < count; t++) {
        if (candidates[base + t] === b) duplicate = true;
      }
      if (duplicate) continue;
      if (pos === k) pos = k - 1;
      while (pos > 0 && weights[pos - 1] < w) {
        weights[pos] = weights[pos - 1];
        candidates[base + pos] = candidates[base + pos - 1];
        pos--;
      }
      weights[pos] = w;
      candidates[base + pos] = b;
      if (count < k) count++;
    }
  }
  return candidates;
}

function greedy(graph: MatchingGraph, candidates: Int32Array, k: number, mate: Int32Array): void {
  const n = graph.size;
  const edgeA: number[] = [];
  const edgeB: number[] = [];
  const edgeW: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let t = 0; t < k; t++) {
      const b = candidates[a * k + t];
      if (b < 0) break;
      edgeA.push(a);
      edgeB.push(b);
      edgeW.push(graph.weight(a, b));
    }
  }
  const byWeight = new Int32Array(edgeA.length);
  for (let e = 0; e < byWeight.length; e++) byWeight[e] = e;
  // Candidate lists were filled in seeded order, so equal weights tie-break by the seed.
  byWeight.sort((x, y) => edgeW[y] - edgeW[x] || x - y);
  for (const e of byWeight) {
    const a = edgeA[e];
    const b = edgeB[e];
    if (mate[a] < 0 && mate[b] < 0) {
      mate[a] = b;
      mate[b] = a;
    }
  }
}

/**
 * Match free people along alternating paths u–v=w–…–x (breadth-first, so the shortest):
 * from the free person u every valid partner is tried; deeper in the tree, each person's
 * candidate list and the (few) free people. Odd cycles (blossoms) are not contracted, so a
 * rare augmenting path can be missed; the exact method covers small rounds.
 */
function augment(
  graph: MatchingGraph,
  order: readonly number[],
  candidates: Int32Array,
  k: number,
  mate: Int32Array,
): void {
  const n = graph.size;
  const parent = new Int32Array(n).fill(-1);
  const visitedIn = new Int32Array(n).fill(-1);
  let free = order.filter((i) => mate[i] < 0);
  let search = 0;
  for (let changed = true; changed && free.length > 1;) {
    changed = false;
    for (const root of free) {
      if (mate[root] >= 0) continue;
      search++;
      visitedIn[root] = search;
      const queue = [root];
      let end = -1;
      let endFrom = -1;
      // Even-layer people are the root and those reached through their mate.
      for (let head = 0; head < queue.length && end < 0; head++) {
        const even = queue[head];
        for (const x of free) {
          if (x !== root && mate[x] < 0 && visitedIn[x] !== search && graph.isValid(even, x)) {
            end = x;
            endFrom = even;
            break;
          }
        }
        if (end >= 0) break;
        const step = (v: number) => {
          const w = mate[v];
          if (w < 0 || visitedIn[v] === search || visitedIn[w] === search) return;
          if (!graph.isValid(even, v)) return;
          visitedIn[v] = search;
          visitedIn[w] = search;
          parent[v] = even;
          queue.push(w);
        };
        if (even === root) for (let v = 0; v < n; v++) step(v);
        else
          for (let t = 0; t < k && candidates[even * k + t] >= 0; t++)
            step(candidates[even * k + t]);
      }
      if (end < 0) continue;
      // Flip the path: end–endFrom, then walk up: endFrom's old mate v pairs with parent[v].
      let x = end;
      let even = endFrom;
      while (even >= 0) {
        const v = mate[even];
        mate[even] = x;
        mate[x] = even;
        if (even === root) break;
        x = v;
        even = parent[v];
      }
      changed = true;
    }
    free = free.filter((i) => mate[i] < 0);
  }
}

function improve(
  graph: MatchingGraph,
  order: readonly number[],
  candidates: Int32Array,
  k: number,
  mate: Int32Array,
): void {
  const pairWeight = (a: number, b: number) => (b < 0 ? 0 : graph.weight(a, b));
  for (let pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
    let improved = false;
    for (const a of order) {
      for (let t = 0; t < k; t++) {
        const c = candidates[a * k + t];
        if (c < 0) break;
        const b = mate[a];
        if (c === b) continue;
        const d = mate[c];
        const current = pairWeight(a, b) + pairWeight(c, d);
        let next = graph.weight(a, c);
        const rePair = b >= 0 && d >= 0;
        if (rePair) {
          if (!graph.isValid(b, d)) continue;
          next += graph.weight(b, d);
        }
        // Otherwise one of a, c is free: swapping it in frees someone else; cardinality stays.
        if (next <= current) continue;
        if (b >= 0) mate[b] = -1;
        if (d >= 0) mate[d] = -1;
        mate[a] = c;
        mate[c] = a;
        if (rePair) {
          mate[b] = d;
          mate[d] = b;
        }
        improved = true;
      }
    }
    if (!improved) break;
  }
}

import { maxWeightMatchingSparse } from './blossom-matching';
import { MatchingGraph } from './matching-graph';
import { SeededRandom } from './seeded-random';

const MAX_IMPROVEMENT_PASSES = 12;
/**
 * Solving a block of b people costs about b² steps, so n people in blocks of b cost about n·b:
 * above this many (n·b) the blocks shrink (to no fewer than MIN_BLOCK_SIZE people) to keep
 * 50,000 participants within seconds.
 */
const BLOCK_WORK_BUDGET = 20_000_000;
const MIN_BLOCK_SIZE = 400;

/**
 * Matching for large rounds. The seeded order is cut into blocks of about
 * `config.blockSize` people. Within a block every pair is scored and each person keeps their
 * k best valid partners (plus a few sampled from other blocks); each block is then solved
 * exactly — maximum cardinality, then maximum weight — on that sparse graph with the blossom
 * algorithm. Finally free people are matched across blocks along alternating paths and 2-opt
 * swaps over the candidate edges recover part of what the block borders cost. Returns mate[i]
 * or -1.
 */
export function scalableMatching(
  graph: MatchingGraph,
  order: readonly number[],
  random: SeededRandom,
): Int32Array {
  const n = graph.size;
  // Each person's list has two parts: their best partners overall, and their best partners of
  // their own organisation type. With 70% policy staff the best partners of everyone are the
  // implementation staff; without the second half the policy majority has too few edges among
  // itself for the exact block solve.
  const overall = Math.max(1, graph.config.candidatesPerParticipant);
  const k = overall + ownTypeCandidates(overall);
  const blockSize = Math.max(
    2,
    Math.min(graph.config.blockSize, Math.max(MIN_BLOCK_SIZE, BLOCK_WORK_BUDGET / Math.max(1, n))),
  );
  const blockCount = Math.max(1, Math.round(n / blockSize));
  const blockOf = new Int32Array(n);
  const blocks: number[][] = Array.from({ length: blockCount }, () => []);
  order.forEach((person, x) => {
    const block = Math.floor((x * blockCount) / n);
    blockOf[person] = block;
    blocks[block].push(person);
  });
  const candidates = buildCandidates(graph, blocks, blockOf, random, k);
  const mate = new Int32Array(n).fill(-1);
  for (const members of blocks) solveBlock(graph, members, candidates, k, mate);

  augment(graph, order, candidates, k, mate);
  improve(graph, order, candidates, k, mate);
  augment(graph, order, candidates, k, mate);
  return mate;
}

/**
 * Own-type partners kept besides the `overall` best: a third as many (at least 4). More makes
 * the block solve far slower at 50,000 for little gain.
 */
function ownTypeCandidates(overall: number): number {
  return Math.max(4, Math.round(overall / 3));
}

/** The own-type part for a list of k in total (inverse of overall + ownTypeCandidates(overall)). */
function ownTypePart(k: number): number {
  let overall = k;
  while (overall > 1 && overall + ownTypeCandidates(overall) > k) overall--;
  return k - overall;
}

/**
 * candidates[i * k + t]: the t-th best valid partner of i (by pair weight without the priority
 * bonus, which counts once per person whoever their partner), or -1: among everyone in
 * i's block (each pair scored once) and, with several blocks, a seeded sample of the others.
 */
function buildCandidates(
  graph: MatchingGraph,
  blocks: readonly (readonly number[])[],
  blockOf: Int32Array,
  random: SeededRandom,
  k: number,
): Int32Array {
  const n = graph.size;
  const candidates = new Int32Array(n * k).fill(-1);
  const weights = new Float64Array(n * k).fill(-1);
  const overall = k - ownTypePart(k);
  // The organisation type that is more than half of each block, if any: only its members need
  // partners of their own type listed (they cannot all pair across types).
  const majority = blocks.map((members) => {
    const counts = new Map<number, number>();
    for (const a of members) counts.set(graph.typeOf(a), (counts.get(graph.typeOf(a)) ?? 0) + 1);
    for (const [type, count] of counts) if (count * 2 > members.length) return type;
    return -1;
  });
  // Into a's overall part, and into its own-type part when b has a's (majority) type.
  const insert = (a: number, b: number, w: number, checkDuplicate: boolean) => {
    insertInto(a, b, w, checkDuplicate, a * k, overall);
    const type = graph.typeOf(a);
    if (type === graph.typeOf(b) && type === majority[blockOf[a]]) {
      insertInto(a, b, w, checkDuplicate, a * k + overall, k - overall);
    }
  };
  const insertInto = (
    a: number,
    b: number,
    w: number,
    checkDuplicate: boolean,
    base: number,
    size: number,
  ) => {
    if (w <= weights[base + size - 1]) return;
    if (checkDuplicate) {
      for (let t = 0; t < size && candidates[base + t] >= 0; t++) {
        if (candidates[base + t] === b) return;
      }
    }
    let pos = size - 1;
    while (pos > 0 && weights[base + pos - 1] < w) {
      weights[base + pos] = weights[base + pos - 1];
      candidates[base + pos] = candidates[base + pos - 1];
      pos--;
    }
    weights[base + pos] = w;
    candidates[base + pos] = b;
  };
  for (const members of blocks) {
    for (let x = 0; x < members.length; x++) {
      const a = members[x];
      for (let y = x + 1; y < members.length; y++) {
        const b = members[y];
        if (!graph.isValid(a, b)) continue;
        const w = graph.pairWeight(a, b);
        insert(a, b, w, false);
        insert(b, a, w, false);
      }
    }
  }
  if (blocks.length > 1) {
    const samples = Math.max(0, graph.config.sampledPartnersPerParticipant);
    for (const members of blocks) {
      for (const a of members) {
        for (let s = 0; s < samples; s++) {
          const b = random.int(n);
          if (blockOf[b] === blockOf[a] || !graph.isValid(a, b)) continue;
          const w = graph.pairWeight(a, b);
          insert(a, b, w, true);
          insert(b, a, w, true);
        }
      }
    }
  }
  return candidates;
}

/**
 * Exact maximum-cardinality maximum-weight matching of one block on its candidate edges (and
 * the current pairs inside it, so the result is never worse than what the block had).
 */
function solveBlock(
  graph: MatchingGraph,
  members: readonly number[],
  candidates: Int32Array,
  k: number,
  mate: Int32Array,
): void {
  const local = new Map<number, number>();
  members.forEach((person, x) => local.set(person, x));
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  // Whether a lists b before position `before` (both parts; -1 marks free slots).
  const listed = (a: number, b: number, before = k) => {
    for (let t = 0; t < before; t++) {
      if (candidates[a * k + t] === b) return true;
    }
    return false;
  };
  members.forEach((a, x) => {
    for (let t = 0; t < k; t++) {
      const b = candidates[a * k + t];
      if (b < 0) continue;
      const y = local.get(b);
      // Each edge once: from the lower local index, or from a when b does not list a; and only
      // at its first place in a's list (b can be in both parts).
      if (y === undefined || (y < x && listed(b, a)) || listed(a, b, t)) continue;
      from.push(x);
      to.push(y);
      weight.push(graph.weight(a, b));
    }
    const partner = mate[a];
    const y = partner < 0 ? undefined : local.get(partner);
    if (y !== undefined && x < y && !listed(a, partner) && !listed(partner, a)) {
      from.push(x);
      to.push(y);
      weight.push(graph.weight(a, partner));
    }
  });
  const result = maxWeightMatchingSparse(
    {
      vertexCount: members.length,
      edgeFrom: Int32Array.from(from),
      edgeTo: Int32Array.from(to),
      edgeWeight: Float64Array.from(weight),
    },
    true,
  );
  members.forEach((a, x) => {
    mate[a] = result[x] < 0 ? -1 : members[result[x]];
  });
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
          for (let t = 0; t < k; t++) {
            const v = candidates[even * k + t];
            if (v >= 0) step(v);
          }
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
  // The weight of each person's current pair, kept up to date so a move costs one new weight.
  const current = new Float64Array(graph.size);
  for (let a = 0; a < graph.size; a++) current[a] = mate[a] < 0 ? 0 : graph.weight(a, mate[a]);
  for (let pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
    let improved = false;
    for (const a of order) {
      for (let t = 0; t < k; t++) {
        const c = candidates[a * k + t];
        if (c < 0) continue;
        const b = mate[a];
        if (c === b) continue;
        const d = mate[c];
        // a–b and c–d are two different pairs (or a free person), since c ≠ b.
        const before = current[a] + current[c];
        const rePair = b >= 0 && d >= 0;
        if (rePair && !graph.isValid(b, d)) continue;
        const ac = graph.weight(a, c);
        const bd = rePair ? graph.weight(b, d) : 0;
        // Otherwise one of a, c is free: swapping it in frees someone else; cardinality stays.
        if (ac + bd <= before) continue;
        if (b >= 0) {
          mate[b] = -1;
          current[b] = 0;
        }
        if (d >= 0) {
          mate[d] = -1;
          current[d] = 0;
        }
        mate[a] = c;
        mate[c] = a;
        current[a] = current[c] = ac;
        if (rePair) {
          mate[b] = d;
          mate[d] = b;
          current[b] = current[d] = bd;
        }
        improved = true;
      }
    }
    if (!improved) break;
  }
}

// Koffiedate matching quality and fairness (issue 16; prints figures, never a timed assertion).
//   node tests/bench/run.mjs tests/bench/koffiedate-quality.bench.ts [--sizes=200,500,1000]
//        [--seeds=10] [--edmonds-max=500] [--months=41,200] [--skip-quality] [--skip-months]
// Quality: per size and composition, `auto` against the exact optimum (maximum-weight
// maximum-cardinality matching on the library's own weights): edmonds-blossom up to
// --edmonds-max, our sparse blossom solver on every valid pair above (the same optimum; both are
// computed and compared where both run). Min and median over --seeds rounds.
// Months: 12 consecutive monthly rounds with history, trio and unmatched counts carried over
// as the coffee-dates repository supplies them; most trios and unmatched per person, repeats.
import {
  BOUNDARY_SPANNER_STYLES,
  BoundarySpannerStyle,
  evaluateMatching,
  exactMatching,
  KoffiedateMatcher,
  MatchingGraph,
  MatchingHistoryEntry,
  MatchingInput,
  MatchingParticipant,
  OrganisationType,
  SeededRandom,
} from '@leerhuis/matching';

// @ts-expect-error -- edmonds-blossom ships no types.
import edmondsBlossom from 'edmonds-blossom';

type Composition = 'rijk' | 'policy-70-30' | 'two-ministries';
const COMPOSITIONS: Composition[] = ['rijk', 'policy-70-30', 'two-ministries'];
const MINISTRIES = [
  'AZ',
  'BZ',
  'BZK',
  'EZK',
  'FIN',
  'DEF',
  'IenW',
  'JenV',
  'LNV',
  'OCW',
  'SZW',
  'VWS',
];
const THEMES = [
  'klimaat',
  'wonen',
  'digitalisering',
  'zorg',
  'onderwijs',
  'veiligheid',
  'migratie',
  'energie',
  'water',
  'ai',
];

function person(random: SeededRandom, id: string, composition: Composition): MatchingParticipant {
  let ministry: string;
  let organisationType: OrganisationType;
  const r = random.next();
  if (composition === 'two-ministries') {
    ministry = r < 0.4 ? 'FIN' : r < 0.75 ? 'JenV' : MINISTRIES[random.int(MINISTRIES.length)];
    organisationType = random.next() < 0.7 ? 'policy' : 'implementation';
  } else if (composition === 'policy-70-30') {
    ministry = MINISTRIES[Math.floor(MINISTRIES.length * random.next() ** 1.5)];
    organisationType = random.next() < 0.7 ? 'policy' : 'implementation';
  } else if (r < 0.85) {
    ministry = MINISTRIES[random.int(MINISTRIES.length)];
    const role = random.next();
    organisationType = role < 0.5 ? 'policy' : role < 0.88 ? 'implementation' : 'inspection';
  } else {
    ministry = `gemeente-${random.int(340)}`;
    organisationType = 'other-government';
  }
  const dominant = BOUNDARY_SPANNER_STYLES[random.int(6)];
  const scores = Object.fromEntries(
    BOUNDARY_SPANNER_STYLES.map((style) => [
      style,
      style === dominant ? 70 + random.int(31) : 15 + random.int(61),
    ]),
  ) as Record<BoundarySpannerStyle, number>;
  const top = Math.max(...Object.values(scores));
  return {
    id,
    organisations: { ministry },
    organisationType,
    styleScores: random.next() < 0.92 ? scores : undefined,
    preferredStyles: BOUNDARY_SPANNER_STYLES.filter((style) => scores[style] >= top - 5),
    themes: THEMES.filter(() => random.next() < 0.2),
  };
}

function round(n: number, composition: Composition, seed: string): MatchingInput {
  const random = new SeededRandom(seed);
  const participants = [...Array(n).keys()].map((i) => ({
    ...person(random, `m${i}`, composition),
    wasInTrioLastRound: random.next() < 0.03,
    wasUnmatchedLastRound: random.next() < 0.01,
  }));
  const blocks = [];
  for (let i = 0; i < n; i++) {
    if (random.next() < 0.03) blocks.push({ blockerId: `m${i}`, blockedId: `m${random.int(n)}` });
  }
  const history: MatchingHistoryEntry[] = [];
  for (let month = 1; month <= 6; month++) {
    const ids = random.shuffle([...Array(n).keys()]);
    for (let x = 0; x + 1 < ids.length; x += 2) {
      history.push({
        participantIds: [`m${ids[x]}`, `m${ids[x + 1]}`],
        date: new Date(Date.UTC(2026, 11 - month, 1)).toISOString().slice(0, 10),
      });
    }
  }
  return { participants, blocks, history, roundDate: '2026-12-01', seed };
}

/** The exact optimum: sum of pair weights of a maximum-weight maximum-cardinality matching. */
function exactValue(input: MatchingInput, useEdmonds: boolean): { value: number; seconds: number } {
  const graph = new MatchingGraph(input);
  const start = performance.now();
  let value = 0;
  if (useEdmonds) {
    const edges: [number, number, number][] = [];
    for (let a = 0; a < graph.size; a++) {
      for (let b = a + 1; b < graph.size; b++) {
        if (graph.isValid(a, b)) edges.push([a, b, graph.weight(a, b)]);
      }
    }
    const mate = (edmondsBlossom as (e: typeof edges, max: boolean) => number[])(edges, true);
    mate.forEach((b, a) => {
      if (b > a) value += graph.weight(a, b);
    });
  } else {
    const mate = exactMatching(graph, [...Array(graph.size).keys()]);
    mate.forEach((b, a) => {
      if (b > a) value += graph.weight(a, b);
    });
  }
  return { value, seconds: (performance.now() - start) / 1000 };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

function quality(sizes: number[], seeds: number, edmondsMax: number): void {
  const matcher = new KoffiedateMatcher();
  const rows = [];
  for (const n of sizes) {
    for (const composition of COMPOSITIONS) {
      const ratios: number[] = [];
      const pairRatios: number[] = [];
      const times: number[] = [];
      let unmatched = 0;
      let violations = 0;
      let disagreements = 0;
      for (let s = 0; s < seeds; s++) {
        const input = round(n, composition, `${composition}-${n}-${s}`);
        const start = performance.now();
        const result = matcher.match(input);
        times.push((performance.now() - start) / 1000);
        const exact = exactValue(input, n <= edmondsMax);
        if (n <= edmondsMax && exactValue(input, false).value !== exact.value) disagreements++;
        const evaluation = evaluateMatching(
          input,
          result.groups.map((g) => g.participantIds),
        );
        violations += evaluation.violations;
        unmatched += result.unmatched.length;
        ratios.push(evaluation.objective / exact.value);
        // The same comparison without the extra pairs inside trios: each trio counts only its
        // best pair, so this never credits the engine for making trios.
        const graph = new MatchingGraph(input);
        let pairsOnly = 0;
        for (const group of result.groups) {
          const ids = group.participantIds.map((id) => graph.indexById.get(id) as number);
          if (ids.length === 2) pairsOnly += graph.weight(ids[0], ids[1]);
          else {
            pairsOnly += Math.max(
              graph.weight(ids[0], ids[1]),
              graph.weight(ids[0], ids[2]),
              graph.weight(ids[1], ids[2]),
            );
          }
        }
        pairRatios.push(pairsOnly / exact.value);
      }
      rows.push({
        n,
        composition,
        seeds,
        reference: n <= edmondsMax ? 'edmonds-blossom' : 'own exact',
        'min vs exact': `${(100 * Math.min(...ratios)).toFixed(2)}%`,
        'median vs exact': `${(100 * median(ratios)).toFixed(2)}%`,
        'min (pairs only)': `${(100 * Math.min(...pairRatios)).toFixed(2)}%`,
        'max time (s)': Math.max(...times).toFixed(2),
        unmatched,
        violations,
        'solver disagreements': n <= edmondsMax ? disagreements : '–',
      });
    }
  }
  console.log('\nQuality: auto against the exact optimum (same weights, maximum cardinality)');
  console.table(rows);
}

/** 12 consecutive monthly rounds; counts over the last 12 months are carried as the repository does. */
function months(n: number, composition: Composition): Record<string, unknown> {
  const random = new SeededRandom(`months-${n}-${composition}`);
  const people = [...Array(n).keys()].map((i) => person(random, `m${i}`, composition));
  const history: MatchingHistoryEntry[] = [];
  const trios = new Map<string, number>();
  const unmatchedCounts = new Map<string, number>();
  const lastTrio = new Set<string>();
  const lastUnmatched = new Set<string>();
  const seenPairs = new Set<string>();
  let repeats = 0;
  let unmatchedTotal = 0;
  let violations = 0;
  let seconds = 0;
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2026, month, 1)).toISOString().slice(0, 10);
    const participants = people.map((p) => ({
      ...p,
      wasInTrioLastRound: lastTrio.has(p.id),
      wasUnmatchedLastRound: lastUnmatched.has(p.id),
      trioCount: trios.get(p.id) ?? 0,
      unmatchedCount: unmatchedCounts.get(p.id) ?? 0,
    }));
    const input: MatchingInput = { participants, history, roundDate: date, seed: `month-${month}` };
    const start = performance.now();
    const result = new KoffiedateMatcher().match(input);
    seconds += (performance.now() - start) / 1000;
    violations += evaluateMatching(
      input,
      result.groups.map((g) => g.participantIds),
    ).violations;
    lastTrio.clear();
    lastUnmatched.clear();
    for (const group of result.groups) {
      const ids = group.participantIds;
      for (let x = 0; x < ids.length; x++) {
        for (let y = x + 1; y < ids.length; y++) {
          const key = [ids[x], ids[y]].sort().join('|');
          if (seenPairs.has(key)) repeats++;
          seenPairs.add(key);
          history.push({ participantIds: [ids[x], ids[y]], date });
        }
      }
      if (ids.length === 3) {
        for (const id of ids) {
          lastTrio.add(id);
          trios.set(id, (trios.get(id) ?? 0) + 1);
        }
      }
    }
    for (const u of result.unmatched) {
      lastUnmatched.add(u.participantId);
      unmatchedCounts.set(u.participantId, (unmatchedCounts.get(u.participantId) ?? 0) + 1);
      unmatchedTotal++;
    }
  }
  const most = (counts: Map<string, number>) => Math.max(0, ...counts.values());
  const atMost = (counts: Map<string, number>, k: number) =>
    [...counts.values()].filter((c) => c > k).length;
  return {
    n,
    composition,
    'trio places': [...trios.values()].reduce((a, b) => a + b, 0),
    'most trios / person': most(trios),
    'people > 2 trios': atMost(trios, 2),
    'unmatched (total)': unmatchedTotal,
    'most unmatched / person': most(unmatchedCounts),
    'repeat pairs': repeats,
    violations,
    'time (s, 12 rounds)': seconds.toFixed(2),
  };
}

function main(): void {
  const arg = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? undefined;
  const has = (name: string) => process.argv.includes(`--${name}`);
  console.log(`koffiedate matching quality and fairness — node ${process.version}`);
  if (!has('skip-quality')) {
    quality(
      (arg('sizes') ?? '200,500,1000').split(',').map(Number),
      Number(arg('seeds') ?? 10),
      Number(arg('edmonds-max') ?? 500),
    );
  }
  if (!has('skip-months')) {
    const rows = [];
    for (const n of (arg('months') ?? '41,201,1001').split(',').map(Number)) {
      for (const composition of COMPOSITIONS) rows.push(months(n, composition));
    }
    console.log('\nFairness: 12 consecutive monthly rounds (12-month repeat window)');
    console.table(rows);
  }
}

main();

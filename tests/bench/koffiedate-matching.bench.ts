// Koffiedate matching benchmark (prints figures; never a timed assertion).
//   node tests/bench/run.mjs tests/bench/koffiedate-matching.bench.ts [--sizes=1000,10000,50000]
//        [--exact-max=1000] [--candidates=20]
// Each size runs in its own child process so peak RSS belongs to that size alone. Exact
// maximum-weight matching (edmonds-blossom, O(n³)) runs for sizes ≤ --exact-max; N = 1,000 takes
// about a minute, N = 2,000 several minutes, hence the default.
import {
  BOUNDARY_SPANNER_STYLES,
  BoundarySpannerStyle,
  evaluateMatching,
  KoffiedateMatcher,
  MatchingInput,
  MatchingParticipant,
  OrganisationType,
  SeededRandom,
} from '@leerhuis/matching';

import { fork } from 'node:child_process';

const MINISTRIES: [string, number][] = [
  ['AZ', 1],
  ['BZ', 4],
  ['BZK', 6],
  ['EZK', 5],
  ['FIN', 14],
  ['DEF', 9],
  ['IenW', 8],
  ['JenV', 12],
  ['LNV', 5],
  ['OCW', 4],
  ['SZW', 6],
  ['VWS', 5],
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
  'arbeidsmarkt',
  'stikstof',
  'water',
  'mobiliteit',
  'armoede',
  'regeldruk',
  'cyber',
  'europa',
  'circulair',
  'gezondheid',
  'ai',
  'burgerperspectief',
];
const ROUND_DATE = '2026-12-01';

interface Round {
  input: MatchingInput;
  ministryOf: Map<string, string>;
  metWithinYear: Set<string>;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pickWeighted<T>(random: SeededRandom, items: [T, number][]): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** A synthetic round: Rijksoverheid-like ministries and agencies, style mixes, a year of history. */
function generateRound(n: number, seed: string): Round {
  const random = new SeededRandom(seed);
  const participants: MatchingParticipant[] = [];
  const ministryOf = new Map<string, string>();
  const styleWeights: [BoundarySpannerStyle, number][] = [
    ['verbinder', 30],
    ['motivator', 15],
    ['cartograaf', 20],
    ['held', 8],
    ['vinder', 15],
    ['onderhandelaar', 12],
  ];
  for (let i = 0; i < n; i++) {
    const id = `m${i}`;
    const kind = random.next();
    let ministry: string;
    let organisationType: OrganisationType;
    if (kind < 0.85) {
      ministry = pickWeighted(random, MINISTRIES);
      const role = random.next();
      organisationType = role < 0.5 ? 'policy' : role < 0.88 ? 'implementation' : 'inspection';
    } else if (kind < 0.95) {
      ministry = `gemeente-${random.int(340)}`;
      organisationType = 'other-government';
    } else {
      ministry = `partner-${random.int(200)}`;
      organisationType = 'partner';
    }
    ministryOf.set(id, ministry);
    const dominant = pickWeighted(random, styleWeights);
    const scores = Object.fromEntries(
      BOUNDARY_SPANNER_STYLES.map((style) => [
        style,
        style === dominant ? 70 + random.int(31) : 15 + random.int(61),
      ]),
    ) as Record<BoundarySpannerStyle, number>;
    const top = Math.max(...Object.values(scores));
    const themes = new Set<string>();
    for (let t = 1 + random.int(4); t > 0; t--) {
      themes.add(THEMES[Math.floor(THEMES.length * random.next() ** 2)]);
    }
    participants.push({
      id,
      organisations: { ministry, department: `${ministry}/dir-${random.int(30)}` },
      organisationType,
      styleScores: random.next() < 0.92 ? scores : undefined,
      preferredStyles: BOUNDARY_SPANNER_STYLES.filter((style) => scores[style] >= top - 5),
      themes: [...themes],
      wasInTrioLastRound: random.next() < 0.03,
      wasUnmatchedLastRound: random.next() < 0.01,
    });
  }
  const blocks = [];
  for (let i = 0; i < n; i++) {
    if (random.next() < 0.02) {
      for (let b = 1 + random.int(3); b > 0; b--) {
        blocks.push({ blockerId: `m${i}`, blockedId: `m${random.int(n)}` });
      }
    }
  }
  // 14 past monthly rounds (the 2 oldest fall outside the 12-month window), 60% taking part.
  const history = [];
  const metWithinYear = new Set<string>();
  for (let month = 1; month <= 14; month++) {
    const date = new Date(Date.UTC(2026, 11 - month, 1)).toISOString().slice(0, 10);
    const takingPart = random.shuffle([...Array(n).keys()].filter(() => random.next() < 0.6));
    for (let x = 0; x + 1 < takingPart.length; x += 2) {
      const [a, b] = [`m${takingPart[x]}`, `m${takingPart[x + 1]}`];
      history.push({ participantIds: [a, b] as [string, string], date });
      // Exactly 12 months ago is outside the window (the engine may repeat that pair).
      if (month < 12) metWithinYear.add(pairKey(a, b));
    }
  }
  return {
    input: { participants, blocks, history, roundDate: ROUND_DATE, seed: `round-${seed}` },
    ministryOf,
    metWithinYear,
  };
}

/** What a coffee bot does: shuffle, pair neighbours, reshuffle when a pair breaks a rule. */
function randomPairing(round: Round, attempts: number): string[][] {
  const random = new SeededRandom('coffee-bot');
  const ids = round.input.participants.map((p) => p.id);
  let best: string[][] = [];
  let bestViolations = Infinity;
  for (let attempt = 0; attempt < attempts && bestViolations > 0; attempt++) {
    random.shuffle(ids);
    const groups: string[][] = [];
    for (let x = 0; x + 1 < ids.length; x += 2) groups.push([ids[x], ids[x + 1]]);
    if (ids.length % 2 === 1 && groups.length > 0)
      groups[groups.length - 1].push(ids[ids.length - 1]);
    const violations = evaluateMatching(round.input, groups).violations;
    if (violations < bestViolations) [best, bestViolations] = [groups, violations];
  }
  return best;
}

interface Figures {
  method: string;
  n: number;
  seconds: number;
  peakRssMiB: number | null;
  objective: number;
  violations: number;
  crossMinistryRate: number;
  repeatRate: number;
  trios: number;
  unmatched: number;
}

function figures(
  method: string,
  round: Round,
  groups: string[][],
  seconds: number,
  peakRssMiB: number | null,
  unmatched: number,
): Figures {
  const evaluation = evaluateMatching(round.input, groups);
  let crossMinistry = 0;
  let repeats = 0;
  for (const group of groups) {
    for (let x = 0; x < group.length; x++) {
      for (let y = x + 1; y < group.length; y++) {
        if (round.ministryOf.get(group[x]) !== round.ministryOf.get(group[y])) crossMinistry++;
        if (round.metWithinYear.has(pairKey(group[x], group[y]))) repeats++;
      }
    }
  }
  return {
    method,
    n: round.input.participants.length,
    seconds,
    peakRssMiB,
    objective: evaluation.objective,
    violations: evaluation.violations,
    crossMinistryRate: crossMinistry / Math.max(1, evaluation.pairs),
    repeatRate: repeats / Math.max(1, evaluation.pairs),
    trios: groups.filter((g) => g.length === 3).length,
    unmatched,
  };
}

function runSize(n: number, exactMax: number): Figures[] {
  const round = generateRound(n, `bench-${n}`);
  const matcher = new KoffiedateMatcher();
  const rows: Figures[] = [];

  let start = performance.now();
  const candidates = process.argv.find((a) => a.startsWith('--candidates='))?.split('=')[1];
  const engine = matcher.match({
    ...round.input,
    config: {
      algorithm: 'scalable',
      candidatesPerParticipant: candidates ? Number(candidates) : undefined,
    },
  });
  const engineSeconds = (performance.now() - start) / 1000;
  // maxRSS is the peak of this child process (generation + matching) in KiB.
  const rss = process.resourceUsage().maxRSS / 1024;
  const engineGroups = engine.groups.map((g) => g.participantIds);
  rows.push(
    figures('engine (scalable)', round, engineGroups, engineSeconds, rss, engine.unmatched.length),
  );

  start = performance.now();
  const bot = randomPairing(round, 100);
  rows.push(
    figures('random + 100 retries', round, bot, (performance.now() - start) / 1000, null, 0),
  );

  if (n <= exactMax) {
    start = performance.now();
    const exact = matcher.match({ ...round.input, config: { algorithm: 'exact' } });
    const seconds = (performance.now() - start) / 1000;
    rows.push(
      figures(
        'exact (edmonds-blossom)',
        round,
        exact.groups.map((g) => g.participantIds),
        seconds,
        process.resourceUsage().maxRSS / 1024,
        exact.unmatched.length,
      ),
    );
  }
  return rows;
}

function runChild(n: number, exactMax: number): Promise<Figures[]> {
  return new Promise((resolve, reject) => {
    const child = fork(
      process.argv[1],
      [
        process.argv[2],
        `--child=${n}`,
        `--exact-max=${exactMax}`,
        ...process.argv.filter((a) => a.startsWith('--candidates=')),
      ],
      {
        execArgv: ['--max-old-space-size=4096'],
      },
    );
    child.on('message', (rows) => resolve(rows as Figures[]));
    child.on('exit', (code) => code !== 0 && reject(new Error(`size ${n} exited with ${code}`)));
  });
}

function printTable(n: number, rows: Figures[]): void {
  const exact = rows.find((row) => row.method.startsWith('exact'));
  console.log(`\nN = ${n.toLocaleString('en')}`);
  console.table(
    rows.map((row) => ({
      method: row.method,
      'time (s)': row.seconds.toFixed(2),
      'peak RSS (MiB)': row.peakRssMiB === null ? '–' : row.peakRssMiB.toFixed(0),
      objective: row.objective,
      'vs exact': exact ? `${((100 * row.objective) / exact.objective).toFixed(2)}%` : '–',
      violations: row.violations,
      'cross-ministry': `${(100 * row.crossMinistryRate).toFixed(2)}%`,
      'repeat (12 mo)': `${(100 * row.repeatRate).toFixed(2)}%`,
      trios: row.trios,
      unmatched: row.unmatched,
    })),
  );
}

async function main(): Promise<void> {
  const arg = (name: string) =>
    process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? undefined;
  const exactMax = Number(arg('exact-max') ?? 1000);
  const child = arg('child');
  if (child) {
    process.send?.(runSize(Number(child), exactMax));
    return;
  }
  const sizes = (arg('sizes') ?? '1000,10000,50000').split(',').map(Number);
  console.log(`koffiedate matching benchmark — node ${process.version}, ${ROUND_DATE}`);
  for (const n of sizes) printTable(n, await runChild(n, exactMax));
}

void main();

// A whole koffiedate round at scale (issue 16; prints figures, never a timed assertion).
//   node tests/bench/run.mjs tests/bench/koffiedate-round.bench.ts [--participants=50000]
//        [--concurrency=5] [--pool=10] [--probe-connections=1] [--probe-pause=200]
//        [--max-minutes=20] [--worker-nice=10] [--worker-node-args='--cpu-prof --cpu-prof-dir=/tmp/prof']
// Creates its own database and bulk-loads (server-side generate_series) the members — 70% at
// the 12 ministries, 30% at an executive agency under one of them — last month's round with its
// pairs, and this month's round in MATCHING with everyone in it. Then it runs the round end to
// end: the real worker as a child process (from source) runs `match-coffee-date-round` (the
// matching, the groups and unmatched stored in bulk in the round's transaction), the outbox
// relay hands `send-coffee-date-matches` to the mail queue, and every match email goes through
// SMTP into an in-process sink that counts and discards. Meanwhile the real API, its own child
// process, answers `{ me { email } }` for a signed-in member from a worker thread (so the sink's
// event loop does not delay the probe), before the round (baseline) and while it runs.
// Worker peak memory is its VmHWM (/proc).
import { bullPrefix } from '@leerhuis/platform-queue';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from '@leerhuis/platform-testing';

import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Queue } from 'bullmq';
import { Client } from 'pg';

import { peakRssMiB, SmtpSink, WorkerProcess } from '../integration/digests-support';
import { AppProcess, baseEnv } from '../support/processes';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const PARTICIPANTS = Number(arg('participants', '50000'));
const CONCURRENCY = arg('concurrency', '5');
const POOL = arg('pool', '10');
const PROBE_CONNECTIONS = Number(arg('probe-connections', '1'));
/** Pause between two `{ me }` requests on a connection (ms). */
const PROBE_PAUSE_MS = Number(arg('probe-pause', '200'));
/** Stop waiting after this long and report the rate so far (a busy shared machine). */
const MAX_MINUTES = Number(arg('max-minutes', '20'));
const PROBE_EMAIL = 'meetlid@minbzk.nl';
/** Node options for the worker only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it. */
const WORKER_NODE_ARGS = arg('worker-node-args', '').split(' ').filter(Boolean);
/** The worker's CPU priority (WORKER_NICE; 10 is the default, 0 to compare without it). */
const WORKER_NICE = arg('worker-nice', '10');

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

async function seed(pg: Client): Promise<{ roundId: string; token: string }> {
  const started = Date.now();
  await pg.query(`SET synchronous_commit = off`);
  const { rows: ministries } = await pg.query(
    `SELECT id, abbreviation FROM organisation WHERE type = 'MINISTRY' ORDER BY abbreviation`,
  );
  await pg.query(
    `INSERT INTO organisation (name, abbreviation, type, parent_id)
     SELECT 'Uitvoeringsorganisatie ' || abbreviation, 'UO-' || abbreviation, 'EXECUTIVE_AGENCY', id
       FROM organisation WHERE type = 'MINISTRY'`,
  );
  await pg.query(`CREATE TABLE bench_org AS
    SELECT row_number() OVER (ORDER BY type DESC, abbreviation) - 1 AS i, id, type FROM organisation`);
  const count = ministries.length;
  // Member i: policy (a ministry) for 7 in 10, otherwise an agency; ministries skewed (FIN, JenV).
  await pg.query(
    `INSERT INTO member (email, name, organisation_id, job_role, language)
     SELECT 'lid' || g.i || '@bench.example', 'Lid ' || g.i, o.id, 'ADVISER',
            CASE WHEN g.i % 5 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(0, $1 - 1) AS g (i)
       JOIN bench_org o ON o.i = CASE WHEN g.i % 10 < 7
            THEN (CASE WHEN g.i % 7 < 2 THEN 4 WHEN g.i % 7 < 3 THEN 7 ELSE ((g.i::bigint * 7919) % $2)::int END)
            ELSE $2 + ((g.i::bigint * 104729) % $2)::int END`,
    [PARTICIPANTS, count],
  );
  await pg.query(
    `INSERT INTO member (email, name, organisation_id, job_role) VALUES ($1, 'Meetlid', $2, 'ADVISER')`,
    [PROBE_EMAIL, ministries[0].id],
  );
  await pg.query(`UPDATE notification_settings SET coffee_date = 'IMMEDIATE'`);
  await pg.query(`CREATE TABLE bench_member AS
    SELECT substring(email FROM 'lid(\\d+)@')::int AS i, id FROM member WHERE email LIKE 'lid%'`);
  await pg.query(`CREATE UNIQUE INDEX ON bench_member (i)`);
  // Last month's round: everyone in pairs (2k, 2k + 1), already closed.
  const {
    rows: [last],
  } = await pg.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', to_char(now() - interval '1 month', 'YYYY-MM'), 'CLOSED', 'last',
             now() - interval '35 days', now() - interval '28 days', now() - interval '14 days', now() - interval '8 days')
     RETURNING id`,
  );
  await pg.query(
    `INSERT INTO coffee_date_participant (round_id, member_id, via) SELECT $1, id, 'ROUND' FROM bench_member`,
    [last.id],
  );
  await pg.query(
    `WITH pairs AS (SELECT k, gen_random_uuid() AS id FROM generate_series(0, $2 / 2 - 1) AS k),
          made AS (INSERT INTO coffee_date_match (id, round_id, kind, slot_starts_at)
                   SELECT id, $1, 'PAIR', now() - interval '25 days' FROM pairs)
     INSERT INTO coffee_date_match_member (match_id, member_id, round_id)
     SELECT p.id, m.id, $1 FROM pairs p JOIN bench_member m ON m.i IN (2 * p.k, 2 * p.k + 1)`,
    [last.id, PARTICIPANTS],
  );
  const {
    rows: [round],
  } = await pg.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', to_char(now(), 'YYYY-MM'), 'MATCHING', 'bench',
             now() - interval '8 days', now() - interval '1 day', now() + interval '13 days', now() + interval '19 days')
     RETURNING id`,
  );
  await pg.query(
    `INSERT INTO coffee_date_participant (round_id, member_id, via) SELECT $1, id, 'ROUND' FROM bench_member`,
    [round.id],
  );
  const token = randomBytes(32).toString('base64url');
  await pg.query(
    `INSERT INTO session (token_hash, email, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), PROBE_EMAIL],
  );
  await pg.query(`ANALYZE`);
  log(`seeded ${PARTICIPANTS} participants in ${seconds(Date.now() - started)} s`);
  return { roundId: round.id, token };
}

/**
 * The `{ me }` probe, plain JavaScript in a worker thread: each connection asks, waits
 * --probe-pause ms (a few members clicking around, not a load test) and reports [start, ms]
 * (ms −1 for a wrong answer) every second.
 */
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, connections, email, pause } = workerData;
let batch = [];
let running = true;
parentPort.on('message', (m) => { if (m === 'stop') running = false; });
setInterval(() => { parentPort.postMessage(batch); batch = []; }, 1000).unref();
const loop = async () => {
  while (running) {
    const start = Date.now();
    const t0 = performance.now();
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      const body = await response.json();
      const ms = performance.now() - t0;
      batch.push([start, body.data && body.data.me && body.data.me.email === email ? ms : -1]);
    } catch {
      batch.push([start, -1]);
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
  parentPort.postMessage(batch);
};
Promise.all(Array.from({ length: connections }, loop));
`;

/** CPU seconds (user + system) a process used so far; Linux /proc, 100 ticks a second. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const db = await createTestDatabase();
  const redis = testRedisPrefix();
  const sink = new SmtpSink({ keep: false });
  const smtpPort = await sink.start();
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: db.url,
    DATABASE_POOL_SIZE: POOL,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redis.prefix,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    PUBLIC_URL: 'http://leerhuis.test',
    MAIL_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
    LOG_LEVEL: 'info',
  };
  let worker: WorkerProcess | undefined;
  let api: AppProcess | undefined;
  const samples: [number, number][] = [];
  let prober: Worker | undefined;
  try {
    const { roundId, token } = await seed(pg);
    const apiPort = 20000 + Math.floor(Math.random() * 20000);
    api = new AppProcess(
      'api',
      'tests/bench/run.mjs',
      ['apps/api/src/main.ts'],
      baseEnv({ ...env, API_PORT: String(apiPort), API_HOST: '127.0.0.1' }),
    );
    await api.waitForLine((line) => line.includes('listening on'), 'the API to listen', 120_000);
    worker = new WorkerProcess(
      { ...env, WORKER_CONCURRENCY: CONCURRENCY, WORKER_NICE },
      WORKER_NODE_ARGS,
    );
    await worker.ready(120_000);

    prober = new Worker(PROBE_SOURCE, {
      eval: true,
      workerData: {
        url: `http://127.0.0.1:${apiPort}/graphql`,
        token,
        connections: PROBE_CONNECTIONS,
        email: PROBE_EMAIL,
        pause: PROBE_PAUSE_MS,
      },
    });
    prober.on('message', (message) => {
      if (Array.isArray(message)) samples.push(...(message as [number, number][]));
    });
    prober.on('error', (error) => log(`probe failed: ${error.message}`));
    // Baseline: 15 s of `{ me }` with nothing else running.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const baselineEnd = Date.now();

    const rssAtStart = peakRssMiB(worker.pid);
    const cpuAtStart = cpuSeconds(worker.pid);
    const queue = new Queue('coffee-dates', {
      connection: { url: TEST_REDIS_URL },
      prefix: bullPrefix({ REDIS_PREFIX: redis.prefix }),
    });
    const started = Date.now();
    await queue.add('match-coffee-date-round', { roundId }, { jobId: `bench-match-${roundId}` });
    let matchedAt = 0;
    let peak = 0;
    const expected = PARTICIPANTS;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      peak = Math.max(peak, peakRssMiB(worker.pid) ?? 0);
      if (!matchedAt) {
        const { rows } = await pg.query(`SELECT state FROM coffee_date_round WHERE id = $1`, [
          roundId,
        ]);
        if (rows[0].state === 'MATCHED') matchedAt = Date.now();
      }
      if (sink.count >= expected) break;
      if (Date.now() - started > MAX_MINUTES * 60_000) {
        log(`stopped after ${MAX_MINUTES} min with ${sink.count} of ${expected} emails`);
        break;
      }
    }
    const finished = Date.now();
    const workerCpu = cpuSeconds(worker.pid) - cpuAtStart;
    await queue.close();
    prober.postMessage('stop');
    await new Promise((resolve) => setTimeout(resolve, 1500));

    const { rows: stored } = await pg.query(
      `SELECT (SELECT count(*)::int FROM coffee_date_match WHERE round_id = $1) AS groups,
              (SELECT count(*)::int FROM coffee_date_match WHERE round_id = $1 AND kind = 'TRIO') AS trios,
              (SELECT count(*)::int FROM coffee_date_unmatched WHERE round_id = $1) AS unmatched,
              (SELECT count(*)::int FROM sent_email) AS sent`,
      [roundId],
    );
    const matchLine = worker.lines.find((line) => line.includes(`round ${roundId}:`)) ?? '';
    const baseline = samples.filter(([t]) => t < baselineEnd).map(([, ms]) => ms);
    const during = samples.filter(([t]) => t >= started && t <= finished).map(([, ms]) => ms);
    const failed = samples.filter(([, ms]) => ms < 0).length;
    log(`\nwhole koffiedate round, ${PARTICIPANTS.toLocaleString('en')} participants`);
    console.table({
      'MATCHING → MATCHED (matching + bulk store)': `${seconds(matchedAt - started)} s`,
      'MATCHING → last email accepted': `${seconds(finished - started)} s`,
      'emails accepted by the sink': `${sink.count} of ${expected}`,
      'email rate after MATCHED': `${((sink.count * 1000) / Math.max(1, finished - matchedAt)).toFixed(0)} emails/s`,
      'machine load (1 min) at the end': loadavg()[0].toFixed(1),
      'groups stored': `${stored[0].groups} (${stored[0].trios} trios), ${stored[0].unmatched} unmatched`,
      'sent_email rows': stored[0].sent,
      'worker CPU during the round': `${workerCpu.toFixed(1)} s`,
      'worker peak RSS': `${peak.toFixed(0)} MiB (at start ${rssAtStart?.toFixed(0)} MiB)`,
      '{ me } baseline p50 / p99': `${percentile(baseline, 50).toFixed(1)} / ${percentile(baseline, 99).toFixed(1)} ms (${baseline.length} requests)`,
      '{ me } during the round p50 / p99': `${percentile(during, 50).toFixed(1)} / ${percentile(during, 99).toFixed(1)} ms (${during.length} requests)`,
      '{ me } failed': failed,
    });
    log(matchLine.slice(0, 300));
  } finally {
    prober?.postMessage('stop');
    await prober?.terminate();
    // A graceful stop when profiling (the profile is written at exit).
    await worker?.kill(WORKER_NODE_ARGS.length ? 'SIGTERM' : 'SIGKILL');
    await api?.stop('SIGKILL');
    await pg.end();
    await sink.stop();
    await redis.cleanup();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);

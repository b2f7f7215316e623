// Pages as the web app loads them (issue 18; prints figures, never a timed assertion).
//   node tests/bench/run.mjs tests/bench/page-loads.bench.ts [--processes=1|2] [--seconds=5]
//        [--pool=10] [--connections=5,50] [--only=home|cop|discover|thread] [--explain]
// Replays, per page, the GraphQL operations the web app sends when it opens it, as recorded by
// the browser test tests/browser/page-operations.spec.ts in fixtures/page-operations.json
// (operation names and variables; the seeded ids become the real ones of the CoP data set of
// cop-data-set.ts). Operations go by hash, as the web app sends them, to an API that runs
// only listed operations (GRAPHQL_PERSISTED_ONLY, as in production).
//
// A page load is the page's operations one after another on one keep-alive connection (an
// upper bound: the browser sends some of them side by side); `--connections` page loads run
// at once. The API runs as `--processes` node cluster processes sharing one port (each with a
// pool of `--pool` connections), forked from this script; the load comes from a worker thread
// of this process, on the same 2 cores as the API and PostgreSQL.
//
// Beside it, the raw SQL of the same page: an in-process API answers each operation once
// first, and the statements TypeORM hands its logger (the QueryCountingLogger) are recorded
// and replayed in order straight through `pg`, with the same concurrency and pool size.
import 'reflect-metadata';

import { type AppConfig, loadConfig } from '@leerhuis/platform-config';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from '@leerhuis/platform-testing';

import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real API
import { createApiApp } from '../../apps/api/src/bootstrap';
import { persistedHash } from '../support/persisted-operations';
import { freePort } from '../support/processes';
import { MEASURED_EMAIL, seedCopDataSet } from './cop-data-set';
import {
  arg,
  explain,
  figures,
  type LoadResult,
  percentile,
  profile,
  runRawSql,
} from './load-support';

interface Statement {
  query: string;
  parameters: unknown[];
}
interface Fixture {
  pages: Record<
    string,
    { path: string; operations: { operationName: string; variables: Record<string, unknown> }[] }
  >;
}

const FIXTURE = join(__dirname, 'fixtures/page-operations.json');
function apiConfig(env: Record<string, string>): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    SMTP_URL: 'smtp://127.0.0.1:1',
    REDIS_URL: TEST_REDIS_URL,
    LOG_LEVEL: 'silent',
    GRAPHQL_PERSISTED_ONLY: 'true',
    // One member and one IP on purpose: do not rate-limit them as a script.
    GRAPHQL_EXPENSIVE_LIMIT_PER_MEMBER: '1000000',
    GRAPHQL_EXPENSIVE_LIMIT_PER_IP: '1000000',
    ...env,
  });
}

/** A cluster worker: one API process on the shared port, until the primary stops it. */
async function apiProcess(): Promise<void> {
  const env = JSON.parse(process.env.PAGE_BENCH_ENV!) as Record<string, string>;
  const app = await createApiApp(apiConfig(env));
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  await app.listen(Number(env.API_PORT), '127.0.0.1');
}

// Plain JavaScript in a worker thread (the SWC hook covers the main thread only): `connections`
// page loads at a time, each the page's requests in order on its own keep-alive connection; a
// load with any error counts as one. node:http, not fetch: the client shares the 2 cores with
// the API, and fetch costs several times more CPU per request.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, token, bodies, connections, seconds } = workerData;
const target = new URL(url);
const post = (agent, body) =>
  new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: 'Bearer ' + token,
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve(res.statusCode === 200 && !text.includes('"errors"')));
        res.on('error', () => resolve(false));
      },
    );
    req.on('error', () => resolve(false));
    req.end(body);
  });
(async () => {
  const latencies = [];
  const operationLatencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const user = async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    while (performance.now() < deadline) {
      const t0 = performance.now();
      let ok = true;
      for (const body of bodies) {
        const s0 = performance.now();
        if (!(await post(agent, body))) ok = false;
        operationLatencies.push(performance.now() - s0);
      }
      latencies.push(performance.now() - t0);
      if (!ok) errors += 1;
    }
    agent.destroy();
  };
  await Promise.all(Array.from({ length: connections }, user));
  const elapsed = (performance.now() - started) / 1000;
  parentPort.postMessage({
    requests: latencies.length,
    errors,
    seconds: elapsed,
    latenciesMs: latencies,
    operationLatenciesMs: operationLatencies,
  });
})();
`;

function loadPages(options: {
  url: string;
  token: string;
  bodies: string[];
  connections: number;
  seconds: number;
}): Promise<LoadResult & { operationLatenciesMs: number[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: options });
    worker.once('message', (result: LoadResult & { operationLatenciesMs: number[] }) => {
      void worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

/** The real ids behind the fixture's placeholders: the measured member's CoP and its thread. */
async function placeholders(url: string): Promise<Map<string, string>> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { rows } = await db.query<{ member: string; cop: string; slug: string; thread: string }>(
      `SELECT m.id AS member, c.id AS cop, c.slug,
              (SELECT t.id FROM discussion_thread t WHERE t.community_id = c.id
                ORDER BY t.last_activity_at DESC LIMIT 1) AS thread
         FROM member m JOIN community_membership cm ON cm.member_id = m.id
         JOIN community c ON c.id = cm.community_id
        WHERE m.email = $1 AND c.join_policy <> 'HIDDEN'
        ORDER BY c.slug LIMIT 1`,
      [MEASURED_EMAIL],
    );
    const [{ member, cop, slug, thread }] = rows;
    return new Map([
      ['$memberId', member],
      ['$communityId', cop],
      ['$communitySlug', slug],
      ['$threadId', thread],
    ]);
  } finally {
    await db.end();
  }
}

function fill(value: unknown, ids: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => fill(v, ids));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, ids)]));
  return typeof value === 'string' ? (ids.get(value) ?? value) : value;
}

/** Starts `count` API processes on `port`; resolves when every one listens. */
async function startProcesses(count: number, env: Record<string, string>): Promise<() => void> {
  const workers = Array.from({ length: count }, () =>
    cluster.fork({ PAGE_BENCH_ENV: JSON.stringify(env) }),
  );
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('listening', () => resolve());
          worker.once('exit', (code) => reject(new Error(`API process exited (${code})`)));
        }),
    ),
  );
  return () => workers.forEach((worker) => worker.process.kill('SIGTERM'));
}

async function main(): Promise<void> {
  const processes = arg('processes', 1);
  const seconds = Math.min(arg('seconds', 5), 10);
  const poolSize = arg('pool', 10);
  const concurrencies = (
    process.argv.find((a) => a.startsWith('--connections='))?.split('=')[1] ?? '5,50'
  )
    .split(',')
    .map(Number);
  const only = process.argv.find((a) => a.startsWith('--only='))?.split('=')[1];
  console.log(
    `Page loads — node ${process.version}, ${cpus().length} CPUs, ${processes} API process(es), ` +
      `pool ${poolSize} each, ${seconds} s per measurement`,
  );
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;
  const database = await createTestDatabase();
  const redis = testRedisPrefix();
  const pool = new Pool({ connectionString: database.url, max: poolSize });
  let stopProcesses: (() => void) | undefined;
  try {
    const { token } = await seedCopDataSet(database.url);
    const ids = await placeholders(database.url);
    const env = {
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(poolSize),
      REDIS_PREFIX: redis.prefix,
    };

    // Once per operation in-process: check it and record its SQL.
    const api = await createApiApp(apiConfig({ ...env, API_PORT: '0' }));
    await api.listen(0, '127.0.0.1');
    const { port: inProcessPort } = api.getHttpServer().address() as { port: number };
    const logger = api.get(DataSource).logger;
    const captured: Statement[] = [];
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      captured.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
      return logQuery(query, parameters, runner);
    };
    const pages: { name: string; bodies: string[]; statements: Statement[] }[] = [];
    for (const [name, page] of Object.entries(fixture.pages)) {
      if (only && name !== only) continue;
      const bodies = page.operations.map(({ operationName, variables }) => {
        const sha256Hash = persistedHash(operationName);
        const filled = fill(variables, ids);
        return JSON.stringify({
          variables: filled,
          extensions: { persistedQuery: { version: 1, sha256Hash } },
        });
      });
      const statements: Statement[] = [];
      for (const body of bodies) {
        const send = () =>
          fetch(`http://127.0.0.1:${inProcessPort}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body,
          }).then((r) => r.text());
        const answer = await send();
        if (answer.includes('"errors"')) throw new Error(`${name}: ${body} → ${answer}`);
        captured.length = 0;
        await send();
        statements.push(...captured);
      }
      pages.push({ name, bodies, statements });
    }
    await api.close();

    const port = await freePort();
    stopProcesses = await startProcesses(processes, { ...env, API_PORT: String(port) });
    const url = `http://127.0.0.1:${port}/graphql`;

    // Which statements a page's time goes to; `--explain` adds their plans.
    const statementTimes: Record<string, string>[] = [];
    for (const page of pages) {
      statementTimes.push(...(await profile(pool, page.name, page.statements)));
      if (process.argv.includes('--explain')) await explain(pool, page.name, page.statements);
    }
    console.log('Each statement of one page load, alone on an idle pool (mean of 20 runs):');
    console.table(statementTimes);

    const rows: Record<string, string | number>[] = [];
    for (const page of pages) {
      for (const connections of concurrencies) {
        // Warm-up (JIT, pools, plans), then the measurement.
        await loadPages({ url, token, bodies: page.bodies, connections, seconds: 2 });
        const graphql = await loadPages({ url, token, bodies: page.bodies, connections, seconds });
        await runRawSql(pool, page.statements, connections, 1);
        const raw = await runRawSql(pool, page.statements, connections, seconds);
        const g = figures(graphql);
        const r = figures(raw);
        rows.push({
          page: `${page.name} (${fixture.pages[page.name].path})`,
          operations: page.bodies.length,
          'SQL statements': page.statements.length,
          connections,
          'page loads/s': g.rps.toFixed(0),
          'page p50 ms': g.p50.toFixed(1),
          'page p99 ms': g.p99.toFixed(1),
          'operation p99 ms': percentile(
            graphql.operationLatenciesMs.sort((a, b) => a - b),
            99,
          ).toFixed(1),
          errors: graphql.errors,
          'raw pg loads/s': r.rps.toFixed(0),
          'raw p99 ms': r.p99.toFixed(1),
          'GraphQL / raw': `${((100 * g.rps) / r.rps).toFixed(0)}%`,
        });
      }
    }
    console.table(rows);
    console.log(
      'Target (issue 18): p99 < 50 ms at 5 connections for every operation a page sends (operation p99).',
    );
  } finally {
    stopProcesses?.();
    await pool.end();
    await redis.cleanup();
    await database.drop();
  }
}

if (cluster.isWorker) {
  void apiProcess();
} else {
  void main().then(
    () => process.exit(),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

// CoP home, discover and search benchmark (prints figures; never a timed assertion).
//   node tests/bench/run.mjs tests/bench/cop-home-and-discover.bench.ts [--seconds=10]
//        [--connections=50] [--pool=10] [--session-cache=seconds] [--explain] [--only=home|discover|pipeline|search[,…]]
// Search (issue 15): node tests/bench/run.mjs tests/bench/cop-home-and-discover.bench.ts
//        --only=search --connections=5
// Creates its own database, bulk-loads 500 CoPs, 20,000 members, their memberships and (when the
// discussions tables exist) 200,000 posts with server-side generate_series, starts the real API
// in-process and measures two queries on loopback for a member in 20 CoPs. In the same run it
// replays the exact SQL the API issued for one request directly with `pg`: the limit the API
// cannot beat, and the ratio between the two.
//
// The load comes from autocannon's programmatic API on loopback (`--connections` keep-alive
// connections, one request in flight on each, each measurement ≤ `--seconds` and at most
// 200,000 requests). It runs in a worker thread so it does not queue behind the API's own work
// on the main event loop, but it shares the machine's cores with the API and Postgres.
import 'reflect-metadata';

import { loadConfig } from '@leerhuis/platform-config';
import { QueryCountingLogger } from '@leerhuis/platform-database';
import { ViewerCache } from '@leerhuis/platform-graphql';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from '@leerhuis/platform-testing';

import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type autocannon from 'autocannon';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real API in-process
import { createApiApp } from '../../apps/api/src/bootstrap';
import {
  COMMUNITIES,
  MEASURED_MEMBER_COMMUNITIES,
  MEMBERS,
  MEMBERSHIPS_PER_MEMBER,
  seedCopDataSet,
} from './cop-data-set';
import {
  arg,
  type AutocannonResult,
  explain,
  figures,
  type LoadResult,
  mainThreadCpuMs,
  profile,
  runRawSql,
} from './load-support';

const SEARCH_FIELDS = `query
    communities { hasMore hits { id slug name { text highlights { start length } } snippet { text highlights { start length } } } }
    discussions { hasMore hits { threadId replyId title { text highlights { start length } } snippet { text highlights { start length } } community { name slug } createdAt } }
    lessons { hasMore hits { id title { text highlights { start length } } snippet { text highlights { start length } } community { name slug } } }
    members { hasMore hits { id name { text highlights { start length } } jobRole snippet { text highlights { start length } } } }`;

const QUERIES = {
  'discover: communities(search: "samenwerking", first: 20)': `query Discover {
    communities(search: "samenwerking", first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id slug name goal themes phase joinPolicy memberCount lastActivityAt viewerMembership { role status } }
    }
  }`,
  'home: communities(mine: true, first: 20)': `query Home {
    communities(mine: true, first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id slug name phase memberCount lastActivityAt viewerMembership { role status } }
    }
  }`,
  // One search for everything (issue 15): a word in every thread, a typo, two rarer words.
  'search: "samenwerking" (first: 5)': `query Search { search(query: "samenwerking", first: 5) { ${SEARCH_FIELDS} } }`,
  'search: "samenwerking" (first: 20)': `query Search { search(query: "samenwerking", first: 20) { ${SEARCH_FIELDS} } }`,
  'search: "samenwerkng" (typo, first: 5)': `query Search { search(query: "samenwerkng", first: 5) { ${SEARCH_FIELDS} } }`,
  'search: "energietransitie ketens" (first: 5)': `query Search { search(query: "energietransitie ketens", first: 5) { ${SEARCH_FIELDS} } }`,
  // The floor: the HTTP, Nest and Apollo pipeline with only the session lookup behind it.
  'pipeline: { __typename } (session only)': `query Pipeline { __typename }`,
};

// autocannon runs in a worker thread; plain JavaScript, as the SWC hook only covers the main
// thread. A response counts as an error unless it is a 200 without GraphQL `errors`.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const autocannon = require(workerData.autocannon);
autocannon(
  { ...workerData.options, verifyBody: (text) => !String(text).includes('"errors"') },
  (error, raw) => {
    if (error) throw error;
    // Off the main thread autocannon leaves its histograms encoded: aggregate them here.
    const result = autocannon.aggregateResult([raw], workerData.options);
    parentPort.postMessage({
      requests: result.requests.total,
      sent: result.requests.sent,
      errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
      seconds: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
    });
  },
);
`;

function runLoad(options: {
  url: string;
  query: string;
  token: string;
  connections: number;
  seconds: number;
}): Promise<LoadResult> {
  const host = new URL(options.url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error('loopback only');
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, {
      eval: true,
      workerData: {
        autocannon: require.resolve('autocannon'),
        options: {
          url: options.url,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${options.token}`,
          },
          body: JSON.stringify({ query: options.query }),
          connections: options.connections,
          pipelining: 1,
          duration: options.seconds,
          maxOverallRequests: 200_000,
          timeout: 10,
        } satisfies autocannon.Options,
      },
    });
    worker.once('message', (result: AutocannonResult) => {
      void worker.terminate();
      resolve({
        requests: result.requests,
        sent: result.sent,
        errors: result.errors,
        seconds: result.seconds,
        latenciesMs: [],
        p50: result.p50,
        p99: result.p99,
      });
    });
    worker.once('error', reject);
  });
}

/** Where the time of one request goes: each statement alone, sequentially. */
async function main(): Promise<void> {
  const seconds = Math.min(arg('seconds', 10), 10);
  const connections = arg('connections', 50);
  const poolSize = arg('pool', 10);
  const sessionCache = process.argv.some((a) => a.startsWith('--session-cache='))
    ? arg('session-cache', 5)
    : undefined;
  console.log(
    `CoP home and discover benchmark — node ${process.version}, ${cpus().length} CPUs, ` +
      `${connections} connections, pool ${poolSize}, ${seconds} s per measurement`,
  );
  const database = await createTestDatabase();
  const redis = testRedisPrefix();
  let api: NestFastifyApplication | undefined;
  const pool = new Pool({ connectionString: database.url, max: poolSize });
  try {
    const { posts, token } = await seedCopDataSet(database.url);
    console.table({
      communities: COMMUNITIES,
      members: MEMBERS + 1,
      memberships: MEMBERS * MEMBERSHIPS_PER_MEMBER + MEASURED_MEMBER_COMMUNITIES,
      'measured member in': `${MEASURED_MEMBER_COMMUNITIES} CoPs`,
      posts,
    });
    const config = loadConfig({
      NODE_ENV: 'test',
      API_PORT: '0',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(poolSize),
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: 'smtp://127.0.0.1:1',
      LOG_LEVEL: 'silent',
      // The load is one member and one IP on purpose: expensive operations (a search page of
      // 20) would otherwise be rate-limited after 120 a minute, as for a script.
      GRAPHQL_EXPENSIVE_LIMIT_PER_MEMBER: '1000000',
      GRAPHQL_EXPENSIVE_LIMIT_PER_IP: '1000000',
      // --session-cache=0 measures without the session cache (issue 18); default as configured.
      ...(sessionCache === undefined ? {} : { SESSION_CACHE_SECONDS: String(sessionCache) }),
    });
    api = await createApiApp(config);
    await api.listen(0, '127.0.0.1');
    const { port } = api.getHttpServer().address() as { port: number };
    const url = `http://127.0.0.1:${port}/graphql`;
    const dataSource = api.get(DataSource);

    // Record the SQL of one request as the API issues it (TypeORM hands every statement to
    // the logger), to replay it with pg.
    const captured: { query: string; parameters: unknown[] }[] = [];
    let capturing = false;
    const logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      if (capturing)
        captured.push({ query, parameters: Array.isArray(parameters) ? parameters : [] });
      return logQuery(query, parameters, runner);
    };

    const rows: Record<string, string | number>[] = [];
    const profiles: Record<string, string>[] = [];
    // --only=home,discover,pipeline: the queries whose name starts with one of these.
    const only = process.argv
      .find((a) => a.startsWith('--only='))
      ?.split('=')[1]
      ?.split(',');
    for (const [name, query] of Object.entries(QUERIES)) {
      if (only && !only.some((prefix) => name.startsWith(prefix))) continue;
      const check = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { communities?: unknown; search?: Record<string, { hits: unknown[] } | string> };
            errors?: unknown;
          }>,
      );
      if (check.errors) throw new Error(`${name}: ${JSON.stringify(check.errors)}`);
      const found = check.data!.search;
      const page = (
        found
          ? // Search: the hits of every kind on the page.
            {
              totalCount: NaN,
              nodes: Object.values(found).flatMap((g) => (typeof g === 'string' ? [] : g.hits)),
            }
          : (check.data!.communities ?? { totalCount: 0, nodes: [] })
      ) as {
        totalCount: number;
        nodes: unknown[];
      };

      // The raw-SQL reference includes the session lookup, as every request did before the
      // session cache (issue 18): the cache's gain shows in the GraphQL figure, not here.
      api.get(ViewerCache).clear();
      captured.length = 0;
      capturing = true;
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      }).then((r) => r.text());
      capturing = false;
      const statements = [...captured];
      profiles.push(...(await profile(pool, name, statements)));
      if (process.argv.includes('--explain')) await explain(pool, name, statements);

      // Warm-up (JIT, pools, plans), then the measurement.
      await runLoad({ url, query, token, connections, seconds: 2 });
      const before = QueryCountingLogger.total;
      const cpuBefore = mainThreadCpuMs();
      const graphql = await runLoad({ url, query, token, connections, seconds });
      const cpuPerRequest = (mainThreadCpuMs() - cpuBefore) / graphql.requests;
      // Divided by the requests sent: those in flight at the end issued (most of) their SQL too.
      const sqlPerRequest =
        (QueryCountingLogger.total - before) / (graphql.sent ?? graphql.requests);

      // --graphql-only: for profiling the API (node --cpu-prof) without the raw-SQL phase.
      const rawSeconds = process.argv.includes('--graphql-only') ? 0.1 : seconds;
      await runRawSql(pool, statements, connections, Math.min(2, rawSeconds));
      const raw = await runRawSql(pool, statements, connections, rawSeconds);
      const g = figures(graphql);
      const r = figures(raw);
      rows.push({
        query: name,
        'rows (total)': Number.isNaN(page.totalCount)
          ? `${page.nodes.length} hits`
          : `${page.nodes.length} (${page.totalCount})`,
        'GraphQL req/s': g.rps.toFixed(0),
        'p50 ms': g.p50.toFixed(1),
        'p99 ms': g.p99.toFixed(1),
        'API CPU µs/req': (1000 * cpuPerRequest).toFixed(0),
        'SQL/req': `${statements.length} (${sqlPerRequest.toFixed(2)} under load)`,
        errors: graphql.errors,
        'raw pg req/s': r.rps.toFixed(0),
        'raw p99 ms': r.p99.toFixed(1),
        'GraphQL / raw': `${((100 * g.rps) / r.rps).toFixed(0)}%`,
      });
    }
    console.log('\nEach statement of one request, alone on an idle pool (mean of 20 runs):');
    console.table(profiles);
    console.table(rows);
    console.log(
      'Targets (issue 18): at 50 connections GraphQL ≥ 50% of the raw-SQL limit for home and ' +
        'discover and ≥ 40% for the floor; p99 < 50 ms at 5 connections; SQL/req constant in ' +
        'page size. Search (issue 15): p99 < 50 ms at 5 connections, SQL/req constant in page size.',
    );
  } finally {
    await api?.close();
    await pool.end();
    await redis.cleanup();
    await database.drop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

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

import { createHash, randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type autocannon from 'autocannon';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the benchmark runs the real API in-process
import { createApiApp } from '../../apps/api/src/bootstrap';

const COMMUNITIES = 500;
const MEMBERS = 20_000;
const MEMBERSHIPS_PER_MEMBER = 5;
const MEASURED_MEMBER_COMMUNITIES = 20;
const THREADS = 40_000;
const REPLIES = 160_000;
const LESSONS = 5_000;
const MEASURED_EMAIL = 'meetlid@minbzk.nl';

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

interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  /** Requests sent, including those still in flight when the measurement stopped. */
  sent?: number;
  /** Every latency (raw pg); autocannon reports its own percentiles instead. */
  latenciesMs: number[];
  p50?: number;
  p99?: number;
}

interface AutocannonResult {
  requests: number;
  sent: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
}

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

/** Bulk load with server-side generate_series: a few seconds for the whole data set. */
async function load(url: string): Promise<{ posts: string; token: string }> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const started = Date.now();
  try {
    await db.query(`
      INSERT INTO member (email, name, organisation_id, job_role)
      SELECT 'lid' || n || '@minbzk.nl', 'Lid ' || n,
             (SELECT array_agg(id ORDER BY id) FROM organisation)[1 + n % 12], 'ADVISER'
        FROM generate_series(1, ${MEMBERS}) n`);
    // One CoP in five is about samenwerking/samenwerken (Dutch stemming finds both); one in ten
    // is hidden, one in four joins on request.
    await db.query(`
      INSERT INTO community (slug, name, goal, domain, themes, join_policy, phase, status,
                             starts_on, last_activity_at)
      SELECT 'cop-' || n,
             (ARRAY['Ketenpartners', 'Wonen en zorg', 'Data en AI', 'Energietransitie',
                    'Regeldruk'])[1 + n % 5] || ' ' || n,
             CASE WHEN n % 5 = 0 THEN 'Beter samenwerken tussen uitvoering en beleid'
                  ELSE 'Leren van elkaars praktijk in programma ' || n END,
             CASE WHEN n % 7 = 0 THEN 'Samenwerking in de keten' ELSE 'Rijksbreed' END,
             ARRAY[(ARRAY['uitvoering', 'wonen', 'digitalisering', 'klimaat', 'zorg'])[1 + n % 5]],
             CASE WHEN n % 10 = 0 THEN 'HIDDEN' WHEN n % 4 = 0 THEN 'ON_REQUEST' ELSE 'OPEN' END,
             (ARRAY['PREPARATION', 'CONNECTION_AND_TRUST', 'DEEPENING', 'OWNERSHIP', 'HARVEST'])[1 + n % 5],
             'ACTIVE', DATE '2026-01-01', now() - (n || ' minutes')::interval
        FROM generate_series(1, ${COMMUNITIES}) n`);
    await db.query(`
      CREATE TEMP TABLE cop AS
        SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM community`);
    await db.query(`
      CREATE TEMP TABLE lid AS
        SELECT id, (row_number() OVER (ORDER BY id) - 1)::int AS idx FROM member`);
    // Distinct CoPs per member: 97·k mod 500 differs for k = 1..5.
    await db.query(`
      INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
      SELECT cop.id, lid.id, 'MEMBER', 'ACTIVE', now()
        FROM lid CROSS JOIN generate_series(1, ${MEMBERSHIPS_PER_MEMBER}) k
        JOIN cop ON cop.idx = (lid.idx * 7 + k * 97) % ${COMMUNITIES}`);
    await db.query(`
      UPDATE community_membership SET role = 'COORDINATOR'
       WHERE id IN (SELECT DISTINCT ON (community_id) id FROM community_membership
                     ORDER BY community_id, id)`);
    // The measured member: in 20 CoPs spread over the list (hidden ones among them).
    await db.query(
      `INSERT INTO member (email, name, organisation_id, job_role)
       VALUES ($1, 'Meet Lid', (SELECT min(id::text)::uuid FROM organisation), 'ADVISER')`,
      [MEASURED_EMAIL],
    );
    await db.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       SELECT cop.id, (SELECT id FROM member WHERE email = $1), 'MEMBER', 'ACTIVE', now()
         FROM cop WHERE cop.idx % ${COMMUNITIES / MEASURED_MEMBER_COMMUNITIES} = 0`,
      [MEASURED_EMAIL],
    );
    let posts = 'not loaded: the discussions tables (migration 1763800000005) do not exist';
    const [{ present }] = (
      await db.query(`SELECT to_regclass('discussion_reply') IS NOT NULL AS present`)
    ).rows;
    if (present) {
      await db.query(`
        INSERT INTO discussion_thread (community_id, author_id, title, body, created_at,
                                       last_activity_at)
        SELECT cop.id, lid.id, 'Draad ' || n, 'Wat vinden jullie van samenwerking ' || n || '?',
               now() - (n || ' seconds')::interval, now() - (n || ' seconds')::interval
          FROM generate_series(1, ${THREADS}) n
          JOIN cop ON cop.idx = n % ${COMMUNITIES}
          JOIN lid ON lid.idx = (n * 13) % ${MEMBERS}`);
      await db.query(`
        CREATE TEMP TABLE draad AS
          SELECT id, community_id, (row_number() OVER (ORDER BY id) - 1)::int AS idx
            FROM discussion_thread`);
      await db.query(`
        INSERT INTO discussion_reply (thread_id, community_id, author_id, body, created_at)
        SELECT draad.id, draad.community_id, lid.id, 'Antwoord ' || n,
               now() - (n || ' seconds')::interval
          FROM generate_series(1, ${REPLIES}) n
          JOIN draad ON draad.idx = n % ${THREADS}
          JOIN lid ON lid.idx = (n * 31) % ${MEMBERS}`);
      posts = `${(THREADS + REPLIES).toLocaleString('en')} (${THREADS.toLocaleString('en')} threads, ${REPLIES.toLocaleString('en')} replies)`;
    }
    const [{ lessons }] = (
      await db.query(`SELECT to_regclass('harvest_lesson') IS NOT NULL AS lessons`)
    ).rows;
    if (lessons) {
      // Lessons for search: one in two shared with the platform, some about the keten.
      await db.query(`
        INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
        SELECT cop.id, lid.id,
               (ARRAY['Samenwerking vraagt tijd', 'Ketens verbinden', 'Energietransitie lokaal',
                      'Regels die knellen', 'Leren van elkaar'])[1 + n % 5] || ' ' || n,
               'Wat we leerden over de keten en samenwerking in programma ' || n,
               'PROFESSIONAL_DEVELOPMENT', CASE WHEN n % 2 = 0 THEN 'PLATFORM' ELSE 'MEMBERS' END
          FROM generate_series(1, ${LESSONS}) n
          JOIN cop ON cop.idx = n % ${COMMUNITIES}
          JOIN lid ON lid.idx = (n * 17) % ${MEMBERS}`);
      posts += `; ${LESSONS.toLocaleString('en')} lessons`;
    }
    // As autovacuum would have left it: the member-count trigger rewrote each CoP row per
    // membership loaded above.
    await db.query(`VACUUM ANALYZE`);
    const token = randomBytes(32).toString('base64url');
    await db.query(
      `INSERT INTO session (token_hash, email, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [createHash('sha256').update(token).digest('hex'), MEASURED_EMAIL],
    );
    console.log(`loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { posts, token };
  } finally {
    await db.end();
  }
}

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

/** The same statements, in the same order, straight through `pg` with the same pool size. */
async function runRawSql(
  pool: Pool,
  statements: { query: string; parameters: unknown[] }[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let requests = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      requests += 1;
      const t0 = performance.now();
      try {
        for (const s of statements) await pool.query(s.query, s.parameters);
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return {
    requests,
    errors,
    seconds: (performance.now() - started) / 1000,
    latenciesMs: latencies,
  };
}

/** Where the time of one request goes: each statement alone, sequentially. */
async function profile(
  pool: Pool,
  name: string,
  statements: { query: string; parameters: unknown[] }[],
): Promise<Record<string, string>[]> {
  const result: Record<string, string>[] = [];
  for (const s of statements) {
    await pool.query(s.query, s.parameters);
    const t0 = performance.now();
    for (let i = 0; i < 20; i += 1) await pool.query(s.query, s.parameters);
    result.push({
      query: name.split(':')[0],
      statement: s.query.replace(/\s+/g, ' ').slice(0, 90),
      'ms each': ((performance.now() - t0) / 20).toFixed(2),
    });
  }
  return result;
}

/** `--explain`: each statement of one request with its EXPLAIN ANALYZE plan. */
async function explain(
  pool: Pool,
  name: string,
  statements: { query: string; parameters: unknown[] }[],
): Promise<void> {
  for (const s of statements) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${s.query}`,
      s.parameters,
    );
    console.log(`\n-- ${name}\n${s.query}\n-- ${JSON.stringify(s.parameters)}`);
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const figures = (r: LoadResult) => {
  const sorted = [...r.latenciesMs].sort((a, b) => a - b);
  return {
    rps: r.requests / r.seconds,
    p50: r.p50 ?? percentile(sorted, 50),
    p99: r.p99 ?? percentile(sorted, 99),
  };
};

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
    const { posts, token } = await load(database.url);
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
      const graphql = await runLoad({ url, query, token, connections, seconds });
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
      'Targets (issue 3): SQL/req constant in page size (see the harvest/communities SQL-count ' +
        'tests); p99 < 50 ms at 50 connections; GraphQL ≥ 40% of the raw-SQL limit. ' +
        'Search (issue 15): p99 < 50 ms at 5 connections, SQL/req constant in page size.',
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

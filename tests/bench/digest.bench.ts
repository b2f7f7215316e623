// Weekly digest benchmark (prints figures; never a timed assertion).
//   node tests/bench/run.mjs tests/bench/digest.bench.ts [--members=100000] [--concurrency=5]
//        [--pool=10] [--smtp-connections=<config>] [--smtp-messages=<config>] [--worker-nice=10]
//        [--worker-node-args='--cpu-prof --cpu-prof-dir=/tmp/prof']
// Creates its own database and bulk-loads (server-side generate_series) the members in one CoP
// per 50 members (3 memberships each; 6 in 10 CoPs open, the rest on request, invite-only or
// hidden) with a week of activity: 5 new threads per CoP with 3 replies each, an upcoming
// meeting per CoP, a harvest lesson per CoP (1 in 100 shared platform-wide) and 2% of the
// memberships new this week. Then it makes every member due and runs the weekly digest end to
// end: the real worker as a child process (started from source) runs the planner and the chunk
// jobs on real BullMQ/Redis, and sends through a pooled SMTP transport (SMTP_POOL_CONNECTIONS,
// SMTP_POOL_MESSAGES: the config's defaults unless given) into an in-process sink that counts
// and discards. Peak memory is the worker process's VmHWM (peak resident set size, /proc).
// In the same run, before and after the digests: the pooled raw rate, as many pre-composed
// messages as digests sent, through a nodemailer transport with the same pool settings, from
// a process of its own at the worker's priority, with no database or job work.
import { planDigestsJob } from '@leerhuis/digests';
import { AppConfig } from '@leerhuis/platform-config';
import { renderEmail } from '@leerhuis/platform-mail';
import { bullPrefix } from '@leerhuis/platform-queue';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from '@leerhuis/platform-testing';

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg, setPriority } from 'node:os';
import { Queue } from 'bullmq';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { Client } from 'pg';

import { peakRssMiB, SmtpSink, WorkerProcess } from '../integration/digests-support';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const defaults = new AppConfig();
const MEMBERS = Number(arg('members', '100000'));
/** One CoP per 50 members: 2,000 CoPs for 100,000 members. */
const COMMUNITIES = Math.max(20, Math.round(MEMBERS / 50));
const MEMBERSHIPS_PER_MEMBER = 3;
const THREADS_PER_COMMUNITY = 5;
const REPLIES_PER_THREAD = 3;
const CONCURRENCY = Number(arg('concurrency', String(defaults.WORKER_CONCURRENCY)));
const POOL = Number(arg('pool', String(defaults.DATABASE_POOL_SIZE)));
const SMTP_CONNECTIONS = Number(arg('smtp-connections', String(defaults.SMTP_POOL_CONNECTIONS)));
const SMTP_MESSAGES = Number(arg('smtp-messages', String(defaults.SMTP_POOL_MESSAGES)));
const WORKER_NICE = Number(arg('worker-nice', String(defaults.WORKER_NICE)));
/** Node options for the worker only, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile it. */
const WORKER_NODE_ARGS = arg('worker-node-args', '').split(' ').filter(Boolean);
const MAX_MINUTES = Number(arg('max-minutes', '30'));

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** CPU seconds (user + system) a process used so far; Linux /proc, 100 ticks a second. */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

async function seed(pg: Client): Promise<void> {
  const started = Date.now();
  await pg.query(`SET synchronous_commit = off`);
  await pg.query(
    `INSERT INTO member (email, name, organisation_id, job_role, language)
     SELECT 'lid' || i || '@bench.example', 'Lid ' || i, '00000000-0000-4000-8000-000000000003',
            'ADVISER', CASE WHEN i % 5 = 0 THEN 'en' ELSE 'nl' END
       FROM generate_series(0, $1 - 1) AS i`,
    [MEMBERS],
  );
  await pg.query(`CREATE TABLE bench_member AS
    SELECT substring(email FROM 'lid(\\d+)@')::int AS i, id FROM member`);
  await pg.query(`CREATE UNIQUE INDEX ON bench_member (i)`);
  await pg.query(
    `INSERT INTO community (slug, name, join_policy, status, starts_on)
     SELECT 'kring-' || i, 'Kring ' || i,
            CASE WHEN i % 10 < 6 THEN 'OPEN' WHEN i % 10 < 8 THEN 'ON_REQUEST'
                 WHEN i % 10 = 8 THEN 'INVITE_ONLY' ELSE 'HIDDEN' END,
            'ACTIVE', '2026-01-01'
       FROM generate_series(0, $1 - 1) AS i`,
    [COMMUNITIES],
  );
  await pg.query(`CREATE TABLE bench_community AS
    SELECT substring(slug FROM 'kring-(\\d+)')::int AS i, id FROM community`);
  await pg.query(`CREATE UNIQUE INDEX ON bench_community (i)`);
  // The member count trigger updates a CoP row per membership: 300,000 updates of 2,000 rows
  // took most of the seeding. Off while loading, then counted once.
  await pg.query(`ALTER TABLE community_membership DISABLE TRIGGER community_member_count`);
  // Member i is in CoPs (i + k * 613) mod 2000 for k = 0..2; 2% of memberships new this week.
  await pg.query(
    `INSERT INTO community_membership (community_id, member_id, status, joined_at)
     SELECT c.id, m.id, 'ACTIVE',
            CASE WHEN (m.i + k) % 50 = 0 THEN now() - interval '3 days' ELSE now() - interval '90 days' END
       FROM bench_member m CROSS JOIN generate_series(0, $1 - 1) AS k
       JOIN bench_community c ON c.i = (m.i + k * 613) % $2`,
    [MEMBERSHIPS_PER_MEMBER, COMMUNITIES],
  );
  await pg.query(`ALTER TABLE community_membership ENABLE TRIGGER community_member_count`);
  await pg.query(
    `UPDATE community c SET member_count = n.count
       FROM (SELECT community_id, count(*)::int AS count FROM community_membership
              WHERE status = 'ACTIVE' GROUP BY community_id) n
      WHERE n.community_id = c.id`,
  );
  // Authors: member (c + t * 2000) is in CoP c (k = 0), so posts come from members.
  await pg.query(
    `INSERT INTO discussion_thread (community_id, author_id, title, body, created_at, last_activity_at)
     SELECT c.id, m.id, 'Vraag ' || t || ' in kring ' || c.i,
            'Wie heeft **ervaring** met [ketensamenwerking](https://example.nl)? ' || repeat('Meer tekst. ', 30),
            now() - make_interval(hours => 12 + t * 20), now() - make_interval(hours => 12 + t * 20)
       FROM bench_community c CROSS JOIN generate_series(0, $1 - 1) AS t
       JOIN bench_member m ON m.i = c.i + t * $2`,
    [THREADS_PER_COMMUNITY, COMMUNITIES],
  );
  await pg.query(
    `INSERT INTO discussion_reply (thread_id, community_id, author_id, body, created_at)
     SELECT t.id, t.community_id, m.id, 'Ja, wij ook. ' || repeat('Reactie. ', 10),
            t.created_at + make_interval(hours => r + 1)
       FROM discussion_thread t CROSS JOIN generate_series(1, $1) AS r
       JOIN bench_community c ON c.id = t.community_id
       JOIN bench_member m ON m.i = c.i + (r + 5) * $2`,
    [REPLIES_PER_THREAD, COMMUNITIES],
  );
  await pg.query(
    `UPDATE discussion_thread t SET last_activity_at = r.last
       FROM (SELECT thread_id, max(created_at) AS last FROM discussion_reply GROUP BY thread_id) r
      WHERE r.thread_id = t.id`,
  );
  await pg.query(
    `INSERT INTO meeting (community_id, title, starts_at, ends_at, address, created_at, updated_at)
     SELECT c.id, 'Bijeenkomst kring ' || c.i, now() + interval '10 days', now() + interval '10 days 2 hours',
            'Turfmarkt 147, Den Haag', now() - interval '2 days', now() - interval '2 days'
       FROM bench_community c`,
  );
  await pg.query(
    `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience, created_at, updated_at)
     SELECT c.id, m.id, 'Les uit kring ' || c.i, 'Wat we leerden: ' || repeat('inzicht ', 40),
            'NEW_PRACTICE_IMPLEMENTED', CASE WHEN c.i % 100 = 0 THEN 'PLATFORM' ELSE 'MEMBERS' END,
            now() - interval '1 day', now() - interval '1 day'
       FROM bench_community c JOIN bench_member m ON m.i = c.i`,
  );
  await pg.query(`ANALYZE`);
  const { rows } = await pg.query(`SELECT
      (SELECT count(*) FROM member)::int AS members,
      (SELECT count(*) FROM community_membership)::int AS memberships,
      (SELECT count(*) FROM discussion_thread)::int AS threads,
      (SELECT count(*) FROM discussion_reply)::int AS replies,
      (SELECT count(*) FROM meeting)::int AS meetings,
      (SELECT count(*) FROM harvest_lesson)::int AS lessons`);
  log(`seeded in ${seconds(Date.now() - started)} s: ${JSON.stringify(rows[0])}`);
}

/**
 * The pooled raw rate: `count` pre-composed messages through nodemailer's pool, from a process
 * of its own (as the worker is) at the worker's priority, so the sink's event loop is not
 * shared with it and a loaded machine slows both alike.
 */
async function rawRate(
  smtpUrl: string,
  sink: SmtpSink,
  count: number,
): Promise<{ rate: number; cpuPerEmailUs: number }> {
  const before = sink.count;
  const child = spawn(
    process.execPath,
    [process.argv[1], process.argv[2], `--raw-child=${smtpUrl}`, `--raw=${count}`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('close', resolve));
  const [, ms, cpu] = (/raw ms (\d+) cpu µs (\d+)/.exec(output) ?? []).map(Number);
  if (code !== 0 || !ms) throw new Error(`raw sender exited with ${code}: ${output}`);
  // Timed by the sender itself, from its first send to its last accepted message.
  const sent = sink.count - before;
  return { rate: (sent * 1000) / ms, cpuPerEmailUs: cpu / sent };
}

/** Distinct pre-composed messages the raw sender cycles through (all 100,000 would not fit). */
const RAW_DISTINCT = 200;

async function sendRaw(smtpUrl: string, count: number): Promise<void> {
  try {
    setPriority(WORKER_NICE);
  } catch {
    // as the worker: unchanged if not allowed
  }
  // A digest as the worker sends one: three CoPs' threads (10 shown), meetings, lessons.
  const rendered = renderEmail({
    language: 'nl',
    title: 'Je overzicht van Leerhuis',
    paragraphs: ['Hallo Lid, dit is er nieuw sinds 16 november.'],
    sections: [
      ['Nieuwe en actieve discussies', 11],
      ['Bijeenkomsten in de komende vier weken', 3],
      ['Nieuwe oogst en gepubliceerde lessen', 3],
      ['Nieuwe leden', 1],
    ].map(([heading, n], s) => ({
      heading: heading as string,
      items: Array.from({ length: n as number }, (_, i) => ({
        title: `Vraag ${s}-${i} in kring ${i}`,
        url: `http://leerhuis.test/communities/kring-${i}/discussions/${randomUUID()}`,
        meta: 'Kring 12 · nieuw · 3 nieuwe reacties',
        excerpt:
          'Wie heeft ervaring met ketensamenwerking? Meer tekst. Meer tekst. Meer tekst. Meer tekst.',
      })),
    })),
    reason: 'Je krijgt dit wekelijkse overzicht omdat je lid bent van Kring 1, Kring 2 en Kring 3.',
    settingsUrl: 'http://leerhuis.test/instellingen/meldingen',
    unsubscribeUrl: 'http://leerhuis.test/afmelden/x',
  });
  const from = 'Leerhuis <noreply@leerhuis.example>';
  const messages = await Promise.all(
    Array.from({ length: RAW_DISTINCT }, (_, i) =>
      new MailComposer({
        from,
        to: `Lid ${i} <lid${i}@bench.example>`,
        subject:
          'Je overzicht van Leerhuis: 15 nieuwe discussies, 3 bijeenkomsten, 3 nieuwe lessen',
        messageId: `<${randomUUID()}@leerhuis.example>`,
        html: rendered.html,
        text: rendered.text,
        headers: {
          'List-Unsubscribe': '<http://leerhuis.test/afmelden/x>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      })
        .compile()
        .build(),
    ),
  );
  const transport = nodemailer.createTransport(
    { url: smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS, maxMessages: SMTP_MESSAGES },
    { from },
  );
  // Enough waiting in the pool's queue that no connection ever idles.
  const window = SMTP_CONNECTIONS * 4;
  let next = 0;
  const started = Date.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: window }, async () => {
      while (next < count) {
        const i = next++;
        await transport.sendMail({
          envelope: { from: 'noreply@leerhuis.example', to: [`lid${i}@bench.example`] },
          raw: messages[i % RAW_DISTINCT],
        });
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  log(`raw ms ${Date.now() - started} cpu µs ${cpu.user + cpu.system}`);
  transport.close();
}

async function main(): Promise<void> {
  const db = await createTestDatabase();
  const redis = testRedisPrefix();
  const sink = new SmtpSink({ keep: false });
  const smtpPort = await sink.start();
  const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  let worker: WorkerProcess | undefined;
  try {
    await seed(pg);
    const { rows } = await pg.query(
      `SELECT date_trunc('milliseconds', now() - interval '1 minute') AS due`,
    );
    const due: Date = rows[0].due;
    await pg.query(
      `UPDATE notification_settings SET last_digest_at = NULL, next_digest_at = $1::timestamptz`,
      [due.toISOString()],
    );
    await pg.query(`VACUUM ANALYZE notification_settings`);
    log(
      `pool: ${SMTP_CONNECTIONS} SMTP connections, ${SMTP_MESSAGES} messages each; ` +
        `worker concurrency ${CONCURRENCY}, database pool ${POOL}, nice ${WORKER_NICE}`,
    );
    const before = await rawRate(smtpUrl, sink, MEMBERS);
    const rawBefore = before.rate;
    log(`raw pooled (before): ${rawBefore.toFixed(0)} emails/s`);

    worker = new WorkerProcess(
      {
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        DATABASE_POOL_SIZE: String(POOL),
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: redis.prefix,
        SMTP_URL: smtpUrl,
        SMTP_POOL_CONNECTIONS: String(SMTP_CONNECTIONS),
        SMTP_POOL_MESSAGES: String(SMTP_MESSAGES),
        PUBLIC_URL: 'http://leerhuis.test',
        MAIL_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
        LOG_LEVEL: 'info',
        WORKER_CONCURRENCY: String(CONCURRENCY),
        WORKER_NICE: String(WORKER_NICE),
      },
      WORKER_NODE_ARGS,
    );
    await worker.ready(120_000);
    const rssAtStart = peakRssMiB(worker.pid);
    const cpuAtStart = cpuSeconds(worker.pid);
    const sentBefore = sink.count;
    const queue = new Queue(planDigestsJob.queue, {
      connection: { url: TEST_REDIS_URL },
      prefix: bullPrefix({ REDIS_PREFIX: redis.prefix }),
    });
    const started = Date.now();
    await queue.add(planDigestsJob.name, {}, { jobId: `bench-plan-${MEMBERS}` });
    let peak = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      peak = Math.max(peak, peakRssMiB(worker.pid) ?? 0);
      const { rows: left } = await pg.query(
        `SELECT count(*)::int AS n FROM notification_settings WHERE next_digest_at <= $1`,
        [due.toISOString()],
      );
      if (left[0].n === 0) break;
      if (Date.now() - started > MAX_MINUTES * 60_000) {
        log(`stopped after ${MAX_MINUTES} min with ${left[0].n} members still due`);
        break;
      }
    }
    const ms = Date.now() - started;
    const workerCpu = cpuSeconds(worker.pid) - cpuAtStart;
    peak = Math.max(peak, peakRssMiB(worker.pid) ?? 0);
    const emails = sink.count - sentBefore;
    const chunkLines = worker.lines.filter((l) => l.includes('digests: '));
    await queue.close();
    // A graceful stop (a profile is written at exit).
    await worker.kill('SIGTERM');
    const { rows: logged } = await pg.query(`SELECT count(*)::int AS n FROM sent_email`);
    // Printed now: the raw run after it takes as long again on a loaded machine.
    log(
      `digests: ${emails} emails in ${seconds(ms)} s, ${((emails * 1000) / ms).toFixed(0)} emails/s, ` +
        `worker peak RSS ${peak.toFixed(0)} MiB, worker CPU ${workerCpu.toFixed(1)} s`,
    );

    const after = await rawRate(smtpUrl, sink, emails);
    const rawAfter = after.rate;
    log(`raw pooled (after): ${rawAfter.toFixed(0)} emails/s`);
    const raw = (rawBefore + rawAfter) / 2;
    const rate = (emails * 1000) / ms;
    log(`\nweekly digest, ${MEMBERS.toLocaleString('en')} members due (${COMMUNITIES} CoPs)`);
    console.table({
      'total time (plan to last member moved on)': `${seconds(ms)} s`,
      'emails accepted by the sink': `${emails} (${logged[0].n} in sent_email)`,
      'digest rate': `${rate.toFixed(0)} emails/s`,
      'raw pooled rate (mean of before/after)': `${raw.toFixed(0)} emails/s (${rawBefore.toFixed(0)} / ${rawAfter.toFixed(0)})`,
      'digest rate / raw pooled rate': `${((rate / raw) * 100).toFixed(0)}%`,
      'worker peak RSS': `${peak.toFixed(0)} MiB (at start ${rssAtStart?.toFixed(0)} MiB)`,
      'worker CPU during the run': `${workerCpu.toFixed(1)} s (${((workerCpu * 1e6) / Math.max(1, emails)).toFixed(0)} µs per email)`,
      'raw sender CPU': `${((before.cpuPerEmailUs + after.cpuPerEmailUs) / 2).toFixed(0)} µs per email`,
      'chunk jobs': chunkLines.length,
      'machine load (1 min) at the end': loadavg()[0].toFixed(1),
    });
    log(
      `chunk jobs (last 3): ${chunkLines
        .slice(-3)
        .map((l) => /\((content[^)]*)\)/.exec(l)?.[1])
        .join(' | ')}`,
    );
  } finally {
    await worker?.kill('SIGKILL');
    await pg.end();
    await sink.stop();
    await redis.cleanup();
    await db.drop();
  }
}

const rawChild = arg('raw-child', '');
(rawChild ? sendRaw(rawChild, Number(arg('raw', '0'))) : main()).then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);

// Weekly digest benchmark (prints figures; never a timed assertion).
//   node tests/bench/run.mjs tests/bench/digest.bench.ts [--sizes=10000,50000,100000]
//        [--concurrency=5] [--pool=10] [--raw=5000]
// Creates its own database and bulk-loads (server-side generate_series) 100,000 members in
// 2,000 CoPs (3 memberships each; 6 in 10 CoPs open, the rest on request, invite-only or
// hidden) with a week of activity: 5 new threads per CoP with 3 replies each, an upcoming
// meeting per CoP, a harvest lesson per CoP (1 in 100 shared platform-wide) and 2% of the
// memberships new this week. Then, per size, it makes that many members due and runs the
// weekly digest end to end: the real worker as a child process (started from source) runs the
// planner and the chunk jobs on real BullMQ/Redis, and sends through SMTP into an in-process
// sink that counts and discards. Peak memory is the worker process's VmHWM (peak resident set
// size, /proc). In the same run: the raw rate of nodemailer sending one pre-rendered digest to
// the same sink with the same transport settings and the same number of sends in flight.
import { planDigestsJob } from '@leerhuis/digests';
import { renderEmail } from '@leerhuis/platform-mail';
import { bullPrefix } from '@leerhuis/platform-queue';
import { createTestDatabase, TEST_REDIS_URL, testRedisPrefix } from '@leerhuis/platform-testing';

import { spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import nodemailer from 'nodemailer';
import { Client } from 'pg';

import { peakRssMiB, SmtpSink, WorkerProcess } from '../integration/digests-support';

const MEMBERS = 100_000;
const COMMUNITIES = 2_000;
const MEMBERSHIPS_PER_MEMBER = 3;
const THREADS_PER_COMMUNITY = 5;
const REPLIES_PER_THREAD = 3;
/** Sends in flight per chunk job (SENDS_PER_CHUNK in send-digests.job.ts). */
const SENDS_PER_CHUNK = 4;

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = arg('sizes', '10000,50000,100000').split(',').map(Number);
const CONCURRENCY = Number(arg('concurrency', '5'));
const POOL = Number(arg('pool', '10'));
const RAW_MESSAGES = Number(arg('raw', '5000'));

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

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
  // Member i is in CoPs (i + k * 613) mod 2000 for k = 0..2; 2% of memberships new this week.
  await pg.query(
    `INSERT INTO community_membership (community_id, member_id, status, joined_at)
     SELECT c.id, m.id, 'ACTIVE',
            CASE WHEN (m.i + k) % 50 = 0 THEN now() - interval '3 days' ELSE now() - interval '90 days' END
       FROM bench_member m CROSS JOIN generate_series(0, $1 - 1) AS k
       JOIN bench_community c ON c.i = (m.i + k * 613) % $2`,
    [MEMBERSHIPS_PER_MEMBER, COMMUNITIES],
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
 * The limit: nodemailer sending one pre-rendered digest, as many in flight as the worker, from
 * a process of its own (as the worker is) so the sink's event loop is not shared with it.
 */
async function rawRate(smtpUrl: string, sink: SmtpSink, inFlight: number): Promise<number> {
  const before = sink.count;
  const child = spawn(
    process.execPath,
    [
      process.argv[1],
      process.argv[2],
      `--raw-child=${smtpUrl}`,
      `--in-flight=${inFlight}`,
      `--raw=${RAW_MESSAGES}`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('close', resolve));
  const ms = Number(/raw ms (\d+)/.exec(output)?.[1]);
  if (code !== 0 || !ms) throw new Error(`raw sender exited with ${code}: ${output}`);
  // Timed by the sender itself, from its first send to its last accepted message.
  return ((sink.count - before) * 1000) / ms;
}

async function sendRaw(smtpUrl: string, inFlight: number): Promise<void> {
  const rendered = renderEmail({
    language: 'nl',
    title: 'Je overzicht van Leerhuis',
    paragraphs: ['Hallo Lid, dit is er nieuw sinds 16 november.'],
    sections: ['Discussies', 'Bijeenkomsten', 'Oogst', 'Nieuwe leden'].map((heading, s) => ({
      heading,
      items: Array.from({ length: 5 }, (_, i) => ({
        title: `Item ${s}-${i} met een titel van redelijke lengte`,
        url: `http://leerhuis.test/communities/kring-${i}/discussions/${i}`,
        meta: 'Kring 12 · nieuw · 3 nieuwe reacties',
        excerpt: 'Wie heeft ervaring met ketensamenwerking? Meer tekst. Meer tekst. Meer tekst.',
      })),
    })),
    reason: 'Je krijgt dit wekelijkse overzicht omdat je lid bent van Kring 1, Kring 2 en Kring 3.',
    settingsUrl: 'http://leerhuis.test/instellingen/meldingen',
  });
  const transport = nodemailer.createTransport(smtpUrl, {
    from: 'Leerhuis <noreply@leerhuis.test>',
  });
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < RAW_MESSAGES) {
        const i = next++;
        await transport.sendMail({
          to: `lid${i}@bench.example`,
          subject: 'Je overzicht van Leerhuis: 5 nieuwe discussies, 3 bijeenkomsten',
          html: rendered.html,
          text: rendered.text,
          headers: {
            'List-Unsubscribe': '<http://leerhuis.test/unsubscribe/x>',
            'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
          },
        });
      }
    }),
  );
  log(`raw ms ${Date.now() - started}`);
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
  const results: string[] = [];
  const workers: WorkerProcess[] = [];
  try {
    await seed(pg);
    const inFlight = CONCURRENCY * SENDS_PER_CHUNK;
    const raw = await rawRate(smtpUrl, sink, inFlight);
    log(
      `raw nodemailer: ${raw.toFixed(0)} emails/s (${RAW_MESSAGES} messages, ${inFlight} in flight)`,
    );

    for (const size of SIZES) {
      await pg.query(`TRUNCATE sent_email`);
      const { rows } = await pg.query(
        `SELECT date_trunc('milliseconds', now() - interval '1 minute') AS due`,
      );
      const due: Date = rows[0].due;
      await pg.query(
        `UPDATE notification_settings s
            SET last_digest_at = NULL,
                next_digest_at = CASE WHEN m.i < $1 THEN $2::timestamptz ELSE now() + interval '30 days' END
           FROM bench_member m WHERE m.id = s.member_id`,
        [size, due.toISOString()],
      );
      await pg.query(`VACUUM ANALYZE notification_settings`);
      const worker = new WorkerProcess({
        NODE_ENV: 'production',
        DATABASE_URL: db.url,
        DATABASE_POOL_SIZE: String(POOL),
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: redis.prefix,
        SMTP_URL: smtpUrl,
        PUBLIC_URL: 'http://leerhuis.test',
        MAIL_TOKEN_SECRET: 'bench-secret-bench-secret-bench-secret-1234',
        LOG_LEVEL: 'info',
        WORKER_CONCURRENCY: String(CONCURRENCY),
      });
      workers.push(worker);
      await worker.ready();
      const rssAtStart = peakRssMiB(worker.pid);
      const sentBefore = sink.count;
      const queue = new Queue(planDigestsJob.queue, {
        connection: { url: TEST_REDIS_URL },
        prefix: bullPrefix({ REDIS_PREFIX: redis.prefix }),
      });
      const started = Date.now();
      await queue.add(planDigestsJob.name, {}, { jobId: `bench-plan-${size}` });
      let peak = 0;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        peak = Math.max(peak, peakRssMiB(worker.pid) ?? 0);
        const { rows: left } = await pg.query(
          `SELECT count(*)::int AS n FROM notification_settings WHERE next_digest_at <= $1`,
          [due.toISOString()],
        );
        if (left[0].n === 0) break;
        if (Date.now() - started > 30 * 60_000)
          throw new Error('digest run did not finish in 30 min');
      }
      const ms = Date.now() - started;
      const chunkLines = worker.lines.filter((l) => l.includes('digests: '));
      log(
        `  chunk jobs (last 3): ${chunkLines
          .slice(-3)
          .map((l) => /\((content[^)]*)\)/.exec(l)?.[1])
          .join(' | ')}`,
      );
      await queue.close();
      await worker.kill('SIGTERM');
      const emails = sink.count - sentBefore;
      const rate = (emails * 1000) / ms;
      const line =
        `${String(size).padStart(7)} due | ${String(emails).padStart(7)} emails | ${seconds(ms).padStart(6)} s | ` +
        `${rate.toFixed(0).padStart(5)} emails/s (${((rate / raw) * 100).toFixed(0)}% of raw) | ` +
        `worker peak RSS ${peak.toFixed(0)} MiB (at start ${rssAtStart?.toFixed(0)} MiB) | ` +
        `${((ms / size) * 1000).toFixed(0)} µs per member`;
      log(line);
      results.push(line);
    }
    log('\nraw nodemailer limit: ' + raw.toFixed(0) + ' emails/s');
    for (const line of results) log(line);
  } finally {
    for (const worker of workers) await worker.kill('SIGKILL');
    await pg.end();
    await sink.stop();
    await redis.cleanup();
    await db.drop();
  }
}

const rawChild = arg('raw-child', '');
(rawChild ? sendRaw(rawChild, Number(arg('in-flight', '20'))) : main()).then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);

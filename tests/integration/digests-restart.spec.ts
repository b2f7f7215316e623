import { planDigestsJob } from '@leerhuis/digests';
import { bullPrefix } from '@leerhuis/platform-queue';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TestDatabase,
  testRedisPrefix,
  waitFor,
} from '@leerhuis/platform-testing';

import { Queue } from 'bullmq';
import { Client } from 'pg';

import { DIGEST_SUBJECT, SmtpSink, WorkerProcess } from './digests-support';

const DUE_MEMBERS = 60;

// The worker is killed (SIGKILL) in the middle of a digest run and started again: BullMQ
// hands the interrupted chunk jobs to the new process, and the send log's keys make sure
// every due member gets exactly one digest.
describe('digests: the worker killed mid-run and restarted', () => {
  let db: TestDatabase;
  let pg: Client;
  const redis = testRedisPrefix();
  const sink = new SmtpSink({ delayMs: 150 });
  let env: Record<string, string>;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    const smtpPort = await sink.start();
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '5',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Pooled, as in production: at the kill, messages are mid-transaction on several pooled
      // connections and more wait in the pool's queue; none of them may come twice.
      SMTP_POOL_CONNECTIONS: '3',
      SMTP_POOL_MESSAGES: '100',
      PUBLIC_URL: 'http://leerhuis.test',
      LOG_LEVEL: 'info',
      WORKER_CONCURRENCY: '2',
      // The killed worker's jobs go to the next one after its lock runs out: seconds, not 30.
      WORKER_JOB_LOCK_SECONDS: '5',
    };
    // One open CoP with a new thread; the author is not due, the others are.
    await pg.query(
      `INSERT INTO member (email, name, organisation_id, job_role)
       SELECT 'lid' || i || '@example.nl', 'Lid ' || i, '00000000-0000-4000-8000-000000000003', 'ADVISER'
         FROM generate_series(0, $1) AS i`,
      [DUE_MEMBERS],
    );
    await pg.query(
      `INSERT INTO community (slug, name, join_policy, status, starts_on)
       VALUES ('herstart-kring', 'Herstartkring', 'OPEN', 'ACTIVE', '2026-01-01')`,
    );
    await pg.query(
      `INSERT INTO community_membership (community_id, member_id, status, joined_at)
       SELECT c.id, m.id, 'ACTIVE', now() - interval '60 days' FROM community c, member m`,
    );
    await pg.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body, created_at, last_activity_at)
       SELECT c.id, m.id, 'Nieuwe vraag', 'Wie helpt?', now() - interval '1 day', now() - interval '1 day'
         FROM community c, member m WHERE m.email = 'lid0@example.nl'`,
    );
    await pg.query(
      `UPDATE notification_settings s
          SET next_digest_at = CASE WHEN m.email = 'lid0@example.nl' THEN now() + interval '30 days'
                                    ELSE date_trunc('milliseconds', now()) END
         FROM member m WHERE m.id = s.member_id`,
    );
  }, 60_000);

  afterAll(async () => {
    for (const worker of workers) await worker.kill();
    await pg?.end();
    await sink.stop();
    await redis.cleanup();
    await db?.drop();
  });

  it('delivers exactly one digest to every due member', async () => {
    const first = new WorkerProcess(env);
    workers.push(first);
    await first.ready();
    const queue = new Queue(planDigestsJob.queue, {
      connection: { url: TEST_REDIS_URL },
      prefix: bullPrefix({ REDIS_PREFIX: redis.prefix }),
    });
    await queue.add(planDigestsJob.name, {}, { jobId: 'plan-restart-test' });
    await queue.close();

    // Mid-run: some digests accepted, most not yet. The server then stops answering, so the
    // kill lands with SMTP transactions open (those messages were never accepted and must
    // come again) but not between an acceptance and its send-log row (it waits for those rows): that window of a few
    // milliseconds is the one no SMTP client can close (see the report).
    await waitFor(async () => sink.count >= 10, 'the first digests', 60_000);
    sink.hold();
    // Every message the sink accepted before holding has its send-log row: the worker has
    // crossed that window for all of them (under load it can take more than a second).
    await waitFor(
      async () => {
        const { rows } = await pg.query(
          `SELECT count(*)::int AS n FROM sent_email WHERE key LIKE 'digest:%'`,
        );
        return rows[0].n >= sink.count || undefined;
      },
      'the accepted digests in the send log',
      30_000,
    );
    // Pooling is on: several pooled connections hang mid-transaction when the kill lands.
    await waitFor(async () => sink.heldCount >= 2 || undefined, 'messages held on 2 connections');
    await first.kill('SIGKILL');
    await sink.heldClientsGone();
    sink.release();
    const atKill = sink.count;
    expect(atKill).toBeLessThan(DUE_MEMBERS);

    const second = new WorkerProcess(env);
    workers.push(second);
    await second.ready();
    // BullMQ gives a killed worker's jobs to another once their lock expires (5 s here).
    await waitFor(
      async () => {
        const { rows } = await pg.query(
          `SELECT count(*)::int AS n FROM notification_settings WHERE next_digest_at <= now()`,
        );
        return rows[0].n === 0;
      },
      'every due member moved on',
      110_000,
    );

    const digests = sink.accepted.filter((m) => DIGEST_SUBJECT.test(m.subject));
    const recipients = digests.map((m) => m.to);
    expect(new Set(recipients).size).toBe(DUE_MEMBERS);
    expect(recipients).toHaveLength(DUE_MEMBERS);
    expect(recipients).not.toContain('lid0@example.nl');
    const { rows } = await pg.query(
      `SELECT count(*)::int AS n FROM sent_email WHERE key LIKE 'digest:%'`,
    );
    expect(rows[0].n).toBe(DUE_MEMBERS);
    // The killed process had sent some, the restarted one the rest.
    expect(atKill).toBeGreaterThan(0);
    expect(second.lines.some((line) => line.includes('digests:'))).toBe(true);
  }, 240_000);
});

import { OutboxRelay } from '@leerhuis/platform-events';
import { QueueName, QueueProducer, WorkerHost } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';
import { workerSchedules } from '@leerhuis/worker-schedules';

import { OwnRedis } from '../support/infrastructure';
import { startStack, TestStack } from '../support/stack';

const REQUEST = `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`;

interface Readiness {
  status: number;
  body: { status: string; checks: { database: string; redis: string; schedules: string } };
}

/** Issue 13: a Redis flush or a restart on an empty Redis loses no email and no schedule. */
describe('Redis loses its data', () => {
  let redis: OwnRedis;
  let stack: TestStack;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    stack = await startStack({
      worker: true,
      env: { REDIS_URL: redis.url, SIGN_IN_LIMIT_PER_IP: '1000' },
    });
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.stop();
  });

  const producer = () => stack.worker!.get(QueueProducer);
  const readiness = async (): Promise<Readiness> => {
    const res = await fetch(`${stack.apiUrl}/health/ready`);
    return { status: res.status, body: (await res.json()) as Readiness['body'] };
  };
  const count = async (sql: string, params: unknown[] = []) =>
    (await stack.dataSource.query(sql, params))[0].n as number;

  /** Every outbox event finished and the mail queue empty: nothing more will be sent. */
  const settled = async () =>
    (await count(`SELECT count(*)::int AS n FROM outbox_event WHERE finished_at IS NULL`)) === 0 &&
    Object.values(
      await producer().queue(QueueName.Mail).getJobCounts('wait', 'active', 'delayed'),
    ).every((n) => n === 0);

  const expectEachEmailOnce = async (addresses: string[]) => {
    await waitFor(
      async () => addresses.every((a) => stack.mail.messagesTo(a).length >= 1),
      'an email for every sign-in request',
      30_000,
    );
    await waitFor(settled, 'the outbox and the mail queue to settle', 30_000);
    for (const address of addresses) {
      expect(stack.mail.messagesTo(address)).toHaveLength(1);
      expect(
        await count(`SELECT count(*)::int AS n FROM sent_email WHERE recipient = $1`, [address]),
      ).toBe(1);
    }
  };

  it('delivers every sign-in email exactly once when Redis is flushed with the jobs queued', async () => {
    // Hold the mail jobs in Redis so the flush certainly takes them all.
    await producer().queue(QueueName.Mail).pause();
    const addresses = Array.from({ length: 25 }, (_, i) => `flushed-${i}@minbzk.nl`);
    for (const email of addresses) await stack.graphql.ok(REQUEST, { email });
    await waitFor(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NOT NULL`,
        )) === 25,
      'the 25 events to be queued',
    );
    expect(stack.mail.messages).toHaveLength(0);
    const requeuedBefore = stack.worker!.get(OutboxRelay).requeuedTotal;

    await redis.flushAll(); // the jobs and the pause with them

    await expectEachEmailOnce(addresses);
    expect(stack.worker!.get(OutboxRelay).requeuedTotal - requeuedBefore).toBe(25);
    // Once sent, the token is no longer kept in the outbox.
    const payloads: { payload: { token: string } }[] = await stack.dataSource.query(
      `SELECT payload FROM outbox_event`,
    );
    expect(payloads.every((row) => row.payload.token === '[redacted]')).toBe(true);
  });

  it('delivers every sign-in email exactly once when Redis is flushed while they are being sent', async () => {
    const addresses = Array.from({ length: 25 }, (_, i) => `racing-${i}@minbzk.nl`);
    await Promise.all(addresses.map((email) => stack.graphql.ok(REQUEST, { email })));
    await redis.flushAll();
    await expectEachEmailOnce(addresses);
  });

  it('reports missing job schedulers as not ready, and the worker restores them', async () => {
    await waitFor(async () => (await readiness()).status === 200, 'readiness before the flush');
    const host = stack.worker!.get(WorkerHost);
    const expected = workerSchedules(stack.config).map((schedule) => schedule.id);

    // The worker may restore between the flush and the probe; then flush again.
    let report: Readiness | undefined;
    for (let i = 0; i < 5 && !report; i++) {
      const restored = host.restoredSchedulesTotal;
      await redis.flushAll();
      const probed = await readiness();
      if (host.restoredSchedulesTotal === restored) report = probed;
    }
    expect(report?.status).toBe(503);
    expect(report?.body.checks).toMatchObject({ database: 'ok', redis: 'ok' });
    // The API names exactly the worker's schedules.
    expect(report?.body.checks.schedules).toBe(`missing: ${expected.join(', ')}`);

    await waitFor(async () => (await readiness()).status === 200, 'the schedulers restored');
    const present = await Promise.all(
      workerSchedules(stack.config).map((schedule) =>
        producer().queue(schedule.job.queue).getJobScheduler(schedule.id),
      ),
    );
    expect(present.every(Boolean)).toBe(true);
  });

  it('restores the schedulers when Redis comes back empty after a crash', async () => {
    const host = stack.worker!.get(WorkerHost);
    const restored = host.restoredSchedulesTotal;
    await redis.stop();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body.checks.redis).toMatch(/^error: /);

    await redis.start();
    await waitFor(async () => (await readiness()).status === 200, 'ready again', 20_000);
    expect(host.restoredSchedulesTotal).toBeGreaterThan(restored);

    // And mail flows again.
    await stack.graphql.ok(REQUEST, { email: 'after-restart@minbzk.nl' });
    await expectEachEmailOnce(['after-restart@minbzk.nl']);
  });
});

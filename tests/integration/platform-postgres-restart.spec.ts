import { OutboxListener } from '@leerhuis/platform-events';
import { waitFor } from '@leerhuis/platform-testing';

import { OwnPostgres, OwnRedis } from '../support/infrastructure';
import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const ME = `{ me { email } }`;
const REQUEST = `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`;

/** Issue 13: PostgreSQL or Redis going away is survived, and clients are told to retry. */
describe('PostgreSQL restarts and outages', () => {
  let postgres: OwnPostgres;
  let redis: OwnRedis;
  let stack: TestStack;

  beforeAll(async () => {
    postgres = await OwnPostgres.start();
    redis = await OwnRedis.start();
    stack = await startStack({
      worker: true,
      db: await postgres.createDatabase(),
      // Retries while the database comes back count towards the sign-in limits.
      env: { REDIS_URL: redis.url, SIGN_IN_LIMIT_PER_IP: '1000', SIGN_IN_LIMIT_PER_EMAIL: '1000' },
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await postgres?.remove();
    await redis?.stop();
  });

  const requestSignInLink = (email: string) =>
    stack.graphql.request<{ requestSignInLink: { accepted: boolean } }>(REQUEST, { email });

  it('has the worker LISTEN again after a restart, so mail leaves at once, not by the sweep', async () => {
    const listener = stack.worker!.get(OutboxListener);
    expect(listener.connections).toBe(1);

    await postgres.stop();
    await waitFor(async () => !listener.listening, 'the listener to notice');
    await postgres.start();

    await waitFor(async () => listener.connections === 2, 'LISTEN to reconnect', 30_000);
    const notified = listener.notifications;
    // The API's pool may still hold a connection the restart broke: retry until one answers.
    await waitFor(
      async () => !(await requestSignInLink('after-restart@minbzk.nl')).errors,
      'a sign-in request to succeed',
    );
    await waitFor(
      async () => stack.mail.messagesTo('after-restart@minbzk.nl').length === 1,
      'the sign-in email',
    );
    // The commit's NOTIFY reached the reconnected listener, which drained the outbox.
    expect(listener.notifications).toBeGreaterThan(notified);
  });

  it('answers SERVICE_UNAVAILABLE with retryAfterSeconds while PostgreSQL is down', async () => {
    await postgres.stop();
    try {
      const result = await requestSignInLink('during-outage@minbzk.nl');
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0].extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: expect.any(Number),
      });
      expect(result.errors![0].message).not.toMatch(/ECONNREFUSED|5432|127\.0\.0\.1/);
    } finally {
      await postgres.start();
    }
    await waitFor(
      async () => !(await requestSignInLink('during-outage@minbzk.nl')).errors,
      'sign-in to work again',
    );
  });

  it('answers a signed-in member SERVICE_UNAVAILABLE too while PostgreSQL is down', async () => {
    await insertMember(stack, { email: 'signed-in@minbzk.nl', name: 'Ingelogd Lid' });
    const member = await sessionFor(stack, 'signed-in@minbzk.nl');
    expect(await member.ok(ME)).toEqual({ me: { email: 'signed-in@minbzk.nl' } });
    await postgres.stop();
    try {
      // The session is looked up before any resolver runs.
      const result = await member.request(ME);
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: expect.any(Number),
      });
    } finally {
      await postgres.start();
    }
    await waitFor(async () => !(await member.request(ME)).errors, 'the session to work again');
  });

  it('answers SERVICE_UNAVAILABLE with retryAfterSeconds while Redis is down', async () => {
    await redis.stop();
    try {
      const result = await requestSignInLink('redis-outage@minbzk.nl');
      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        retryAfterSeconds: expect.any(Number),
      });
    } finally {
      await redis.start();
    }
    await waitFor(
      async () => !(await requestSignInLink('redis-outage@minbzk.nl')).errors,
      'sign-in to work again',
    );
    await waitFor(
      async () => stack.mail.messagesTo('redis-outage@minbzk.nl').length === 1,
      'the sign-in email',
    );
  });
});

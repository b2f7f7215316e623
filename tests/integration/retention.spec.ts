import { PurgeEmailLogJob } from '@leerhuis/email-delivery';
import { PurgeSignInRecordsJob } from '@leerhuis/identity';
import { PurgeNotificationsJob } from '@leerhuis/notifications';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { randomUUID } from 'node:crypto';

import { insertMember } from '../support/members';
import { startStack, type TestStack } from '../support/stack';

/** Retention: each owner purges its own old records on a schedule; recent ones stay. */
describe('retention purges', () => {
  let stack: TestStack;
  let memberId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    memberId = await insertMember(stack, { email: 'bewaar@minbzk.nl', name: 'Bewaar Termijn' });
  });
  afterAll(() => stack?.stop());

  const q = (sql: string, params: unknown[] = []) => stack.dataSource.query(sql, params);
  const count = async (sql: string, params: unknown[] = []) =>
    (await q(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  it('does keep a schedule for each purge in BullMQ', async () => {
    const queue = stack.worker!.get(QueueProducer).queue(QueueName.Maintenance);
    const ids = (await queue.getJobSchedulers()).map((s) => s.key ?? s.id).sort();
    expect(ids).toEqual(
      expect.arrayContaining([
        'retention-email-log',
        'retention-identity',
        'retention-notifications',
      ]),
    );
  });

  it('does delete used and expired sign-in links and ended sessions after their period, and keep the rest', async () => {
    const link = (tag: string, created: string, expires: string, used: string | null) =>
      q(
        `INSERT INTO sign_in_link (email, token_hash, expires_at, used_at, created_at)
         VALUES ('bewaar@minbzk.nl', $1, now() + $2::interval, now() + $3::interval, now() + $4::interval)`,
        [tag, expires, used, created],
      );
    await link('old-used', '-10 days', '-10 days', '-10 days');
    await link('old-expired', '-10 days', '-10 days', null);
    await link('recent-used', '-1 day', '-1 day', '-1 day');
    await link('still-valid', '-10 minutes', '5 minutes', null);
    const session = (tag: string, expires: string, revoked: string | null) =>
      q(
        `INSERT INTO session (token_hash, email, expires_at, revoked_at)
         VALUES ($1, 'bewaar@minbzk.nl', now() + $2::interval, now() + $3::interval)`,
        [tag, expires, revoked],
      );
    await session('long-expired', '-40 days', null);
    await session('signed-out-long-ago', '10 days', '-40 days');
    await session('signed-out-lately', '10 days', '-2 days');
    await session('active', '10 days', null);

    await stack.worker!.get(PurgeSignInRecordsJob).handle();

    expect(
      (await q(`SELECT token_hash FROM sign_in_link ORDER BY 1`)).map(
        (r: { token_hash: string }) => r.token_hash,
      ),
    ).toEqual(['recent-used', 'still-valid']);
    expect(
      (await q(`SELECT token_hash FROM session WHERE email = 'bewaar@minbzk.nl' ORDER BY 1`)).map(
        (r: { token_hash: string }) => r.token_hash,
      ),
    ).toEqual(['active', 'signed-out-lately']);
  });

  it('does delete notifications older than their period', async () => {
    for (const age of ['-200 days', '-2 days']) {
      await q(
        `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel, created_at)
         VALUES ($1, 'COFFEE_DATE', $2, 'coffee-date-round', $3, 'IN_APP', now() + $4::interval)`,
        [memberId, randomUUID(), randomUUID(), age],
      );
    }
    await stack.worker!.get(PurgeNotificationsJob).handle();
    expect(await count(`notification WHERE member_id = $1`, [memberId])).toBe(1);
    expect(await count(`notification WHERE created_at < now() - interval '180 days'`)).toBe(0);
  });

  it('does delete the email log and failures after their period', async () => {
    await q(
      `INSERT INTO sent_email (key, recipient, subject, sent_at) VALUES
         ('old', 'bewaar@minbzk.nl', 'Oud', now() - interval '400 days'),
         ('new', 'bewaar@minbzk.nl', 'Nieuw', now() - interval '4 days')`,
    );
    await q(
      `INSERT INTO email_failure (key, recipient, subject, permanent, message, failed_at) VALUES
         ('old', 'bewaar@minbzk.nl', 'Oud', false, 'x', now() - interval '400 days'),
         ('new', 'bewaar@minbzk.nl', 'Nieuw', false, 'x', now() - interval '4 days')`,
    );
    await stack.worker!.get(PurgeEmailLogJob).handle();
    expect(await count(`sent_email WHERE key IN ('old', 'new')`)).toBe(1);
    expect(await count(`sent_email WHERE key = 'new'`)).toBe(1);
    expect(await count(`email_failure WHERE key IN ('old', 'new')`)).toBe(1);
  });
});

import { SweepNotificationEmailsJob } from '@leerhuis/notifications';
import { waitFor } from '@leerhuis/platform-testing';

import { randomUUID } from 'node:crypto';

import { insertMember } from '../support/members';
import { startStack, type TestStack } from '../support/stack';

/**
 * A batched notification email waits as a delayed job in Redis. When that job is lost (a Redis
 * flush), the sweep finds the unsent immediate notifications in PostgreSQL and queues it again.
 */
describe('notification emails lost with Redis', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
  });
  afterAll(() => stack?.stop());

  it('does queue the email again for unsent immediate notifications whose job is gone, once', async () => {
    const memberId = await insertMember(stack, { email: 'kwijt@minbzk.nl', name: 'Kwijt Geraakt' });
    await stack.dataSource.query(
      `UPDATE notification_settings SET replies = 'IMMEDIATE' WHERE member_id = $1`,
      [memberId],
    );
    // Made half an hour ago; its delayed job never reached (or vanished from) Redis.
    await stack.dataSource.query(
      `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel, created_at)
       VALUES ($1, 'REPLY', $2, 'reply', $3, 'IMMEDIATE', now() - interval '30 minutes')`,
      [memberId, randomUUID(), randomUUID()],
    );
    await stack.worker!.get(SweepNotificationEmailsJob).handle();
    await stack.mail.waitFor((m) => m.to.includes('kwijt@minbzk.nl'), 20_000);
    await waitFor(
      async () =>
        (
          await stack.dataSource.query(
            `SELECT count(*)::int AS n FROM notification WHERE member_id = $1 AND emailed_at IS NOT NULL`,
            [memberId],
          )
        )[0].n === 1,
      'the notification marked as emailed',
    );
    // A second sweep finds nothing unsent: no second email.
    await stack.worker!.get(SweepNotificationEmailsJob).handle();
    expect(stack.mail.messagesTo('kwijt@minbzk.nl')).toHaveLength(1);
  });
});

import { QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const SENT = `query($after: String) { sentEmails(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { key kind recipient subject sentAt } } }`;
const FAILURES = `{ emailFailures(first: 10) { totalCount nodes { key kind recipient permanent smtpCode message } } }`;
const SUPPRESSIONS = `query($lifted: Boolean!) { emailSuppressions(first: 10, filter: { includeLifted: $lifted }) {
  totalCount nodes { address reason smtpCode liftedAt liftedBy } } }`;
const LIFT = `mutation($address: String!) { liftEmailSuppression(input: { address: $address }) { address liftedBy } }`;
const SCHEDULE = `{ digestSchedule { plannerScheduled plannerNextRunAt plannerPattern
  membersByFrequency { frequency members } dueNextDay { hour members } overdue digestsSentLast7Days } }`;

describe('mail admin: sends, failures, suppressions and the digest schedule', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    const member = await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lid' });
    await insertMember(stack, { email: 'weg@minbzk.nl', name: 'Weg' });
    await stack.dataSource.query(
      `INSERT INTO sent_email (key, recipient, subject, sent_at) VALUES
         ('digest:a:2026-W47', 'lid@minbzk.nl', 'Je overzicht', now() - interval '1 day'),
         ('digest:b:2026-W40', 'lid@minbzk.nl', 'Oud overzicht', now() - interval '30 days'),
         ('sign-in-link:x', 'lid@minbzk.nl', 'Je inloglink', now() - interval '1 hour'),
         ('meeting-invitation:m:1', 'lid@minbzk.nl', 'Uitnodiging', now())`,
    );
    await stack.dataSource.query(
      `INSERT INTO email_failure (key, recipient, subject, permanent, smtp_code, message) VALUES
         ('digest:c:2026-W47', 'weg@minbzk.nl', 'Je overzicht', true, 550, '550 No such user'),
         ('sign-in-link:y', 'lid@minbzk.nl', 'Je inloglink', false, 451, '451 Try again')`,
    );
    await stack.dataSource.query(
      `INSERT INTO email_suppression (address, reason, smtp_code) VALUES ('weg@minbzk.nl', 'PERMANENT_FAILURE', 550)`,
    );
    await stack.dataSource.query(
      `UPDATE notification_settings SET digest_frequency = 'DAILY', next_digest_at = now() + interval '90 minutes'
        WHERE member_id = $1`,
      [member],
    );
  });
  afterAll(() => stack?.stop());

  it('does refuse members and anonymous visitors', async () => {
    const member = await sessionFor(stack, 'lid@minbzk.nl');
    for (const query of [SENT, FAILURES, SCHEDULE]) {
      expect((await member.request(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await stack.graphql.request(query)).errors?.[0].extensions?.code).toBe(
        'UNAUTHENTICATED',
      );
    }
    const lift = await member.request(LIFT, { address: 'weg@minbzk.nl' });
    expect(lift.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [row] = await stack.dataSource.query(
      `SELECT lifted_at FROM email_suppression WHERE address = 'weg@minbzk.nl'`,
    );
    expect(row.lifted_at).toBeNull();
  });

  it('does list recent sends newest first, page by page, with their kind', async () => {
    const admin = await sessionFor(stack, 'beheer@minbzk.nl');
    type Page = {
      sentEmails: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { key: string; kind: string }[];
      };
    };
    const first = await admin.ok<Page>(SENT);
    expect(first.sentEmails.totalCount).toBe(4);
    expect(first.sentEmails.nodes).toMatchObject([
      { key: 'meeting-invitation:m:1', kind: 'meeting-invitation' },
      { key: 'sign-in-link:x', kind: 'sign-in-link' },
    ]);
    const second = await admin.ok<Page>(SENT, { after: first.sentEmails.pageInfo.endCursor });
    expect(second.sentEmails.nodes.map((n) => n.kind)).toEqual(['digest', 'digest']);
    expect(second.sentEmails.pageInfo.hasNextPage).toBe(false);
    const bad = await admin.request(SENT, { after: 'nonsense' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does list failures and suppressed addresses, and lets an admin lift one', async () => {
    const admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const failures = await admin.ok<{ emailFailures: { totalCount: number; nodes: object[] } }>(
      FAILURES,
    );
    expect(failures.emailFailures.totalCount).toBe(2);
    expect(failures.emailFailures.nodes).toContainEqual({
      key: 'digest:c:2026-W47',
      kind: 'digest',
      recipient: 'weg@minbzk.nl',
      permanent: true,
      smtpCode: 550,
      message: '550 No such user',
    });
    expect(await admin.ok(SUPPRESSIONS, { lifted: false })).toEqual({
      emailSuppressions: {
        totalCount: 1,
        nodes: [
          {
            address: 'weg@minbzk.nl',
            reason: 'PERMANENT_FAILURE',
            smtpCode: 550,
            liftedAt: null,
            liftedBy: null,
          },
        ],
      },
    });
    expect(await admin.ok(LIFT, { address: 'Weg@MinBZK.nl' })).toEqual({
      liftEmailSuppression: { address: 'weg@minbzk.nl', liftedBy: 'ADMIN' },
    });
    const again = await admin.request(LIFT, { address: 'weg@minbzk.nl' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'SUPPRESSION_NOT_FOUND',
    });
    const invalid = await admin.request(LIFT, { address: 'geen adres' });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The history stays: lifted addresses are listed on request.
    expect(await admin.ok(SUPPRESSIONS, { lifted: false })).toMatchObject({
      emailSuppressions: { totalCount: 0 },
    });
    expect(await admin.ok(SUPPRESSIONS, { lifted: true })).toMatchObject({
      emailSuppressions: { totalCount: 1, nodes: [{ liftedBy: 'ADMIN' }] },
    });
  });

  it('does show the digest schedule: planner, frequencies, who is due when, digests sent', async () => {
    const admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const { digestSchedule } = await admin.ok<{
      digestSchedule: {
        plannerScheduled: boolean;
        plannerNextRunAt: string | null;
        membersByFrequency: { frequency: string; members: number }[];
        dueNextDay: { hour: string; members: number }[];
        overdue: number;
        digestsSentLast7Days: number;
      };
    }>(SCHEDULE);
    // No worker in this stack: the planner's job scheduler does not exist.
    expect(digestSchedule.plannerScheduled).toBe(false);
    expect(digestSchedule.plannerNextRunAt).toBeNull();
    expect(digestSchedule.membersByFrequency).toEqual([
      { frequency: 'DAILY', members: 1 },
      { frequency: 'WEEKLY', members: 2 },
      { frequency: 'BIWEEKLY', members: 0 },
      { frequency: 'MONTHLY', members: 0 },
      { frequency: 'NEVER', members: 0 },
    ]);
    expect(digestSchedule.dueNextDay).toHaveLength(1);
    expect(digestSchedule.dueNextDay[0].members).toBe(1);
    expect(digestSchedule.overdue).toBe(0);
    expect(digestSchedule.digestsSentLast7Days).toBe(1);
  });

  it('does show the planner once its job scheduler exists on the digests queue', async () => {
    const queue = stack.api.get(QueueProducer).queue(QueueName.Digests);
    await queue.upsertJobScheduler(
      'digest-planner',
      { pattern: '*/15 * * * *', tz: 'Europe/Amsterdam' },
      { name: 'plan-digests', data: {} },
    );
    const admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const { digestSchedule } = await admin.ok<{
      digestSchedule: {
        plannerScheduled: boolean;
        plannerNextRunAt: string;
        plannerPattern: string;
      };
    }>(SCHEDULE);
    expect(digestSchedule.plannerScheduled).toBe(true);
    expect(digestSchedule.plannerPattern).toBe('*/15 * * * *');
    const next = new Date(digestSchedule.plannerNextRunAt).getTime();
    expect(next).toBeGreaterThan(Date.now() - 1000);
    expect(next).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
  });
});

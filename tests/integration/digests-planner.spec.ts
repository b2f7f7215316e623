import { QueueName, QueueProducer } from '@leerhuis/platform-queue';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { runDigests } from './digests-support';
import { insertMeeting } from './meetings-support';

describe('digests: the planner', () => {
  let stack: TestStack;
  let producer: QueueProducer;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    producer = stack.worker!.get(QueueProducer);
  }, 60_000);
  afterAll(() => stack?.stop());

  it('is one BullMQ job scheduler on DIGEST_PLAN_CRON in Europe/Amsterdam', async () => {
    const scheduler = await producer.queue(QueueName.Digests).getJobScheduler('digest-planner');
    expect(scheduler).toMatchObject({
      name: 'plan-digests',
      pattern: stack.config.DIGEST_PLAN_CRON,
      tz: 'Europe/Amsterdam',
    });
  });

  it('plans members without a due time from now, on their rhythm; NEVER stays unplanned', async () => {
    const weekly = await insertMember(stack, { email: 'week@example.nl', name: 'Wekelijks' });
    const never = await insertMember(stack, { email: 'nooit@example.nl', name: 'Nooit' });
    await stack.dataSource.query(
      `UPDATE notification_settings SET digest_weekday = 3, digest_time = '17:30' WHERE member_id = $1`,
      [weekly],
    );
    await stack.dataSource.query(
      `UPDATE notification_settings SET digest_frequency = 'NEVER' WHERE member_id = $1`,
      [never],
    );
    const before = Date.now();
    await runDigests(stack, producer);
    const rows: { member_id: string; next: Date | null; local: string | null }[] =
      await stack.dataSource.query(
        `SELECT member_id, next_digest_at AS next,
                to_char(next_digest_at AT TIME ZONE 'Europe/Amsterdam', 'ID HH24:MI') AS local
           FROM notification_settings WHERE member_id = ANY($1::uuid[])`,
        [[weekly, never]],
      );
    const byId = new Map(rows.map((r) => [r.member_id, r]));
    expect(byId.get(never)!.next).toBeNull();
    expect(byId.get(weekly)!.local).toBe('3 17:30');
    const next = byId.get(weekly)!.next!.getTime();
    expect(next).toBeGreaterThan(before);
    expect(next).toBeLessThanOrEqual(before + 7 * 24 * 3600_000);
    // Planned, not due: nothing was sent.
    expect(await countRows(stack, 'sent_email', `key LIKE 'digest:%'`)).toBe(0);
  });

  it('records a meeting opened on the web as seen', async () => {
    const member = await insertMember(stack, { email: 'kijker@example.nl', name: 'Kijker' });
    const communityId = await insertCommunity(stack, {
      name: 'Kijkkring',
      slug: 'kijkkring',
      joinPolicy: 'OPEN',
      members: [{ memberId: member }],
    });
    const meetingId = await insertMeeting(stack, {
      communityId,
      title: 'Komt eraan',
      startsAt: new Date(Date.now() + 5 * 24 * 3600_000),
      endsAt: new Date(Date.now() + 5 * 24 * 3600_000 + 3600_000),
    });
    const client = await sessionFor(stack, 'kijker@example.nl');
    await client.request(`query($m: ID!) { meeting(id: $m) { id } }`, { m: meetingId });
    expect(
      await countRows(
        stack,
        'seen_item',
        `member_id = $1 AND item_type = 'MEETING' AND item_id = $2`,
        [member, meetingId],
      ),
    ).toBe(1);
  });

  it('records a lesson opened on the web as seen; a members-only lesson stays NOT_FOUND for others', async () => {
    const member = await insertMember(stack, { email: 'lezer@example.nl', name: 'Lezer' });
    const outsider = await insertMember(stack, { email: 'buiten@example.nl', name: 'Buiten' });
    const communityId = await insertCommunity(stack, {
      name: 'Leeskring',
      slug: 'leeskring',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: member }],
    });
    const lessons: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
       VALUES ($1, $2, 'Alleen voor leden', 'Tekst', 'NEW_PRACTICE_IMPLEMENTED', 'MEMBERS'),
              ($1, $2, 'Voor iedereen', 'Tekst', 'NEW_PRACTICE_IMPLEMENTED', 'PLATFORM')
       RETURNING id`,
      [communityId, member],
    );
    const LESSON = `query($id: ID!) { lesson(id: $id) { id title } }`;
    const reader = await sessionFor(stack, 'lezer@example.nl');
    expect((await reader.request(LESSON, { id: lessons[0].id })).data).toEqual({
      lesson: { id: lessons[0].id, title: 'Alleen voor leden' },
    });
    const other = await sessionFor(stack, 'buiten@example.nl');
    const refused = await other.request(LESSON, { id: lessons[0].id });
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await other.request(LESSON, { id: lessons[1].id })).data).toEqual({
      lesson: { id: lessons[1].id, title: 'Voor iedereen' },
    });
    expect(await countRows(stack, 'seen_item', `item_type = 'LESSON'`)).toBe(2);
    expect(await countRows(stack, 'seen_item', `member_id = $1`, [outsider])).toBe(1);
  });
});

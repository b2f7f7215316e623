import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { insertMeeting, meetingEvents, RSVP, scheduleMeeting } from './meetings-support';

interface RsvpResult {
  rsvpToMeeting: {
    status: string;
    waitingPosition: number | null;
    meeting: { goingCount: number; waitingCount: number };
  };
}

describe('meetings: RSVPs and the waiting list', () => {
  let stack: TestStack;
  let coordinator: GraphqlClient;
  let communityId: string;
  const members: { id: string; email: string; client: GraphqlClient }[] = [];
  let outsider: GraphqlClient;
  let pending: GraphqlClient;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const coordinatorId = await insertMember(stack, {
      email: 'trekker@minbzk.nl',
      name: 'Trekker',
    });
    for (let i = 0; i < 20; i++) {
      const email = `lid${i}@minbzk.nl`;
      members.push({
        id: await insertMember(stack, { email, name: `Lid ${i}` }),
        email,
        client: null!,
      });
    }
    const outsiderId = await insertMember(stack, { email: 'buiten@minbzk.nl', name: 'Buiten' });
    const pendingId = await insertMember(stack, { email: 'wacht@minbzk.nl', name: 'Wacht' });
    communityId = await insertCommunity(stack, {
      name: 'Energie',
      slug: 'energie',
      joinPolicy: 'ON_REQUEST',
      members: [
        { memberId: coordinatorId, role: 'COORDINATOR' },
        ...members.map((m) => ({ memberId: m.id })),
        { memberId: pendingId, status: 'PENDING' as const },
      ],
    });
    await insertCommunity(stack, {
      name: 'Andere',
      slug: 'andere',
      joinPolicy: 'OPEN',
      members: [{ memberId: outsiderId }],
    });
    coordinator = await sessionFor(stack, 'trekker@minbzk.nl');
    for (const m of members) m.client = await sessionFor(stack, m.email);
    outsider = await sessionFor(stack, 'buiten@minbzk.nl');
    pending = await sessionFor(stack, 'wacht@minbzk.nl');
  });
  afterAll(() => stack?.stop());

  const rsvp = async (client: GraphqlClient, meetingId: string, response: string) =>
    (await client.ok<RsvpResult>(RSVP, { m: meetingId, r: response })).rsvpToMeeting;

  it('does never overbook: 20 concurrent RSVPs at capacity 5 give exactly 5 going and 15 waiting', async () => {
    const meetingId = await scheduleMeeting(coordinator, communityId, { capacity: 5 });
    const results = await Promise.all(members.map((m) => rsvp(m.client, meetingId, 'GOING')));
    expect(results.filter((r) => r.status === 'GOING')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'WAITING')).toHaveLength(15);
    // Places 1..15, each once: the waiting list is a strict order.
    expect(
      results
        .map((r) => r.waitingPosition)
        .filter((p) => p !== null)
        .sort((a, b) => a! - b!),
    ).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    const rows: { status: string; n: number }[] = await stack.dataSource.query(
      `SELECT status, count(*)::int AS n FROM meeting_rsvp WHERE meeting_id = $1 GROUP BY status ORDER BY status`,
      [meetingId],
    );
    expect(rows).toEqual([
      { status: 'GOING', n: 5 },
      { status: 'WAITING', n: 15 },
    ]);
  });

  it('does promote the first on the waiting list when someone going cancels, emailing both', async () => {
    const meetingId = await scheduleMeeting(coordinator, communityId, {
      title: 'Kleine kring',
      capacity: 2,
    });
    const [a, b, c, d] = members;
    expect((await rsvp(a.client, meetingId, 'GOING')).status).toBe('GOING');
    expect((await rsvp(b.client, meetingId, 'GOING')).status).toBe('GOING');
    expect(await rsvp(c.client, meetingId, 'GOING')).toMatchObject({
      status: 'WAITING',
      waitingPosition: 1,
    });
    expect(await rsvp(d.client, meetingId, 'GOING')).toMatchObject({
      status: 'WAITING',
      waitingPosition: 2,
    });
    // Saying GOING again changes nothing (and keeps the place in the queue).
    expect(await rsvp(d.client, meetingId, 'GOING')).toMatchObject({ waitingPosition: 2 });

    const cancelled = await rsvp(a.client, meetingId, 'NOT_GOING');
    expect(cancelled).toMatchObject({
      status: 'NOT_GOING',
      meeting: { goingCount: 2, waitingCount: 1 },
    });
    const promotedMail = await stack.mail.waitFor(
      (m) =>
        m.to.includes(c.email) && m.subject.includes('Kleine kring') && m.subject.includes('plek'),
    );
    expect(promotedMail.attachments[0]?.contentType).toBe('text/calendar');
    const freedMail = await stack.mail.waitFor(
      (m) => m.to.includes(a.email) && m.subject.includes('afmelding'),
    );
    expect(freedMail.text).toContain('wachtlijst');

    const mine = await c.client.ok<{ meeting: { viewerRsvp: { status: string } } }>(
      `query($m: ID!) { meeting(id: $m) { viewerRsvp { status waitingPosition } } }`,
      { m: meetingId },
    );
    expect(mine.meeting.viewerRsvp.status).toBe('GOING');
    expect(
      (
        await d.client.ok<{ meeting: { viewerRsvp: { waitingPosition: number } } }>(
          `query($m: ID!) { meeting(id: $m) { viewerRsvp { waitingPosition } } }`,
          { m: meetingId },
        )
      ).meeting.viewerRsvp.waitingPosition,
    ).toBe(1);

    // Leaving the waiting list promotes nobody. (Events of one transaction share a timestamp.)
    expect((await rsvp(d.client, meetingId, 'MAYBE')).status).toBe('MAYBE');
    expect((await meetingEvents(stack, meetingId)).sort()).toEqual([
      'meetings.meeting-scheduled',
      ...Array(6).fill('meetings.rsvp-changed'),
      'meetings.waiting-list-promoted',
    ]);
  });

  it('does move the waiting list up when the capacity grows, and refuses shrinking below those going', async () => {
    const meetingId = await scheduleMeeting(coordinator, communityId, { capacity: 1 });
    const [a, b, c] = members;
    await rsvp(a.client, meetingId, 'GOING');
    await rsvp(b.client, meetingId, 'GOING');
    await rsvp(c.client, meetingId, 'GOING');
    const update = `mutation($m: ID!, $cap: Int) { updateMeeting(input: { meetingId: $m, capacity: $cap }) { capacity goingCount waitingCount } }`;
    expect(
      (await coordinator.ok<{ updateMeeting: unknown }>(update, { m: meetingId, cap: 2 }))
        .updateMeeting,
    ).toEqual({ capacity: 2, goingCount: 2, waitingCount: 1 });
    const shrink = await coordinator.request(update, { m: meetingId, cap: 1 });
    expect(shrink.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CAPACITY_BELOW_GOING',
      fields: [{ field: 'capacity', message: 'Choose at least 2.' }],
    });
    expect(
      (await coordinator.ok<{ updateMeeting: unknown }>(update, { m: meetingId, cap: null }))
        .updateMeeting,
    ).toEqual({ capacity: null, goingCount: 3, waitingCount: 0 });
  });

  it('does refuse RSVPs to cancelled and past meetings and from non-members, writing nothing', async () => {
    const cancelled = await insertMeeting(stack, {
      communityId,
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
      cancelled: true,
    });
    const past = await insertMeeting(stack, {
      communityId,
      startsAt: new Date(Date.now() - 90_000_000),
      endsAt: new Date(Date.now() - 86_400_000),
    });
    const open = await scheduleMeeting(coordinator, communityId);
    const before = await countRows(stack, 'meeting_rsvp');
    const events = await countRows(stack, 'outbox_event');
    const answer = async (client: GraphqlClient, meetingId: string) => {
      const result = await client.request(RSVP, { m: meetingId, r: 'GOING' });
      return result.errors?.[0].extensions;
    };
    expect(await answer(members[0].client, cancelled)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEETING_CANCELLED',
      fields: [{ field: 'meetingId' }],
    });
    expect(await answer(members[0].client, past)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEETING_PAST',
      fields: [{ field: 'meetingId' }],
    });
    expect(await answer(outsider, open)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MEMBERSHIP_REQUIRED',
    });
    expect(await answer(pending, open)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MEMBERSHIP_REQUIRED',
    });
    expect(await answer(members[0].client, '00000000-0000-4000-8000-00000000dead')).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'MEETING_NOT_FOUND',
    });
    const bad = await members[0].client.request(RSVP, { m: open, r: 'WAITING' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countRows(stack, 'meeting_rsvp')).toBe(before);
    expect(await countRows(stack, 'outbox_event')).toBe(events);
  });
});

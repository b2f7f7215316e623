import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { insertMeeting, meetingEvents } from './meetings-support';

const HOUR = 3_600_000;

describe('meetings: lists, follow-up and notes', () => {
  let stack: TestStack;
  let coordinator: GraphqlClient;
  let moderator: GraphqlClient;
  let member: GraphqlClient;
  let memberId: string;
  let outsiderId: string;
  let communityA: string;
  let communityB: string;
  let elsewhere: string;

  beforeAll(async () => {
    stack = await startStack();
    const coordinatorId = await insertMember(stack, {
      email: 'trekker@minbzk.nl',
      name: 'Trekker',
    });
    const moderatorId = await insertMember(stack, { email: 'mod@minbzk.nl', name: 'Mod' });
    memberId = await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lid' });
    outsiderId = await insertMember(stack, { email: 'buiten@minbzk.nl', name: 'Buiten' });
    communityA = await insertCommunity(stack, {
      name: 'Alpha',
      slug: 'alpha',
      joinPolicy: 'OPEN',
      members: [
        { memberId: coordinatorId, role: 'COORDINATOR' },
        { memberId: moderatorId, role: 'MODERATOR' },
        { memberId },
      ],
    });
    communityB = await insertCommunity(stack, {
      name: 'Beta',
      slug: 'beta',
      joinPolicy: 'HIDDEN',
      members: [{ memberId, role: 'COORDINATOR' }],
    });
    elsewhere = await insertCommunity(stack, {
      name: 'Gamma',
      slug: 'gamma',
      joinPolicy: 'OPEN',
      members: [{ memberId: outsiderId, role: 'COORDINATOR' }],
    });
    // 60 upcoming meetings in A, 5 in B, 3 elsewhere; plus past and cancelled ones.
    const now = Date.now();
    for (let i = 1; i <= 60; i++) {
      await insertMeeting(stack, {
        communityId: communityA,
        title: `A ${String(i).padStart(2, '0')}`,
        startsAt: new Date(now + i * 2 * HOUR),
        endsAt: new Date(now + i * 2 * HOUR + HOUR),
        capacity: 3,
      });
    }
    for (let i = 1; i <= 5; i++) {
      await insertMeeting(stack, {
        communityId: communityB,
        title: `B ${i}`,
        startsAt: new Date(now + i * 3 * HOUR + 30 * 60_000),
        endsAt: new Date(now + i * 3 * HOUR + HOUR),
      });
    }
    for (let i = 1; i <= 3; i++) {
      await insertMeeting(stack, {
        communityId: elsewhere,
        title: `G ${i}`,
        startsAt: new Date(now + i * HOUR),
        endsAt: new Date(now + i * HOUR + HOUR),
      });
    }
    await insertMeeting(stack, {
      communityId: communityA,
      title: 'A verleden',
      startsAt: new Date(now - 3 * HOUR),
      endsAt: new Date(now - 2 * HOUR),
    });
    await insertMeeting(stack, {
      communityId: communityA,
      title: 'A afgelast',
      startsAt: new Date(now + HOUR),
      endsAt: new Date(now + 2 * HOUR),
      cancelled: true,
    });
    // RSVPs on every upcoming meeting in A, so the counts have something to count.
    await stack.dataSource.query(
      `INSERT INTO meeting_rsvp (meeting_id, member_id, status)
       SELECT id, $2, 'GOING' FROM meeting WHERE community_id = $1 AND cancelled_at IS NULL AND ends_at > now()`,
      [communityA, moderatorId],
    );
    coordinator = await sessionFor(stack, 'trekker@minbzk.nl');
    moderator = await sessionFor(stack, 'mod@minbzk.nl');
    member = await sessionFor(stack, 'lid@minbzk.nl');
  });
  afterAll(() => stack?.stop());

  const LIST = `query($c: ID!, $first: Int!, $after: String, $past: Boolean) {
    meetings(communityId: $c, first: $first, after: $after, past: $past) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes { id title startsAtLocal goingCount maybeCount waitingCount capacity
              viewerRsvp { status } followUps { id owner { id } } community { id name }
              attendees(first: 3) { totalCount nodes { member { id name } } } }
    }
  }`;

  it('does list upcoming meetings soonest first, page by page, without past or cancelled ones', async () => {
    type Page = {
      meetings: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: {
          title: string;
          goingCount: number;
          viewerRsvp: { status: string } | null;
          attendees: { totalCount: number; nodes: { member: { name: string } }[] };
        }[];
      };
    };
    const titles: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await member.ok<Page>(LIST, { c: communityA, first: 25, after });
      expect(page.meetings.totalCount).toBe(60);
      titles.push(...page.meetings.nodes.map((n) => n.title));
      expect(
        page.meetings.nodes.every(
          (n) =>
            n.goingCount === 1 &&
            n.viewerRsvp === null &&
            n.attendees.totalCount === 1 &&
            n.attendees.nodes[0].member.name === 'Mod',
        ),
      ).toBe(true);
      if (!page.meetings.pageInfo.hasNextPage) break;
      after = page.meetings.pageInfo.endCursor;
    }
    expect(titles).toEqual(
      Array.from({ length: 60 }, (_, i) => `A ${String(i + 1).padStart(2, '0')}`),
    );
    const past = await member.ok<Page>(LIST, { c: communityA, first: 10, past: true });
    expect(past.meetings.nodes.map((n) => n.title)).toEqual(['A verleden']);
    const forged = await member.request(LIST, { c: communityA, first: 5, after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does list my upcoming meetings across my CoPs (hidden ones included), soonest first', async () => {
    const query = `query($first: Int!, $after: String) { myUpcomingMeetings(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { title startsAt community { slug } } } }`;
    type Mine = {
      myUpcomingMeetings: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { title: string; startsAt: string; community: { slug: string } }[];
      };
    };
    const first = await member.ok<Mine>(query, { first: 10 });
    expect(first.myUpcomingMeetings.totalCount).toBe(65);
    const nodes = first.myUpcomingMeetings.nodes;
    expect(nodes.some((n) => n.community.slug === 'beta')).toBe(true);
    expect(nodes.some((n) => n.community.slug === 'gamma')).toBe(false);
    const times = nodes.map((n) => Date.parse(n.startsAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const second = await member.ok<Mine>(query, {
      first: 10,
      after: first.myUpcomingMeetings.pageInfo.endCursor,
    });
    expect(Date.parse(second.myUpcomingMeetings.nodes[0].startsAt)).toBeGreaterThan(times.at(-1)!);
    const other = await (
      await sessionFor(stack, 'buiten@minbzk.nl')
    ).ok<Mine>(query, { first: 10 });
    expect(other.myUpcomingMeetings.nodes.map((n) => n.title)).toEqual(['G 1', 'G 2', 'G 3']);
  });

  it('does load a page of meetings with a fixed number of SQL statements, whatever its size', async () => {
    const small = await stack.countQueries(() => member.ok(LIST, { c: communityA, first: 10 }));
    const large = await stack.countQueries(() => member.ok(LIST, { c: communityA, first: 50 }));
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(12);
  });

  it('does let coordinators record follow-up actions and notes after the meeting, and nobody else', async () => {
    const now = Date.now();
    const held = await insertMeeting(stack, {
      communityId: communityA,
      title: 'Gehouden',
      startsAt: new Date(now - 5 * HOUR),
      endsAt: new Date(now - 4 * HOUR),
    });
    const upcoming = await insertMeeting(stack, {
      communityId: communityA,
      startsAt: new Date(now + 100 * HOUR),
      endsAt: new Date(now + 101 * HOUR),
    });
    const FOLLOW_UP = `mutation($input: RecordFollowUpInput!) {
      recordMeetingFollowUp(input: $input) { id text dueOn owner { id name } }
    }`;
    const recorded = await coordinator.ok<{
      recordMeetingFollowUp: { text: string; dueOn: string; owner: { id: string } };
    }>(FOLLOW_UP, {
      input: {
        meetingId: held,
        text: ' Notitie delen met de DG ',
        ownerId: memberId,
        dueOn: '2027-02-01',
      },
    });
    expect(recorded.recordMeetingFollowUp).toMatchObject({
      text: 'Notitie delen met de DG',
      dueOn: '2027-02-01',
      owner: { id: memberId },
    });
    await coordinator.ok(FOLLOW_UP, { input: { meetingId: held, text: 'Zonder eigenaar' } });
    const notes = await coordinator.ok<{ recordMeetingNotes: { notes: string } }>(
      `mutation($m: ID!) { recordMeetingNotes(input: { meetingId: $m, notes: "## Verslag\\n\\nGoed gesprek." }) { notes } }`,
      { m: held },
    );
    expect(notes.recordMeetingNotes.notes).toBe('## Verslag\n\nGoed gesprek.');

    const rows = await countRows(stack, 'meeting_follow_up');
    const events = await countRows(stack, 'outbox_event');
    const refuse = async (client: GraphqlClient, input: Record<string, unknown>) =>
      (await client.request(FOLLOW_UP, { input: { meetingId: held, text: 'Actie', ...input } }))
        .errors?.[0].extensions;
    expect(await refuse(moderator, {})).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'COORDINATOR_REQUIRED',
    });
    expect(await refuse(member, {})).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refuse(coordinator, { meetingId: upcoming })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'MEETING_NOT_HELD_YET',
    });
    expect(await refuse(coordinator, { ownerId: outsiderId })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OWNER_NOT_A_MEMBER',
      fields: [{ field: 'ownerId' }],
    });
    expect(await refuse(coordinator, { text: '   ' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'text' }],
    });
    expect(await refuse(coordinator, { dueOn: '2027-02-30' })).toMatchObject({
      fields: [{ field: 'dueOn' }],
    });
    expect(await countRows(stack, 'meeting_follow_up')).toBe(rows);
    expect(await countRows(stack, 'outbox_event')).toBe(events);

    const seen = await member.ok<{
      meeting: { notes: string; followUps: { text: string; owner: { id: string } | null }[] };
    }>(`query($m: ID!) { meeting(id: $m) { notes followUps { text owner { id } } } }`, { m: held });
    expect(seen.meeting.followUps).toEqual([
      { text: 'Notitie delen met de DG', owner: { id: memberId } },
      { text: 'Zonder eigenaar', owner: null },
    ]);
    expect((await meetingEvents(stack, held)).sort()).toEqual([
      'meetings.follow-up-recorded',
      'meetings.follow-up-recorded',
      'meetings.notes-recorded',
    ]);
  });
});

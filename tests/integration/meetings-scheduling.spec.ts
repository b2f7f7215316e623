import { type GraphqlClient, waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor, sessionTokenFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import {
  amsterdamClock,
  icsTimes,
  insertMeeting,
  lastSunday,
  localInDays,
  meetingEvents,
  SCHEDULE,
  scheduleMeeting,
} from './meetings-support';

describe('meetings: scheduling, invitations and the .ics', () => {
  let stack: TestStack;
  let coordinator: GraphqlClient;
  let moderator: GraphqlClient;
  let member: GraphqlClient;
  let communityId: string;
  const ids: Record<string, string> = {};
  const year = new Date().getUTCFullYear() + 1;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    for (const who of ['coordinator', 'moderator', 'member', 'pending', 'outsider']) {
      ids[who] = await insertMember(stack, { email: `${who}@minbzk.nl`, name: `Lid ${who}` });
    }
    communityId = await insertCommunity(stack, {
      name: 'Zorg en wonen',
      slug: 'zorg-en-wonen',
      joinPolicy: 'OPEN',
      members: [
        { memberId: ids.coordinator, role: 'COORDINATOR' },
        { memberId: ids.moderator, role: 'MODERATOR' },
        { memberId: ids.member },
        { memberId: ids.pending, status: 'PENDING' },
      ],
    });
    coordinator = await sessionFor(stack, 'coordinator@minbzk.nl');
    moderator = await sessionFor(stack, 'moderator@minbzk.nl');
    member = await sessionFor(stack, 'member@minbzk.nl');
  });
  // The meeting invitations follow each member's notification setting (default: the digest).
  beforeAll(() =>
    stack.dataSource.query(`UPDATE notification_settings SET meeting_changes = 'IMMEDIATE'`),
  );
  afterAll(() => stack?.stop());

  it('does email every active member one invitation with an .ics at 10:00 Amsterdam across DST', async () => {
    for (const [month, utcHour] of [
      [10, 9], // last Sunday of October: winter time again, UTC+1
      [3, 8], // last Sunday of March: summer time starts, UTC+2
    ] as const) {
      const day = lastSunday(year, month);
      const title = `Bijeenkomst ${day}`;
      const data = await moderator.ok<{
        scheduleMeeting: { id: string; startsAt: string; startsAtLocal: string; timeZone: string };
      }>(SCHEDULE, {
        input: {
          communityId,
          title,
          startsAt: `${day}T10:00`,
          endsAt: `${day}T12:00`,
          onlineUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
          agenda: '# Agenda\n\n1. Kennismaken, koffie; daarna *aan de slag*',
        },
      });
      const meeting = data.scheduleMeeting;
      expect(meeting.startsAtLocal).toBe(`${day}T10:00`);
      expect(meeting.timeZone).toBe('Europe/Amsterdam');
      expect(new Date(meeting.startsAt).getUTCHours()).toBe(utcHour);

      for (const who of ['coordinator', 'moderator', 'member']) {
        const mail = await stack.mail.waitFor(
          (m) => m.to.includes(`${who}@minbzk.nl`) && m.subject.includes(title),
        );
        expect(mail.attachments).toHaveLength(1);
        const [attachment] = mail.attachments;
        expect(attachment.contentType).toBe('text/calendar');
        expect(attachment.filename).toBe(`bijeenkomst-${day}.ics`);
        const ics = Buffer.from(attachment.content, 'base64').toString('utf8');
        const { start, end } = icsTimes(ics);
        expect(start.toISOString()).toBe(`${day}T${String(utcHour).padStart(2, '0')}:00:00.000Z`);
        expect(amsterdamClock(start)).toBe(`${day}T10:00`);
        expect(amsterdamClock(end)).toBe(`${day}T12:00`);
        expect(ics).toContain(`UID:meeting-${meeting.id}@leerhuis`);
        expect(ics).toContain('LOCATION:https://teams.microsoft.com/l/meetup-join/abc');
      }
      // Not to the applicant or outsiders; one per member (the Mailer key is per member and meeting).
      // The send log is written just after the SMTP server accepted the message.
      await waitFor(
        async () =>
          (await countRows(stack, 'sent_email', `key LIKE $1`, [
            `meeting-invitation:${meeting.id}:%`,
          ])) === 3,
        'three invitations in the send log',
      );
      const invitations = stack.mail.messages.filter((m) => m.subject.includes(title));
      expect(invitations.map((m) => m.to[0]).sort()).toEqual([
        'coordinator@minbzk.nl',
        'member@minbzk.nl',
        'moderator@minbzk.nl',
      ]);
      expect(await meetingEvents(stack, meeting.id)).toEqual(['meetings.meeting-scheduled']);
    }
  });

  it('does refuse bad input with specific codes and fields, writing nothing', async () => {
    const before = await countRows(stack, 'meeting');
    const events = await countRows(stack, 'outbox_event');
    const attempt = async (input: Record<string, unknown>) => {
      const result = await coordinator.request(SCHEDULE, {
        input: {
          communityId,
          title: 'Bijeenkomst',
          startsAt: localInDays(5, '10:00'),
          endsAt: localInDays(5, '12:00'),
          address: 'Turfmarkt 147, Den Haag',
          ...input,
        },
      });
      const error = result.errors?.[0];
      return {
        code: error?.extensions?.code,
        reason: error?.extensions?.reason,
        fields: (error?.extensions?.fields ?? []).map((f) => f.field),
      };
    };
    expect(await attempt({ endsAt: localInDays(5, '09:00') })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'END_BEFORE_START',
      fields: ['endsAt'],
    });
    expect(await attempt({ endsAt: localInDays(5, '10:00') })).toMatchObject({
      reason: 'END_BEFORE_START',
    });
    // Two weeks is the longest meeting (ten months was once accepted).
    expect(await attempt({ endsAt: localInDays(5 + 300, '12:00') })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MEETING_TOO_LONG',
      fields: ['endsAt'],
    });
    expect(await attempt({ endsAt: localInDays(5 + 15, '10:00') })).toMatchObject({
      reason: 'MEETING_TOO_LONG',
    });
    expect(await attempt({ capacity: 0 })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: ['capacity'],
    });
    expect(await attempt({ capacity: 1001 })).toMatchObject({ fields: ['capacity'] });
    expect(
      await attempt({ startsAt: localInDays(-1, '10:00'), endsAt: localInDays(-1, '12:00') }),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'START_IN_PAST',
      fields: ['startsAt'],
    });
    expect(
      await attempt({
        startsAt: `${lastSunday(year, 3)}T02:30`,
        endsAt: `${lastSunday(year, 3)}T04:00`,
      }),
    ).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_LOCAL_TIME', fields: ['startsAt'] });
    expect(await attempt({ startsAt: '2027-13-01T10:00' })).toMatchObject({ fields: ['startsAt'] });
    expect(await attempt({ address: null })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'PLACE_REQUIRED',
      fields: ['address', 'onlineUrl'],
    });
    expect(await attempt({ onlineUrl: 'https://teams.example.com/x' })).toMatchObject({
      reason: 'PLACE_REQUIRED',
    });
    expect(await attempt({ address: null, onlineUrl: 'http://insecure.example.com' })).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: ['onlineUrl'],
    });
    expect(await attempt({ address: null, onlineUrl: 'javascript:alert(1)' })).toMatchObject({
      fields: ['onlineUrl'],
    });
    expect(await attempt({ agenda: 'x'.repeat(10_001) })).toMatchObject({ fields: ['agenda'] });
    expect(await attempt({ title: '  ' })).toMatchObject({ fields: ['title'] });
    expect(await attempt({ title: 'x'.repeat(201) })).toMatchObject({ fields: ['title'] });
    expect(await countRows(stack, 'meeting')).toBe(before);
    expect(await countRows(stack, 'outbox_event')).toBe(events);
  });

  it('does let coordinators and moderators edit and cancel, recording events and activity', async () => {
    const meetingId = await scheduleMeeting(coordinator, communityId, { capacity: 10 });
    await stack.dataSource.query(
      `UPDATE community SET last_activity_at = now() - interval '1 day' WHERE id = $1`,
      [communityId],
    );
    const update = `mutation($input: UpdateMeetingInput!) {
      updateMeeting(input: $input) { title startsAtLocal endsAtLocal address onlineUrl capacity agenda }
    }`;
    const updated = await moderator.ok<{ updateMeeting: Record<string, unknown> }>(update, {
      input: {
        meetingId,
        title: 'Nieuwe titel',
        startsAt: localInDays(8, '14:00'),
        endsAt: localInDays(8, '16:30'),
        onlineUrl: 'https://meet.example.nl/abc',
        capacity: null,
      },
    });
    expect(updated.updateMeeting).toMatchObject({
      title: 'Nieuwe titel',
      startsAtLocal: localInDays(8, '14:00'),
      endsAtLocal: localInDays(8, '16:30'),
      address: null,
      onlineUrl: 'https://meet.example.nl/abc',
      capacity: null,
    });
    const endBeforeStart = await moderator.request(update, {
      input: { meetingId, endsAt: localInDays(8, '13:00') },
    });
    expect(endBeforeStart.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'END_BEFORE_START',
    });
    const forbidden = await member.request(update, { input: { meetingId, title: 'Van een lid' } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const cancel = `mutation($m: ID!) { cancelMeeting(input: { meetingId: $m, reason: "Ziek" }) { cancelledAt cancellationReason } }`;
    const cancelled = await coordinator.ok<{ cancelMeeting: { cancelledAt: string } }>(cancel, {
      m: meetingId,
    });
    expect(cancelled.cancelMeeting.cancelledAt).toBeTruthy();
    // Members hear it is off, with an .ics that takes it out of their calendars.
    const off = await stack.mail.waitFor(
      (m) => m.to.includes('member@minbzk.nl') && m.subject === 'Gaat niet door: Nieuwe titel',
    );
    expect(off.text).toContain('Ziek');
    const offIcs = Buffer.from(off.attachments[0].content, 'base64').toString('utf8');
    expect(offIcs).toContain('METHOD:CANCEL');
    expect(offIcs).toContain('STATUS:CANCELLED');
    expect(offIcs).toContain('SEQUENCE:2');
    const again = await coordinator.request(cancel, { m: meetingId });
    expect(again.errors?.[0].extensions).toMatchObject({ reason: 'MEETING_CANCELLED' });
    expect(await meetingEvents(stack, meetingId)).toEqual([
      'meetings.meeting-scheduled',
      'meetings.meeting-updated',
      'meetings.meeting-cancelled',
    ]);
    const [{ fresh }] = await stack.dataSource.query(
      `SELECT last_activity_at > now() - interval '1 minute' AS fresh FROM community WHERE id = $1`,
      [communityId],
    );
    expect(fresh).toBe(true);
  });

  it('does serve the .ics to members only, by cookie or bearer', async () => {
    const day = lastSunday(year, 10);
    const meetingId = await scheduleMeeting(coordinator, communityId, {
      title: 'Download',
      startsAt: `${day}T10:00`,
      endsAt: `${day}T11:00`,
    });
    const url = `${stack.apiUrl}/meetings/${meetingId}/ics`;
    const cookie = `leerhuis_session=${await sessionTokenFor(stack, 'member@minbzk.nl')}`;
    const byCookie = await fetch(url, { headers: { cookie } });
    expect(byCookie.status).toBe(200);
    expect(byCookie.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(byCookie.headers.get('content-disposition')).toContain(`bijeenkomst-${day}.ics`);
    const ics = await byCookie.text();
    expect(amsterdamClock(icsTimes(ics).start)).toBe(`${day}T10:00`);

    const bearer = await sessionTokenFor(stack, 'moderator@minbzk.nl');
    const byBearer = await fetch(url, { headers: { authorization: `Bearer ${bearer}` } });
    expect(byBearer.status).toBe(200);

    expect((await fetch(url)).status).toBe(401);
    const outsider = await sessionTokenFor(stack, 'outsider@minbzk.nl');
    const asOutsider = await fetch(url, { headers: { authorization: `Bearer ${outsider}` } });
    expect(asOutsider.status).toBe(403);
    const pending = await sessionTokenFor(stack, 'pending@minbzk.nl');
    expect((await fetch(url, { headers: { authorization: `Bearer ${pending}` } })).status).toBe(
      403,
    );
    const missing = await fetch(
      `${stack.apiUrl}/meetings/00000000-0000-4000-8000-00000000dead/ics`,
      {
        headers: { authorization: `Bearer ${bearer}` },
      },
    );
    expect(missing.status).toBe(404);
    const garbage = await fetch(`${stack.apiUrl}/meetings/nope/ics`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(garbage.status).toBe(404);

    // A hidden CoP's meeting is "not found" for outsiders, exactly like a missing one.
    const hidden = await insertCommunity(stack, {
      name: 'Geheim',
      slug: 'geheim',
      joinPolicy: 'HIDDEN',
      members: [{ memberId: ids.coordinator, role: 'COORDINATOR' }],
    });
    const secret = await insertMeeting(stack, {
      communityId: hidden,
      title: 'Geheime bijeenkomst',
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
    });
    const hiddenAnswer = await fetch(`${stack.apiUrl}/meetings/${secret}/ics`, {
      headers: { authorization: `Bearer ${outsider}` },
    });
    expect(hiddenAnswer.status).toBe(404);
    expect(await hiddenAnswer.text()).toBe(await missing.text());
  });
});

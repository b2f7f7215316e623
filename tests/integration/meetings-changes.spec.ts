import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import {
  amsterdamClock,
  lastSunday,
  meetingEvents,
  RSVP,
  scheduleMeeting,
} from './meetings-support';

const UPDATE = `mutation($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) { startsAtLocal endsAtLocal address onlineUrl capacity goingCount }
}`;
const CANCEL = `mutation($m: ID!) { cancelMeeting(input: { meetingId: $m, reason: "Ziek" }) { id } }`;

/** An .ics as a calendar reads it: lines unfolded, the calendar's and the event's properties. */
function parseIcs(ics: string): { calendar: Map<string, string>; event: Map<string, string> } {
  // The mail's transfer encoding may turn CRLF into LF; the unfolding rule is the same.
  const lines = ics
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/)
    .filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const calendar = new Map<string, string>();
  const event = new Map<string, string>();
  let target = calendar;
  for (const line of lines.slice(1, -1)) {
    if (line === 'BEGIN:VEVENT') target = event;
    else if (line === 'END:VEVENT') target = calendar;
    else {
      const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/); // the first colon outside quotes
      expect(colon).toBeGreaterThan(0);
      const [name] = line.slice(0, colon).split(';');
      target.set(name, line.slice(colon + 1));
    }
  }
  return { calendar, event };
}

/** 20270329T080000Z as a Date. */
const icsInstant = (v: string) =>
  new Date(
    `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}Z`,
  );

describe('meetings: a changed meeting is announced', () => {
  let stack: TestStack;
  let coordinator: GraphqlClient;
  let communityId: string;
  const people = ['gaat', 'misschien', 'wacht', 'niet', 'stil'] as const;
  const clients = {} as Record<(typeof people)[number], GraphqlClient>;
  const email = (who: string) => `${who}@minbzk.nl`;
  const year = new Date().getUTCFullYear() + 1;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const trekker = await insertMember(stack, { email: email('trekker'), name: 'Tess Trekker' });
    const ids = [];
    for (const who of people) {
      ids.push(await insertMember(stack, { email: email(who), name: `Lid ${who}` }));
    }
    await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE email = $1`, [
      email('misschien'),
    ]);
    communityId = await insertCommunity(stack, {
      name: 'Ketenoverleg',
      slug: 'ketenoverleg',
      joinPolicy: 'OPEN',
      members: [
        { memberId: trekker, role: 'COORDINATOR' },
        ...ids.map((memberId) => ({ memberId })),
      ],
    });
    coordinator = await sessionFor(stack, email('trekker'));
    for (const who of people) clients[who] = await sessionFor(stack, email(who));
  });
  afterAll(() => stack?.stop());

  /** Every recorded event relayed and every mail job done: what is not sent now never is. */
  const mailSettled = () => stack.settle();

  /** A meeting with one seat: going, maybe, waiting, not going, and one who never answered. */
  async function meetingWithAnswers(title: string, startsAt: string, endsAt: string) {
    const meetingId = await scheduleMeeting(coordinator, communityId, {
      title,
      startsAt,
      endsAt,
      capacity: 1,
    });
    const answer = (who: (typeof people)[number], r: string) =>
      clients[who].ok(RSVP, { m: meetingId, r });
    await answer('gaat', 'GOING');
    await answer('misschien', 'MAYBE');
    await answer('wacht', 'GOING'); // full: the waiting list
    await answer('niet', 'NOT_GOING');
    await mailSettled(); // the invitations are out; only change emails follow
    return meetingId;
  }

  const changeMails = (title: string) =>
    stack.mail.messages.filter(
      (m) => /^(Gewijzigd|Changed): /.test(m.subject) && m.subject.includes(title),
    );

  it('does email going, maybe and waiting members an updated .ics across the DST change, once', async () => {
    // Saturday before summer time starts (UTC+1) → Monday after (UTC+2).
    const sunday = lastSunday(year, 3);
    const saturday = new Date(Date.parse(sunday) - 86_400_000).toISOString().slice(0, 10);
    const monday = new Date(Date.parse(sunday) + 86_400_000).toISOString().slice(0, 10);
    const title = 'Voorjaarsoverleg';
    const meetingId = await meetingWithAnswers(title, `${saturday}T10:00`, `${saturday}T12:00`);

    const updated = await coordinator.ok<{ updateMeeting: Record<string, unknown> }>(UPDATE, {
      input: { meetingId, startsAt: `${monday}T10:00`, endsAt: `${monday}T12:00` },
    });
    expect(updated.updateMeeting).toMatchObject({
      startsAtLocal: `${monday}T10:00`,
      endsAtLocal: `${monday}T12:00`,
      goingCount: 1,
    });

    await waitFor(async () => changeMails(title).length === 3, 'three change emails');
    await mailSettled();
    const mails = changeMails(title);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(
      [email('gaat'), email('misschien'), email('wacht')].sort(),
    );

    const going = mails.find((m) => m.to[0] === email('gaat'))!;
    expect(going.subject).toBe(`Gewijzigd: ${title} (Ketenoverleg)`);
    expect(going.text).toContain('De tijd is veranderd.');
    expect(going.text).not.toContain('De plaats is veranderd.');
    expect(going.text).toContain(
      `${stack.apiUrl}/communities/ketenoverleg/bijeenkomsten/${meetingId}`,
    );
    expect(going.attachments).toHaveLength(1);
    expect(going.attachments[0].contentType).toBe('text/calendar');
    const { calendar, event } = parseIcs(
      Buffer.from(going.attachments[0].content, 'base64').toString('utf8'),
    );
    expect(calendar.get('METHOD')).toBe('REQUEST');
    expect(event.get('UID')).toBe(`meeting-${meetingId}@leerhuis`);
    expect(event.get('SEQUENCE')).toBe('1');
    // 10:00 in Amsterdam on the Monday is summer time: 08:00 UTC (the Saturday was 09:00 UTC).
    expect(event.get('DTSTART')).toBe(`${monday.replace(/-/g, '')}T080000Z`);
    expect(amsterdamClock(icsInstant(event.get('DTSTART')!))).toBe(`${monday}T10:00`);
    expect(amsterdamClock(icsInstant(event.get('DTEND')!))).toBe(`${monday}T12:00`);
    // URI schemes are case-insensitive (RFC 3986); ical-generator writes MAILTO for attendees.
    expect(event.get('ORGANIZER')).toMatch(/^mailto:/i);
    expect(event.get('ATTENDEE')?.toLowerCase()).toBe(`mailto:${email('gaat')}`.toLowerCase());
    expect(event.get('STATUS')).toBe('CONFIRMED');

    const maybe = mails.find((m) => m.to[0] === email('misschien'))!;
    expect(maybe.subject).toBe(`Changed: ${title} (Ketenoverleg)`);
    expect(maybe.text).toContain('The time has changed.');
    expect(maybe.attachments).toHaveLength(1);

    // Waiting: told, but no seat to put in a calendar.
    const waiting = mails.find((m) => m.to[0] === email('wacht'))!;
    expect(waiting.text).toContain('Je staat op de wachtlijst.');
    expect(waiting.attachments).toHaveLength(0);

    // Exactly once: the event relayed again (a crash before it was marked) sends nothing new.
    await stack.dataSource.query(
      `UPDATE outbox_event SET dispatched_at = NULL
        WHERE type = 'meetings.meeting-updated' AND payload->>'meetingId' = $1`,
      [meetingId],
    );
    await mailSettled();
    expect(changeMails(title)).toHaveLength(3);
    expect(
      await countRows(stack, 'sent_email', `key LIKE $1`, [`meeting-change:${meetingId}:1:%`]),
    ).toBe(3);
  });

  it('does send nothing when the values are the same, or only the agenda changes', async () => {
    const title = 'Zelfde tijd';
    const day = lastSunday(year, 6);
    const meetingId = await meetingWithAnswers(title, `${day}T14:00`, `${day}T16:00`);
    await coordinator.ok(UPDATE, {
      input: {
        meetingId,
        title,
        startsAt: `${day}T14:00`,
        endsAt: `${day}T16:00`,
        address: 'Turfmarkt 147, Den Haag',
        capacity: 1,
      },
    });
    expect(await meetingEvents(stack, meetingId)).not.toContain('meetings.meeting-updated');
    const [{ sequence }] = await stack.dataSource.query(
      `SELECT sequence FROM meeting WHERE id = $1`,
      [meetingId],
    );
    expect(sequence).toBe(0);

    // A new agenda is a change (the calendar's description), but not one to email about.
    await coordinator.ok(UPDATE, { input: { meetingId, agenda: 'Koffie\nCasus' } });
    expect(await meetingEvents(stack, meetingId)).toContain('meetings.meeting-updated');
    await mailSettled();
    expect(changeMails(title)).toEqual([]);
  });

  it('does announce a new place with a higher SEQUENCE, and a later cancellation goes higher still', async () => {
    const title = 'Verhuisd overleg';
    const day = lastSunday(year, 9);
    const meetingId = await meetingWithAnswers(title, `${day}T10:00`, `${day}T11:00`);
    await coordinator.ok(UPDATE, {
      input: { meetingId, onlineUrl: 'https://teams.microsoft.com/l/meetup-join/xyz' },
    });
    const mail = await stack.mail.waitFor(
      (m) => m.to.includes(email('gaat')) && m.subject === `Gewijzigd: ${title} (Ketenoverleg)`,
    );
    expect(mail.text).toContain('De plaats is veranderd.');
    expect(mail.text).toContain('Online: https://teams.microsoft.com/l/meetup-join/xyz');
    const { event } = parseIcs(Buffer.from(mail.attachments[0].content, 'base64').toString());
    expect(event.get('SEQUENCE')).toBe('1');
    expect(event.get('LOCATION')).toBe('https://teams.microsoft.com/l/meetup-join/xyz');
    expect(amsterdamClock(icsInstant(event.get('DTSTART')!))).toBe(`${day}T10:00`);

    await coordinator.ok(CANCEL, { m: meetingId });
    const cancelled = await stack.mail.waitFor(
      (m) => m.to.includes(email('gaat')) && m.subject === `Gaat niet door: ${title}`,
    );
    const cancel = parseIcs(Buffer.from(cancelled.attachments[0].content, 'base64').toString());
    expect(cancel.calendar.get('METHOD')).toBe('CANCEL');
    expect(cancel.event.get('UID')).toBe(`meeting-${meetingId}@leerhuis`);
    expect(cancel.event.get('SEQUENCE')).toBe('2');
    await mailSettled();
    expect(changeMails(title)).toHaveLength(3);
  });
});

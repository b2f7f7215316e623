import type { GraphqlClient } from '@leerhuis/platform-testing';

import type { TestStack } from '../support/stack';

export const SCHEDULE = `mutation($input: ScheduleMeetingInput!) {
  scheduleMeeting(input: $input) {
    id title startsAt endsAt startsAtLocal endsAtLocal timeZone address onlineUrl capacity icsUrl
  }
}`;

export const RSVP = `mutation($m: ID!, $r: RsvpResponse!) {
  rsvpToMeeting(input: { meetingId: $m, response: $r }) { status waitingPosition meeting { id goingCount waitingCount } }
}`;

/** A local date-time in Amsterdam `days` days from now (always in the future for tests). */
export function localInDays(days: number, time = '10:00'): string {
  const date = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T${time}`;
}

/** The last Sunday of a month (1-12) of a year, as YYYY-MM-DD. */
export function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** Schedules a meeting through the API as `client` (a coordinator or moderator). */
export async function scheduleMeeting(
  client: GraphqlClient,
  communityId: string,
  values: Partial<{
    title: string;
    startsAt: string;
    endsAt: string;
    address: string;
    onlineUrl: string;
    capacity: number;
    agenda: string;
  }> = {},
): Promise<string> {
  const data = await client.ok<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
    input: {
      communityId,
      title: values.title ?? 'Bijeenkomst',
      startsAt: values.startsAt ?? localInDays(7, '10:00'),
      endsAt: values.endsAt ?? localInDays(7, '12:00'),
      ...(values.onlineUrl
        ? { onlineUrl: values.onlineUrl }
        : { address: values.address ?? 'Turfmarkt 147, Den Haag' }),
      ...(values.capacity !== undefined ? { capacity: values.capacity } : {}),
      ...(values.agenda !== undefined ? { agenda: values.agenda } : {}),
    },
  });
  return data.scheduleMeeting.id;
}

/** Inserts a meeting directly (test setup), e.g. one that already took place. */
export async function insertMeeting(
  stack: TestStack,
  values: {
    communityId: string;
    title?: string;
    startsAt: Date;
    endsAt: Date;
    capacity?: number | null;
    cancelled?: boolean;
  },
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO meeting (community_id, title, starts_at, ends_at, address, capacity, cancelled_at)
     VALUES ($1, $2, $3, $4, 'Turfmarkt 147, Den Haag', $5, CASE WHEN $6 THEN now() END) RETURNING id`,
    [
      values.communityId,
      values.title ?? 'Eerdere bijeenkomst',
      values.startsAt,
      values.endsAt,
      values.capacity ?? null,
      values.cancelled ?? false,
    ],
  );
  return rows[0].id;
}

/** The event types recorded for a meeting, in order. */
export async function meetingEvents(stack: TestStack, meetingId: string): Promise<string[]> {
  const rows: { type: string }[] = await stack.dataSource.query(
    `SELECT type FROM outbox_event WHERE payload->>'meetingId' = $1 ORDER BY occurred_at, id`,
    [meetingId],
  );
  return rows.map((r) => r.type);
}

/** DTSTART/DTEND of an .ics text as Dates (UTC form, as the writer emits). */
export function icsTimes(ics: string): { start: Date; end: Date } {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const at = (name: string) => {
    const match = new RegExp(`^${name}:(\\d{8}T\\d{6}Z)\\r?$`, 'm').exec(unfolded);
    if (!match) throw new Error(`no ${name} in ${ics}`);
    const v = match[1];
    return new Date(
      `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}T${v.slice(9, 11)}:${v.slice(11, 13)}:${v.slice(13, 15)}Z`,
    );
  };
  return { start: at('DTSTART'), end: at('DTEND') };
}

/** The Amsterdam wall clock of an instant, like 2027-03-28T10:00. */
export function amsterdamClock(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(instant)
    .replace(' ', 'T');
}

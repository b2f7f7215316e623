/**
 * A minimal iCalendar (RFC 5545) writer for one meeting. Times are written in UTC (`Z`), the
 * unambiguous form every calendar reads; the instants were computed from Amsterdam wall-clock
 * time, so daylight-saving changes are already accounted for.
 */
export interface IcsEvent {
  uid: string;
  /** Bumped on every change, so calendars replace their copy. */
  sequence: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description: string;
  url?: string;
  cancelled?: boolean;
  /**
   * PUBLISH (default): a file to import. REQUEST: an update of an event the recipient has, so
   * calendars replace their copy (same UID, higher SEQUENCE). A cancelled event is always CANCEL.
   */
  method?: 'PUBLISH' | 'REQUEST';
  /** Required with REQUEST (RFC 5546): who sends the update and to whom. */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
  stamp: Date;
}

/** CN parameter values are quoted; a quote itself cannot appear in one (RFC 5545 3.2). */
const cn = (name: string) => `"${name.replace(/"/g, "'")}"`;

const utc = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space (3.1), never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function writeIcs(event: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerhuis//Bijeenkomsten//NL',
    'CALSCALE:GREGORIAN',
    `METHOD:${event.cancelled ? 'CANCEL' : (event.method ?? 'PUBLISH')}`,
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    ...(event.organizer
      ? [`ORGANIZER;CN=${cn(event.organizer.name)}:mailto:${event.organizer.email}`]
      : []),
    ...(event.attendee
      ? [
          `ATTENDEE;CN=${cn(event.attendee.name)};ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:${event.attendee.email}`,
        ]
      : []),
    `SUMMARY:${escapeText(event.title)}`,
    `LOCATION:${escapeText(event.location)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

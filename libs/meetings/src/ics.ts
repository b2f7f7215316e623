import { escapeText, icsFile, icsUtc } from '@leerhuis/platform-calendar';

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
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
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
  return icsFile(lines);
}

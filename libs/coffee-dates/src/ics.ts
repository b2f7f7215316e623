import { escapeText, icsFile, icsUtc } from '@leerhuis/platform-calendar';

/**
 * The iCalendar (RFC 5545) file of a suggested koffiedate slot, written like libs/meetings
 * writes a meeting's: times in UTC (`Z`), TEXT escaped, long lines folded.
 */
export interface CoffeeDateIcsEvent {
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  description: string;
  url?: string;
  stamp: Date;
}

export function writeCoffeeDateIcs(event: CoffeeDateIcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerhuis//Koffiedate//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    'SEQUENCE:0',
    `DTSTAMP:${icsUtc(event.stamp)}`,
    `DTSTART:${icsUtc(event.startsAt)}`,
    `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'STATUS:TENTATIVE',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsFile(lines);
}

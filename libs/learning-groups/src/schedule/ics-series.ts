import { escapeText, icsFile, icsUtc } from '@leerhuis/platform-calendar';
/**
 * An iCalendar (RFC 5545) file with one recurring event: a leergroep's sessions. Unlike a
 * single meeting (written in UTC), a series must be written in local time with its time zone:
 * `DTSTART;TZID=Europe/Amsterdam` with `RRULE:FREQ=WEEKLY;INTERVAL=n` keeps every session at
 * the same wall-clock time across daylight-saving changes. The VTIMEZONE block describes the
 * Amsterdam rules (CET/CEST since 1996) for calendars that do not know the zone.
 */
import { AMSTERDAM_TIME_ZONE } from '@leerhuis/platform-calendar';

export interface IcsSeries {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  location: string;
  /** Amsterdam wall-clock start of the first session, `YYYY-MM-DDTHH:mm`. */
  firstSessionLocal: string;
  durationMinutes: number;
  cadenceWeeks: number;
  /** The instant after which no session starts (UTC in the file, as RFC 5545 requires). */
  until: Date;
  stamp: Date;
}

const local = (value: string) => `${value.replace(/[-:]/g, '')}00`;

function endLocal(startLocal: string, minutes: number): string {
  const [y, mo, d, h, mi] = startLocal.split(/[-T:]/).map(Number);
  const end = new Date(Date.UTC(y, mo - 1, d, h, mi + minutes));
  return end.toISOString().slice(0, 16);
}

export const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${AMSTERDAM_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function writeIcsSeries(series: IcsSeries): string {
  const tz = AMSTERDAM_TIME_ZONE;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Leerhuis//Leergroepen//NL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...AMSTERDAM_VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${series.uid}`,
    `SEQUENCE:${series.sequence}`,
    `DTSTAMP:${icsUtc(series.stamp)}`,
    `DTSTART;TZID=${tz}:${local(series.firstSessionLocal)}`,
    `DTEND;TZID=${tz}:${local(endLocal(series.firstSessionLocal, series.durationMinutes))}`,
    `RRULE:FREQ=WEEKLY;INTERVAL=${series.cadenceWeeks};UNTIL=${icsUtc(series.until)}`,
    `SUMMARY:${escapeText(series.title)}`,
    `LOCATION:${escapeText(series.location)}`,
    ...(series.description ? [`DESCRIPTION:${escapeText(series.description)}`] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return icsFile(lines);
}

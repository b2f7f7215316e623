import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
} from 'ical-generator';
import { DateTime } from 'luxon';

import { AMSTERDAM_TIME_ZONE } from './amsterdam-time';

/**
 * Every Leerhuis calendar file (a meeting, a koffiedate slot, a leergroep series, a personal
 * feed) is written by ical-generator: escaping, folding, VTIMEZONE and RRULE are its job.
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

/** When an event happens: two instants (written in UTC), or a weekly series in Amsterdam time. */
export type CalendarWhen =
  | { startsAt: Date; endsAt: Date }
  | {
      /** Amsterdam wall-clock start of the first occurrence, `YYYY-MM-DDTHH:mm`. */
      firstLocal: string;
      durationMinutes: number;
      everyWeeks: number;
      /** The instant after which no occurrence starts. */
      until: Date;
    };

export interface CalendarEvent {
  uid: string;
  /** Bumped on every change, so calendars replace their copy. */
  sequence?: number;
  stamp: Date;
  when: CalendarWhen;
  title: string;
  location?: string;
  description?: string;
  url?: string;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  organizer?: CalendarPerson;
  attendees?: CalendarPerson[];
}

export interface CalendarOptions {
  /** Names the PRODID, e.g. `Bijeenkomsten` gives `-//Leerhuis//Bijeenkomsten//NL`. */
  product: string;
  /**
   * PUBLISH (default): a file to import. REQUEST: an invitation or update the recipient's
   * calendar files under the same UID. CANCEL: the event is off.
   */
  method?: 'PUBLISH' | 'REQUEST' | 'CANCEL';
  /** A feed's display name (X-WR-CALNAME). */
  name?: string;
}

const METHOD: Record<NonNullable<CalendarOptions['method']>, ICalCalendarMethod> = {
  PUBLISH: ICalCalendarMethod.PUBLISH,
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
};

const STATUS: Record<CalendarEvent['status'], ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

/** A whole .ics file (CRLF line ends) with the given events. */
export function icsCalendar(options: CalendarOptions, events: CalendarEvent[]): string {
  const calendar = ical({
    prodId: { company: 'Leerhuis', product: options.product, language: 'NL' },
    method: METHOD[options.method ?? 'PUBLISH'],
    ...(options.name ? { name: options.name } : {}),
    // Only series carry a TZID; this writes the Amsterdam VTIMEZONE for them.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of events) {
    const created = calendar.createEvent({
      id: event.uid,
      sequence: event.sequence ?? 0,
      stamp: event.stamp,
      ...when(event.when),
      summary: event.title,
      ...(event.location ? { location: event.location } : {}),
      ...(event.description ? { description: event.description } : {}),
      ...(event.url ? { url: event.url } : {}),
      status: STATUS[event.status],
      ...(event.organizer ? { organizer: event.organizer } : {}),
    });
    for (const attendee of event.attendees ?? []) {
      created.createAttendee({
        ...attendee,
        role: ICalAttendeeRole.REQ,
        rsvp: false,
      });
    }
  }
  // RFC 5545 ends every content line, the last one too, with CRLF.
  return `${calendar.toString()}\r\n`;
}

function when(value: CalendarWhen) {
  if ('startsAt' in value) return { start: value.startsAt, end: value.endsAt };
  // A series is written in local time with its zone, so every occurrence keeps its
  // wall-clock time across daylight-saving changes.
  const start = DateTime.fromISO(value.firstLocal, { zone: AMSTERDAM_TIME_ZONE });
  return {
    start,
    end: start.plus({ minutes: value.durationMinutes }),
    timezone: AMSTERDAM_TIME_ZONE,
    repeating: {
      freq: ICalEventRepeatingFreq.WEEKLY,
      interval: value.everyWeeks,
      until: value.until,
    },
  };
}

import { icsCalendar } from '@leerhuis/platform-calendar';

/**
 * The calendar file of one meeting. Times are written in UTC (`Z`), the unambiguous form every
 * calendar reads; the instants were computed from Amsterdam wall-clock time, so
 * daylight-saving changes are already accounted for.
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

export function writeIcs(event: IcsEvent): string {
  return icsCalendar(
    { product: 'Bijeenkomsten', method: event.cancelled ? 'CANCEL' : (event.method ?? 'PUBLISH') },
    [
      {
        uid: event.uid,
        sequence: event.sequence,
        stamp: event.stamp,
        when: { startsAt: event.startsAt, endsAt: event.endsAt },
        title: event.title,
        location: event.location,
        description: event.description,
        url: event.url,
        status: event.cancelled ? 'CANCELLED' : 'CONFIRMED',
        organizer: event.organizer,
        attendees: event.attendee ? [event.attendee] : [],
      },
    ],
  );
}

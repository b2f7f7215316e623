import { icsCalendar } from '@leerhuis/platform-calendar';

/** The calendar file of a suggested koffiedate slot (times in UTC, tentative). */
export interface CoffeeDateIcsEvent {
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  description: string;
  url?: string;
  stamp: Date;
  organizer?: { name: string; email: string };
  attendees?: { name: string; email: string }[];
}

export function writeCoffeeDateIcs(event: CoffeeDateIcsEvent): string {
  return icsCalendar({ product: 'Koffiedate' }, [
    {
      uid: event.uid,
      stamp: event.stamp,
      when: { startsAt: event.startsAt, endsAt: event.endsAt },
      title: event.title,
      description: event.description,
      url: event.url,
      status: 'TENTATIVE',
      organizer: event.organizer,
      attendees: event.attendees,
    },
  ]);
}

import { COFFEE_DATE_MINUTES, readMemberCoffeeDates } from '@leerhuis/coffee-dates';
import { readMemberLearningGroupSessions } from '@leerhuis/learning-groups';
import { meetingPageUrl, readMemberMeetings } from '@leerhuis/meetings';
import { type CalendarEvent, icsCalendar } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

// A feed shows the recent past too, so a calendar keeps what just happened.
const PAST_DAYS = 60;

const TEXT = {
  nl: {
    name: 'Leerhuis',
    coffeeDate: (names: string[]) =>
      names.length ? `Koffiedate met ${names.join(' en ')}` : 'Koffiedate',
    session: (group: string, n: number) => `Leergroep ${group}: bijeenkomst ${n}`,
  },
  en: {
    name: 'Leerhuis',
    coffeeDate: (names: string[]) =>
      names.length ? `Koffiedate with ${names.join(' and ')}` : 'Koffiedate',
    session: (group: string, n: number) => `Leergroep ${group}: session ${n}`,
  },
};

/**
 * One member's calendar feed: their CoPs' meetings, their koffiedates and their leergroep
 * sessions, each read through its owner's facade and written by ical-generator. Times are
 * instants (UTC in the file), computed from Amsterdam wall-clock time when they were planned,
 * so daylight-saving changes are already accounted for.
 */
@Injectable()
export class MemberFeed {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async ics(memberId: string, language: 'nl' | 'en', now = new Date()): Promise<string> {
    const since = new Date(now.getTime() - PAST_DAYS * 86_400_000);
    const t = TEXT[language];
    const [meetings, coffeeDates, sessions] = await Promise.all([
      readMemberMeetings(this.dataSource, memberId, since),
      readMemberCoffeeDates(this.dataSource, memberId, since),
      readMemberLearningGroupSessions(this.dataSource, memberId, since),
    ]);
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    const events: CalendarEvent[] = [
      ...meetings.map((m): CalendarEvent => {
        const url = meetingPageUrl(base, m.slug, m.id);
        return {
          // The UID of the meeting's own .ics: a calendar that has both keeps one event.
          uid: `meeting-${m.id}@leerhuis`,
          sequence: m.sequence,
          stamp: m.updatedAt,
          when: { startsAt: m.startsAt, endsAt: m.endsAt },
          title: `${m.title} (${m.communityName})`,
          location: m.location,
          description: url,
          url,
          status: m.cancelled ? 'CANCELLED' : 'CONFIRMED',
        };
      }),
      ...coffeeDates.map((c): CalendarEvent => ({
        uid: `coffee-date-${c.matchId}@leerhuis`,
        stamp: c.startsAt,
        when: {
          startsAt: c.startsAt,
          endsAt: new Date(c.startsAt.getTime() + COFFEE_DATE_MINUTES * 60_000),
        },
        title: t.coffeeDate(c.partnerNames),
        url: `${base}/koffiedate`,
        status: c.declined ? 'CANCELLED' : 'TENTATIVE',
      })),
      ...sessions.map((s): CalendarEvent => ({
        uid: `learning-group-session-${s.id}@leerhuis`,
        stamp: s.updatedAt,
        when: {
          startsAt: s.startsAt,
          endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000),
        },
        title: t.session(s.learningGroupName, s.sequence),
        url: `${base}/leergroepen/${s.learningGroupId}`,
        status: 'CONFIRMED',
      })),
    ];
    return icsCalendar({ product: 'Agenda', name: t.name }, events);
  }
}

import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { RsvpStatus } from '../entities/meeting-rsvp.entity';
import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';
import { describeTime, placeLine } from './meeting-email';

export interface SendMeetingChangeData {
  meetingId: string;
  /** The meeting's SEQUENCE right after the change. */
  sequence: number;
  changed: string[];
}

export const sendMeetingChangeJob = defineJob<SendMeetingChangeData>(
  QueueName.Mail,
  'send-meeting-change',
);

/** What members plan around: a change of anything else (title, agenda, seats) is not mailed. */
const ANNOUNCED = {
  time: ['startsAt', 'endsAt'],
  place: ['address', 'onlineUrl'],
};

const TEXT = {
  nl: {
    subject: (title: string) => `Gewijzigd: ${title}`,
    intro: (title: string, name: string) =>
      `De bijeenkomst ${title} van de community ${name} is gewijzigd.`,
    what: { time: 'De tijd is veranderd.', place: 'De plaats is veranderd.' },
    calendar: 'De bijlage werkt de bijeenkomst in je agenda bij.',
    waiting:
      'Je staat op de wachtlijst. Komt er een plek vrij, dan schuif je door en krijg je een e-mail. Past de nieuwe tijd of plaats je niet? Meld je dan af.',
    action: 'Bekijk de bijeenkomst',
    reason: 'Je krijgt deze mail omdat je reageerde op deze bijeenkomst in Leerhuis.',
  },
  en: {
    subject: (title: string) => `Changed: ${title}`,
    intro: (title: string, name: string) =>
      `The meeting ${title} of the community ${name} has changed.`,
    what: { time: 'The time has changed.', place: 'The place has changed.' },
    calendar: 'The attachment updates the meeting in your calendar.',
    waiting:
      'You are on the waiting list. When a seat frees up you move up and get an email. Does the new time or place not suit you? Then cancel.',
    action: 'View the meeting',
    reason: 'You receive this email because you answered this meeting on Leerhuis.',
  },
};

/**
 * Announces a changed time or place to everyone going, maybe going or waiting, with an updated
 * .ics (same UID, higher SEQUENCE, METHOD:REQUEST) for those with a seat or a "maybe". The key
 * carries the meeting's SEQUENCE at sending: one email per member and version, and two changes
 * handled after each other both send the latest version only once.
 */
@Injectable()
@JobHandler(sendMeetingChangeJob)
export class SendMeetingChangeJob implements JobProcessor<SendMeetingChangeData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendar,
  ) {}

  async handle(data: SendMeetingChangeData): Promise<void> {
    const what = (Object.keys(ANNOUNCED) as (keyof typeof ANNOUNCED)[]).filter((part) =>
      ANNOUNCED[part].some((field) => data.changed.includes(field)),
    );
    if (what.length === 0) return;
    const meeting = await this.meetings.findById(data.meetingId);
    // Cancelled meanwhile: the cancellation (METHOD:CANCEL) is the last word.
    if (!meeting || meeting.cancelledAt || meeting.endsAt.getTime() <= Date.now()) return;
    const [community, respondents] = await Promise.all([
      this.meetings.community(meeting.communityId),
      this.meetings.respondentContacts(meeting.id),
    ]);
    if (!community) return;
    const url = meetingPageUrl(this.config.PUBLIC_URL, community.slug, meeting.id);
    for (const member of respondents) {
      const text = TEXT[member.language] ?? TEXT.nl;
      const waiting = member.status === RsvpStatus.WAITING;
      const { html, text: plain } = renderEmail({
        language: member.language,
        title: text.subject(meeting.title),
        paragraphs: [
          text.intro(meeting.title, community.name),
          ...what.map((part) => text.what[part]),
          describeTime(meeting, member.language),
          placeLine(meeting, member.language),
          waiting ? text.waiting : text.calendar,
        ],
        action: { label: text.action, url },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      // A waiting member has no seat: nothing to put in (or update in) their calendar.
      const ics = waiting
        ? null
        : await this.calendar.file(meeting, {
            attendee: { name: member.name, email: member.email },
          });
      await this.mailer.send({
        key: `meeting-change:${meeting.id}:${meeting.sequence}:${member.id}`,
        to: member.email,
        subject: `${text.subject(meeting.title)} (${community.name})`,
        html,
        text: plain,
        ...(ics && {
          attachments: [
            {
              filename: ics.filename,
              content: ics.content,
              contentType: 'text/calendar; charset=utf-8; method=REQUEST',
            },
          ],
        }),
      });
    }
  }
}

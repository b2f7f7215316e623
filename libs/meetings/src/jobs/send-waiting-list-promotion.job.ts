import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';
import { describeTime, placeLine } from './meeting-email';

export interface SendWaitingListPromotionData {
  eventId: string;
  meetingId: string;
  memberId: string;
  freedBy: string | null;
}

export const sendWaitingListPromotionJob = defineJob<SendWaitingListPromotionData>(
  QueueName.Mail,
  'send-meeting-waiting-list-promotion',
);

const TEXT = {
  nl: {
    promotedSubject: (title: string) => `Er is een plek vrij: je gaat mee naar ${title}`,
    promoted: (title: string) =>
      `Er is een plek vrijgekomen bij ${title}. Je stond op de wachtlijst en bent nu aangemeld.`,
    promotedNote: 'Kun je toch niet? Meld je dan af, dan gaat je plek naar de volgende.',
    freedSubject: (title: string) => `Je afmelding voor ${title}`,
    freed: (title: string) =>
      `Je hebt je afgemeld voor ${title}. Je plek is doorgegeven aan de eerste op de wachtlijst.`,
    action: 'Bekijk de bijeenkomst',
    reason: 'Je krijgt deze mail omdat je reageerde op een bijeenkomst in Leerhuis.',
  },
  en: {
    promotedSubject: (title: string) => `A seat opened up: you are going to ${title}`,
    promoted: (title: string) =>
      `A seat opened up for ${title}. You were on the waiting list and are now going.`,
    promotedNote: 'Cannot make it after all? Cancel, and your seat goes to the next person.',
    freedSubject: (title: string) => `You cancelled for ${title}`,
    freed: (title: string) =>
      `You cancelled for ${title}. Your seat went to the first person on the waiting list.`,
    action: 'View the meeting',
    reason: 'You receive this email because you answered a meeting invitation on Leerhuis.',
  },
};

/** Tells the promoted member they are going (with the .ics), and the one who freed the seat. */
@Injectable()
@JobHandler(sendWaitingListPromotionJob)
export class SendWaitingListPromotionJob implements JobProcessor<SendWaitingListPromotionData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendar,
  ) {}

  async handle(data: SendWaitingListPromotionData): Promise<void> {
    const meeting = await this.meetings.findById(data.meetingId);
    if (!meeting || meeting.cancelledAt) return;
    const community = await this.meetings.community(meeting.communityId);
    if (!community) return;
    const url = meetingPageUrl(this.config.PUBLIC_URL, community.slug, meeting.id);
    const promoted = await this.meetings.contact(data.memberId);
    if (promoted) {
      const text = TEXT[promoted.language] ?? TEXT.nl;
      const ics = await this.calendar.file(meeting);
      const { html, text: plain } = renderEmail({
        language: promoted.language,
        title: text.promotedSubject(meeting.title),
        paragraphs: [
          text.promoted(meeting.title),
          describeTime(meeting, promoted.language),
          placeLine(meeting, promoted.language),
          text.promotedNote,
        ],
        action: { label: text.action, url },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `meeting-promoted:${data.eventId}`,
        to: promoted.email,
        subject: text.promotedSubject(meeting.title),
        html,
        text: plain,
        attachments: [
          {
            filename: ics.filename,
            content: ics.content,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ],
      });
    }
    const freer = data.freedBy ? await this.meetings.contact(data.freedBy) : null;
    if (freer) {
      const text = TEXT[freer.language] ?? TEXT.nl;
      const { html, text: plain } = renderEmail({
        language: freer.language,
        title: text.freedSubject(meeting.title),
        paragraphs: [text.freed(meeting.title)],
        action: { label: text.action, url },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `meeting-seat-freed:${data.eventId}`,
        to: freer.email,
        subject: text.freedSubject(meeting.title),
        html,
        text: plain,
      });
    }
  }
}

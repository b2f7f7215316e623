import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, notificationSettingsUrl, renderEmail } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar } from '../meeting-calendar';
import { describeTime } from './meeting-email';

export interface SendMeetingCancellationData {
  meetingId: string;
}

export const sendMeetingCancellationJob = defineJob<SendMeetingCancellationData>(
  QueueName.Mail,
  'send-meeting-cancellation',
);

const TEXT = {
  nl: {
    subject: (title: string) => `Gaat niet door: ${title}`,
    intro: (title: string, name: string) =>
      `De bijeenkomst ${title} van de community ${name} gaat niet door.`,
    reason: 'Reden:',
    calendar: 'Met de bijlage haal je de bijeenkomst uit je agenda.',
    action: 'Naar de community',
    why: 'Je krijgt deze mail omdat je lid bent van deze community in Leerhuis.',
  },
  en: {
    subject: (title: string) => `Cancelled: ${title}`,
    intro: (title: string, name: string) =>
      `The meeting ${title} of the community ${name} has been cancelled.`,
    reason: 'Reason:',
    calendar: 'The attachment removes the meeting from your calendar.',
    action: 'Go to the community',
    why: 'You receive this email because you are a member of this community on Leerhuis.',
  },
};

/**
 * Tells the members who were invited that the meeting is off, with a CANCEL .ics so their
 * calendars drop it. One key per member and meeting, like the invitation.
 */
@Injectable()
@JobHandler(sendMeetingCancellationJob)
export class SendMeetingCancellationJob implements JobProcessor<SendMeetingCancellationData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendar,
  ) {}

  async handle(data: SendMeetingCancellationData): Promise<void> {
    const meeting = await this.meetings.findById(data.meetingId);
    if (!meeting?.cancelledAt) return;
    const [community, members, ics] = await Promise.all([
      this.meetings.community(meeting.communityId),
      this.meetings.activeMemberContacts(meeting.communityId),
      this.calendar.file(meeting),
    ]);
    if (!community) return;
    for (const member of members) {
      const text = TEXT[member.language] ?? TEXT.nl;
      const { html, text: plain } = renderEmail({
        language: member.language,
        title: text.subject(meeting.title),
        paragraphs: [
          text.intro(meeting.title, community.name),
          describeTime(meeting, member.language),
          ...(meeting.cancellationReason ? [text.reason, meeting.cancellationReason] : []),
          text.calendar,
        ],
        action: {
          label: text.action,
          url: `${this.config.PUBLIC_URL}/communities/${community.slug}`,
        },
        reason: text.why,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      });
      await this.mailer.send({
        key: `meeting-cancellation:${meeting.id}:${member.id}`,
        to: member.email,
        subject: text.subject(meeting.title),
        html,
        text: plain,
        attachments: [
          {
            filename: ics.filename,
            content: ics.content,
            contentType: 'text/calendar; charset=utf-8; method=CANCEL',
          },
        ],
      });
    }
  }
}

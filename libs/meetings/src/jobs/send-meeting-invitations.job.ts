import { AppConfig } from '@leerhuis/platform-config';
import {
  type EmailContent,
  Mailer,
  notificationSettingsUrl,
  UnsubscribeScope,
} from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';
import { describeTime, placeLine } from './meeting-email';

export interface SendMeetingInvitationsData {
  meetingId: string;
}

export const sendMeetingInvitationsJob = defineJob<SendMeetingInvitationsData>(
  QueueName.Mail,
  'send-meeting-invitations',
);

const TEXT = {
  nl: {
    subject: (title: string, name: string) => `Uitnodiging: ${title} (${name})`,
    intro: (name: string) => `Er is een bijeenkomst gepland in de community ${name}.`,
    calendar: 'De bijlage zet de bijeenkomst in je agenda. Laat even weten of je komt.',
    action: 'Bekijk de bijeenkomst',
    reason: 'Je krijgt deze mail omdat je lid bent van deze community in Leerhuis.',
  },
  en: {
    subject: (title: string, name: string) => `Invitation: ${title} (${name})`,
    intro: (name: string) => `A meeting has been scheduled in the community ${name}.`,
    calendar: 'The attachment adds the meeting to your calendar. Please let us know if you come.',
    action: 'View the meeting',
    reason: 'You receive this email because you are a member of this community on Leerhuis.',
  },
};

/**
 * Invites every active member who wants meeting news by email, with the .ics attached. One key per member and meeting, so a
 * retry after a partial run sends only to those not reached yet.
 */
@Injectable()
@JobHandler(sendMeetingInvitationsJob)
export class SendMeetingInvitationsJob implements JobProcessor<SendMeetingInvitationsData> {
  constructor(
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly meetings: MeetingRepository,
    private readonly calendar: MeetingCalendar,
  ) {}

  async handle(data: SendMeetingInvitationsData): Promise<void> {
    const meeting = await this.meetings.findById(data.meetingId);
    if (!meeting || meeting.cancelledAt) return; // gone or cancelled meanwhile: nothing to invite to
    const [community, members, ics] = await Promise.all([
      this.meetings.community(meeting.communityId),
      this.meetings.activeMemberContacts(meeting.communityId),
      this.calendar.file(meeting),
    ]);
    if (!community) return;
    for (const member of members) {
      const text = TEXT[member.language] ?? TEXT.nl;
      const content: EmailContent = {
        language: member.language,
        title: meeting.title,
        paragraphs: [
          text.intro(community.name),
          describeTime(meeting, member.language),
          placeLine(meeting, member.language),
          text.calendar,
        ],
        action: {
          label: text.action,
          url: meetingPageUrl(this.config.PUBLIC_URL, community.slug, meeting.id),
        },
        reason: text.reason,
        settingsUrl: notificationSettingsUrl(this.config.PUBLIC_URL),
      };
      await this.mailer.send({
        key: `meeting-invitation:${meeting.id}:${member.id}`,
        to: member.email,
        subject: text.subject(meeting.title, community.name),
        content,
        // Invitations to everyone follow the member's setting for meetings; the change and
        // cancellation emails to those who answered always go.
        audience: { memberId: member.id, kind: 'MEETING_CHANGES' },
        unsubscribe: { memberId: member.id, scope: UnsubscribeScope.MEETING_CHANGES },
        attachments: [
          {
            filename: ics.filename,
            content: ics.content,
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
        ],
      });
    }
  }
}

import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { meetingCancellationEmail } from '../emails/meeting-cancellation.email';
import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar } from '../meeting-calendar';

export interface SendMeetingCancellationData {
  meetingId: string;
}

export const sendMeetingCancellationJob = defineJob<SendMeetingCancellationData>(
  QueueName.Mail,
  'send-meeting-cancellation',
);

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
      const email = meetingCancellationEmail(
        {
          meeting,
          communityName: community.name,
          communityUrl: `${this.config.PUBLIC_URL}/communities/${community.slug}`,
          publicUrl: this.config.PUBLIC_URL,
        },
        member.language,
      );
      await this.mailer.send({
        key: `meeting-cancellation:${meeting.id}:${member.id}`,
        to: member.email,
        ...email,
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

import { AppConfig } from '@leerhuis/platform-config';
import { Mailer, UnsubscribeScope } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { meetingInvitationEmail } from '../emails/meeting-invitation.email';
import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';

export interface SendMeetingInvitationsData {
  meetingId: string;
}

export const sendMeetingInvitationsJob = defineJob<SendMeetingInvitationsData>(
  QueueName.Mail,
  'send-meeting-invitations',
);

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
      const email = meetingInvitationEmail(
        {
          meeting,
          communityName: community.name,
          url: meetingPageUrl(this.config.PUBLIC_URL, community.slug, meeting.id),
          publicUrl: this.config.PUBLIC_URL,
        },
        member.language,
      );
      await this.mailer.send({
        key: `meeting-invitation:${meeting.id}:${member.id}`,
        to: member.email,
        ...email,
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

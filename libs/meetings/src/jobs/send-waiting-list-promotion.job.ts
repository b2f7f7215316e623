import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { seatFreedEmail, waitingListPromotedEmail } from '../emails/waiting-list-promotion.email';
import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';

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
    const link = { meeting, url, publicUrl: this.config.PUBLIC_URL };
    const promoted = await this.meetings.contact(data.memberId);
    if (promoted) {
      const ics = await this.calendar.file(meeting);
      await this.mailer.send({
        key: `meeting-promoted:${data.eventId}`,
        to: promoted.email,
        ...waitingListPromotedEmail(link, promoted.language),
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
      await this.mailer.send({
        key: `meeting-seat-freed:${data.eventId}`,
        to: freer.email,
        ...seatFreedEmail(link, freer.language),
      });
    }
  }
}

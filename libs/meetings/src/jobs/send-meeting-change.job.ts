import { AppConfig } from '@leerhuis/platform-config';
import { Mailer } from '@leerhuis/platform-mail';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { type AnnouncedChange, meetingChangeEmail } from '../emails/meeting-change.email';
import { RsvpStatus } from '../entities/meeting-rsvp.entity';
import { MeetingRepository } from '../meeting.repository';
import { MeetingCalendar, meetingPageUrl } from '../meeting-calendar';

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
const ANNOUNCED: Record<AnnouncedChange, string[]> = {
  time: ['startsAt', 'endsAt'],
  place: ['address', 'onlineUrl'],
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
      const waiting = member.status === RsvpStatus.WAITING;
      const email = meetingChangeEmail(
        {
          meeting,
          communityName: community.name,
          changed: what,
          waiting,
          url,
          publicUrl: this.config.PUBLIC_URL,
        },
        member.language,
      );
      // A waiting member has no seat: nothing to put in (or update in) their calendar.
      const ics = waiting
        ? null
        : await this.calendar.file(meeting, {
            attendee: { name: member.name, email: member.email },
          });
      await this.mailer.send({
        key: `meeting-change:${meeting.id}:${meeting.sequence}:${member.id}`,
        to: member.email,
        ...email,
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

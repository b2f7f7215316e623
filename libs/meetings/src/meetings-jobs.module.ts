import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { MEETING_ENTITIES } from './entities/meeting-entities';
import {
  SendMeetingCancellationJob,
  sendMeetingCancellationJob,
} from './jobs/send-meeting-cancellation.job';
import { SendMeetingChangeJob, sendMeetingChangeJob } from './jobs/send-meeting-change.job';
import {
  SendMeetingInvitationsJob,
  sendMeetingInvitationsJob,
} from './jobs/send-meeting-invitations.job';
import {
  SendWaitingListPromotionJob,
  sendWaitingListPromotionJob,
} from './jobs/send-waiting-list-promotion.job';
import { MeetingRepository } from './meeting.repository';
import { MeetingCalendar } from './meeting-calendar';
import {
  meetingCancelled,
  meetingScheduled,
  meetingUpdated,
  meetingWaitingListPromoted,
} from './meetings.events';

/** Worker side of meetings: invitations, changes and cancellations with the .ics, waiting-list emails. */
@Module({
  imports: [DatabaseModule.forFeature(MEETING_ENTITIES), MailModule],
  providers: [
    MeetingRepository,
    MeetingCalendar,
    SendMeetingInvitationsJob,
    SendMeetingChangeJob,
    SendMeetingCancellationJob,
    SendWaitingListPromotionJob,
  ],
})
export class MeetingsJobsModule {}

export const meetingsEventSubscriptions = [
  subscribe(meetingScheduled, sendMeetingInvitationsJob, (payload) => ({
    meetingId: payload.meetingId,
  })),
  subscribe(meetingUpdated, sendMeetingChangeJob, (payload) => ({
    meetingId: payload.meetingId,
    sequence: payload.sequence,
    changed: payload.changed,
  })),
  subscribe(meetingCancelled, sendMeetingCancellationJob, (payload) => ({
    meetingId: payload.meetingId,
  })),
  subscribe(meetingWaitingListPromoted, sendWaitingListPromotionJob, (payload, eventId) => ({
    eventId,
    meetingId: payload.meetingId,
    memberId: payload.memberId,
    freedBy: payload.freedBy,
  })),
];

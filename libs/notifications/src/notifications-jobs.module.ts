import { coffeeDateRoundOpened } from '@leerhuis/coffee-dates';
import {
  discussionMemberMentioned,
  discussionReplyPosted,
  discussionThreadCreated,
} from '@leerhuis/discussions';
import { intervisionPhaseOpened } from '@leerhuis/intervision';
import { meetingCancelled, meetingScheduled, meetingUpdated } from '@leerhuis/meetings';
import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { NOTIFICATION_ENTITIES } from './entities/notification-entities';
import { CreateNotificationsJob, createNotificationsJob } from './jobs/create-notifications.job';
import { NotificationEmailQueue } from './jobs/notification-email-queue';
import { PurgeNotificationsJob } from './jobs/purge-notifications.job';
import { SendNotificationEmailJob } from './jobs/send-notification-email.job';
import { SweepNotificationEmailsJob } from './jobs/sweep-notification-emails.job';
import { NotificationRepository } from './notification.repository';
import { NotificationEmailAudienceModule } from './notification-email-audience';
import { NotificationRecipientsRepository } from './notification-recipients.repository';
import { NotificationSettingsRepository } from './notification-settings.repository';

/** Worker side of notifications: events become notifications; batched notification emails. */
@Module({
  imports: [
    DatabaseModule.forFeature(NOTIFICATION_ENTITIES),
    MailModule,
    // The Mailer's answer to "does this member want this email now?", for every job module.
    NotificationEmailAudienceModule,
  ],
  providers: [
    NotificationRecipientsRepository,
    NotificationRepository,
    NotificationSettingsRepository,
    NotificationEmailQueue,
    CreateNotificationsJob,
    SendNotificationEmailJob,
    PurgeNotificationsJob,
    SweepNotificationEmailsJob,
  ],
})
export class NotificationsJobsModule {}

export const notificationsEventSubscriptions = [
  subscribe(discussionMemberMentioned, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'discussion-mention' as const,
    communityId: p.communityId,
    threadId: p.threadId,
    replyId: p.replyId,
    memberId: p.memberId,
    mentionedBy: p.mentionedBy,
  })),
  subscribe(discussionReplyPosted, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'discussion-reply' as const,
    communityId: p.communityId,
    threadId: p.threadId,
    replyId: p.replyId,
    authorId: p.authorId,
  })),
  subscribe(discussionThreadCreated, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'discussion-thread' as const,
    communityId: p.communityId,
    threadId: p.threadId,
    authorId: p.authorId,
  })),
  subscribe(meetingScheduled, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'meeting' as const,
    change: 'SCHEDULED' as const,
    meetingId: p.meetingId,
    communityId: p.communityId,
    actorId: p.scheduledBy,
    changed: [],
  })),
  subscribe(meetingUpdated, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'meeting' as const,
    change: 'UPDATED' as const,
    meetingId: p.meetingId,
    communityId: p.communityId,
    actorId: p.updatedBy,
    changed: p.changed,
  })),
  subscribe(meetingCancelled, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'meeting' as const,
    change: 'CANCELLED' as const,
    meetingId: p.meetingId,
    communityId: p.communityId,
    actorId: p.cancelledBy,
    changed: [],
  })),
  subscribe(coffeeDateRoundOpened, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'coffee-date-round' as const,
    roundId: p.roundId,
  })),
  subscribe(intervisionPhaseOpened, createNotificationsJob, (p, eventId) => ({
    eventId,
    source: 'intervision-phase' as const,
    caseId: p.caseId,
    phaseIndex: p.phaseIndex,
  })),
];

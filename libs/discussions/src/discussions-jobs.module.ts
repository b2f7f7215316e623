import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { discussionPostHidden, discussionReportResolved } from './discussions.events';
import { DISCUSSION_ENTITIES } from './entities/discussion-entities';
import {
  SendPostHiddenNoticeJob,
  sendPostHiddenNoticeJob,
} from './jobs/send-post-hidden-notice.job';
import { SendReportOutcomeJob, sendReportOutcomeJob } from './jobs/send-report-outcome.job';
import { ThreadRepository } from './thread.repository';

/** Worker side of discussions: the moderation-outcome emails. */
@Module({
  imports: [DatabaseModule.forFeature(DISCUSSION_ENTITIES), MailModule],
  providers: [ThreadRepository, SendPostHiddenNoticeJob, SendReportOutcomeJob],
})
export class DiscussionsJobsModule {}

export const discussionsEventSubscriptions = [
  subscribe(discussionPostHidden, sendPostHiddenNoticeJob, (payload, eventId) => ({
    eventId,
    threadId: payload.threadId,
    replyId: payload.replyId,
    authorId: payload.authorId,
  })),
  subscribe(discussionReportResolved, sendReportOutcomeJob, (payload) => ({
    reportId: payload.reportId,
    threadId: payload.threadId,
    replyId: payload.replyId,
    reporterId: payload.reporterId,
    outcome: payload.outcome,
  })),
];

import { amsterdamDay } from '@leerhuis/platform-calendar';
import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { EventRef, NotificationRecipientsRepository } from '../notification-recipients.repository';
import { NotificationEmailQueue } from './notification-email-queue';

export type MeetingChange = 'SCHEDULED' | 'UPDATED' | 'CANCELLED';

/** One event, as the subscriptions map it; `eventId` makes the notifications idempotent. */
export type CreateNotificationsData = { eventId: string } & (
  | {
      source: 'discussion-mention';
      communityId: string;
      threadId: string;
      replyId: string | null;
      memberId: string;
      mentionedBy: string;
    }
  | {
      source: 'discussion-reply';
      communityId: string;
      threadId: string;
      replyId: string;
      authorId: string;
    }
  | { source: 'discussion-thread'; communityId: string; threadId: string; authorId: string }
  | {
      source: 'meeting';
      change: MeetingChange;
      meetingId: string;
      communityId: string;
      actorId: string;
      changed: string[];
    }
  | { source: 'coffee-date-round'; roundId: string }
  | { source: 'intervision-phase'; caseId: string; phaseIndex: number }
);

export const createNotificationsJob = defineJob<CreateNotificationsData>(
  QueueName.Mail,
  'create-notifications',
);

/** What the meetings lib announces to those who answered going, maybe or waiting. */
const ANNOUNCED_FIELDS = ['startsAt', 'endsAt', 'address', 'onlineUrl'];

/**
 * Turns a domain event into in-app notifications (one insert per kind), then enqueues the
 * batched notification email for everyone who got an immediate mention, reply or CoP activity.
 */
@Injectable()
@JobHandler(createNotificationsJob)
export class CreateNotificationsJob implements JobProcessor<CreateNotificationsData> {
  constructor(
    private readonly recipients: NotificationRecipientsRepository,
    private readonly emails: NotificationEmailQueue,
  ) {}

  async handle(data: CreateNotificationsData): Promise<void> {
    await this.create(data);
    for (const pending of await this.recipients.pendingEmails(data.eventId)) {
      await this.emails.schedule(pending.memberId, pending.lastNotificationEmailAt);
    }
  }

  private async create(data: CreateNotificationsData): Promise<void> {
    const { eventId } = data;
    switch (data.source) {
      case 'discussion-mention': {
        const post = this.post(data, data.mentionedBy);
        await this.recipients.mention(post, data.threadId, data.memberId);
        return;
      }
      case 'discussion-reply': {
        const post = this.post(data, data.authorId);
        await this.recipients.replyToAuthor(post, data.threadId);
        await this.recipients.communityActivity(post, data.threadId, data.replyId);
        return;
      }
      case 'discussion-thread':
        await this.recipients.communityActivity(
          this.post({ ...data, replyId: null }, data.authorId),
          data.threadId,
          null,
        );
        return;
      case 'meeting': {
        const respondentsEmailed =
          data.change === 'CANCELLED' ||
          (data.change === 'UPDATED' && data.changed.some((f) => ANNOUNCED_FIELDS.includes(f)));
        await this.recipients.meetingChange(
          {
            eventId,
            communityId: data.communityId,
            subjectType: 'MEETING',
            subjectId: data.meetingId,
            actorId: data.actorId,
            data: { change: data.change },
          },
          respondentsEmailed,
        );
        return;
      }
      case 'coffee-date-round':
        await this.recipients.coffeeDateRound(
          {
            eventId,
            communityId: null,
            subjectType: 'COFFEE_DATE_ROUND',
            subjectId: data.roundId,
            actorId: null,
            data: {},
          },
          amsterdamDay(new Date()),
        );
        return;
      case 'intervision-phase': {
        const phase = await this.recipients.intervisionPhase(data.caseId, data.phaseIndex);
        if (!phase) return;
        // Never any case content: the group's name and the phase's title are all it says.
        await this.recipients.intervisionPhaseOpened(
          {
            eventId,
            communityId: null,
            subjectType: 'INTERVISION_CASE',
            subjectId: data.caseId,
            actorId: null,
            data: {
              groupName: phase.groupName,
              phaseTitleNl: phase.titleNl,
              phaseTitleEn: phase.titleEn,
              phaseIndex: data.phaseIndex,
            },
          },
          phase.groupId,
        );
        return;
      }
    }
  }

  private post(
    data: { eventId: string; communityId: string; threadId: string; replyId: string | null },
    actorId: string,
  ): EventRef {
    return {
      eventId: data.eventId,
      communityId: data.communityId,
      subjectType: data.replyId ? 'DISCUSSION_REPLY' : 'DISCUSSION_THREAD',
      subjectId: data.replyId ?? data.threadId,
      actorId,
      data: { threadId: data.threadId },
    };
  }
}

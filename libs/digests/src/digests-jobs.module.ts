import { NotificationDigestScheduleModule } from '@leerhuis/notifications';
import type { AppConfig } from '@leerhuis/platform-config';
import { MailModule } from '@leerhuis/platform-mail';
import type { Schedule } from '@leerhuis/platform-queue';

import { Module } from '@nestjs/common';

import { DigestActivityRepository } from './digest-activity.repository';
import { DigestContentRepository } from './digest-content.repository';
import { DigestIntervisionLessons } from './digest-intervision-lessons';
import { DigestLessonsRepository } from './digest-lessons.repository';
import { DigestNotificationsRepository } from './digest-notifications.repository';
import { DigestScheduleRepository } from './digest-schedule.repository';
import { digestPlannerSchedule, PlanDigestsJob } from './jobs/plan-digests.job';
import { SendDigestsJob } from './jobs/send-digests.job';

/** Worker side of digests: the planner schedule and the digest sends. */
@Module({
  imports: [MailModule, NotificationDigestScheduleModule],
  providers: [
    DigestScheduleRepository,
    DigestActivityRepository,
    DigestLessonsRepository,
    DigestNotificationsRepository,
    DigestContentRepository,
    DigestIntervisionLessons,
    PlanDigestsJob,
    SendDigestsJob,
  ],
})
export class DigestsJobsModule {}

/** One BullMQ job scheduler, `digest-planner`, on DIGEST_PLAN_CRON in Europe/Amsterdam. */
export function digestSchedules(config: AppConfig): Schedule<unknown>[] {
  return [digestPlannerSchedule(config)];
}

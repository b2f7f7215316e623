export { NotificationsModule } from './notifications.module';
export {
  notificationsEventSubscriptions,
  NotificationsJobsModule,
} from './notifications-jobs.module';
export {
  BATCHED_KINDS,
  channelFor,
  CommunityNotificationMode,
  DigestFrequency,
  NotificationChannel,
  type NotificationChannels,
  NotificationKind,
} from './notification-kinds';
export { type DigestNotificationLine, presentDigestLine } from './notification-presenter';
export { NotificationErrorCode, NotificationException } from './notification.exception';
export { NotificationSettingsEntity } from './entities/notification-settings.entity';
export {
  notificationsRetentionSchedule,
  PurgeNotificationsJob,
} from './jobs/purge-notifications.job';
export {
  notificationEmailSweepSchedule,
  SweepNotificationEmailsJob,
} from './jobs/sweep-notification-emails.job';
export { NotificationsPersonalData } from './notifications-personal-data';
export { NotificationSql } from './notification-sql';
export {
  type AdvancedDigest,
  NotificationDigestSchedule,
  NotificationDigestScheduleModule,
  type PlannedDigest,
} from './notification-digest-schedule';

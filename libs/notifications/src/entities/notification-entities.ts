import { CommunityNotificationSettingEntity } from './community-notification-setting.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationSettingsEntity } from './notification-settings.entity';

export const NOTIFICATION_ENTITIES = [
  NotificationSettingsEntity,
  CommunityNotificationSettingEntity,
  NotificationEntity,
];

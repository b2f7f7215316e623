import { CommunitiesModule } from '@leerhuis/communities';
import { MembersModule } from '@leerhuis/members';
import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { NOTIFICATION_ENTITIES } from './entities/notification-entities';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';
import { NotificationSettingsRepository } from './notification-settings.repository';
import {
  CommunityNotificationSettingResolver,
  NotificationSettingsResolver,
} from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeService } from './unsubscribe.service';

/** API side of notifications: preferences, the in-app list, unsubscribe links. */
@Module({
  imports: [DatabaseModule.forFeature(NOTIFICATION_ENTITIES), CommunitiesModule, MembersModule],
  controllers: [UnsubscribeController],
  providers: [
    NotificationSettingsRepository,
    NotificationRepository,
    NotificationSettingsService,
    NotificationService,
    UnsubscribeService,
    NotificationSettingsResolver,
    CommunityNotificationSettingResolver,
    NotificationResolver,
  ],
})
export class NotificationsModule {}

import { Module } from '@nestjs/common';

/** API side of notifications: preferences, the in-app list, unsubscribe links. */
@Module({})
export class NotificationsModule {}

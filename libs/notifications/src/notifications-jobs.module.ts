import type { EventSubscription } from '@leerhuis/platform-events';

import { Module } from '@nestjs/common';

/** Worker side of notifications: events become notifications; batched notification emails. */
@Module({})
export class NotificationsJobsModule {}

export const notificationsEventSubscriptions: EventSubscription<unknown, unknown>[] = [];

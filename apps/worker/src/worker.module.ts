import { coffeeDatesEventSubscriptions, CoffeeDatesJobsModule } from '@leerhuis/coffee-dates';
import { communitiesEventSubscriptions, CommunitiesJobsModule } from '@leerhuis/communities';
import { dataRightsEventSubscriptions, DataRightsJobsModule } from '@leerhuis/data-rights';
import { DigestsJobsModule } from '@leerhuis/digests';
import { discussionsEventSubscriptions, DiscussionsJobsModule } from '@leerhuis/discussions';
import { emailDeliveryEventSubscriptions, EmailDeliveryJobsModule } from '@leerhuis/email-delivery';
import { identityEventSubscriptions, IdentityJobsModule } from '@leerhuis/identity';
import { intervisionEventSubscriptions, IntervisionJobsModule } from '@leerhuis/intervision';
import {
  learningGroupsEventSubscriptions,
  LearningGroupsJobsModule,
} from '@leerhuis/learning-groups';
import { meetingsEventSubscriptions, MeetingsJobsModule } from '@leerhuis/meetings';
import { notificationsEventSubscriptions, NotificationsJobsModule } from '@leerhuis/notifications';
import { AppConfig, ConfigModule } from '@leerhuis/platform-config';
import { DatabaseModule } from '@leerhuis/platform-database';
import { OutboxRelayModule } from '@leerhuis/platform-events';
import { QueueModule, WorkerHost } from '@leerhuis/platform-queue';

import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';

/** Every domain's job module and event subscriptions; nothing else runs jobs. */
export const eventSubscriptions = [
  ...identityEventSubscriptions,
  ...communitiesEventSubscriptions,
  ...discussionsEventSubscriptions,
  ...meetingsEventSubscriptions,
  ...coffeeDatesEventSubscriptions,
  ...intervisionEventSubscriptions,
  ...learningGroupsEventSubscriptions,
  ...notificationsEventSubscriptions,
  ...emailDeliveryEventSubscriptions,
  ...dataRightsEventSubscriptions,
];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        QueueModule,
        DiscoveryModule,
        OutboxRelayModule.forRoot(eventSubscriptions),
        IdentityJobsModule,
        CommunitiesJobsModule,
        DiscussionsJobsModule,
        MeetingsJobsModule,
        CoffeeDatesJobsModule,
        IntervisionJobsModule,
        LearningGroupsJobsModule,
        NotificationsJobsModule,
        DigestsJobsModule,
        EmailDeliveryJobsModule,
        DataRightsJobsModule,
      ],
      providers: [WorkerHost],
    };
  }
}

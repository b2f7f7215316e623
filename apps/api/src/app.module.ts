import { AgendaModule } from '@leerhuis/agenda';
import { BoundarySpannerModule } from '@leerhuis/boundary-spanner';
import { CoffeeDatesModule } from '@leerhuis/coffee-dates';
import { CommunitiesModule } from '@leerhuis/communities';
import { DataRightsModule } from '@leerhuis/data-rights';
import { DigestsModule } from '@leerhuis/digests';
import { DiscussionsModule } from '@leerhuis/discussions';
import { EmailDeliveryModule } from '@leerhuis/email-delivery';
import { HarvestModule } from '@leerhuis/harvest';
import { IdentityModule, RateLimiter } from '@leerhuis/identity';
import { IntervisionModule } from '@leerhuis/intervision';
import { LearningGroupsModule } from '@leerhuis/learning-groups';
import { LessonsModule } from '@leerhuis/lessons';
import { MeetingsModule } from '@leerhuis/meetings';
import { MembersModule } from '@leerhuis/members';
import { NotificationsModule } from '@leerhuis/notifications';
import { OrganisationsModule } from '@leerhuis/organisations';
import { AppConfig, ConfigModule } from '@leerhuis/platform-config';
import { DatabaseModule } from '@leerhuis/platform-database';
import {
  DomainExceptionFilter,
  ServiceUnavailableFilter,
  ViewerCacheModule,
} from '@leerhuis/platform-graphql';
import { QueueModule } from '@leerhuis/platform-queue';
import { SearchModule } from '@leerhuis/search';
import { workerSchedules } from '@leerhuis/worker-schedules';

import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';

import { graphqlOptions } from './graphql/graphql.config';
import { GRAPHQL_RATE_LIMITER, GraphqlRateLimitModule } from './graphql/graphql-rate-limit.module';
import { HealthModule } from './health/health.module';

/** The HTTP API: GraphQL, the sign-in pages, health. No job handlers live here. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(),
        QueueModule,
        ViewerCacheModule.forRoot(config.SESSION_CACHE_SECONDS),
        GraphqlRateLimitModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GRAPHQL_RATE_LIMITER],
          useFactory: (limiter: RateLimiter) => graphqlOptions(config, limiter),
        }),
        HealthModule.forRoot(workerSchedules(config)),
        OrganisationsModule,
        MembersModule,
        IdentityModule,
        CommunitiesModule,
        DiscussionsModule,
        MeetingsModule,
        HarvestModule,
        IntervisionModule,
        BoundarySpannerModule,
        CoffeeDatesModule,
        LearningGroupsModule,
        NotificationsModule,
        DigestsModule,
        EmailDeliveryModule,
        SearchModule,
        LessonsModule,
        AgendaModule,
        DataRightsModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ServiceUnavailableFilter },
        { provide: APP_FILTER, useClass: DomainExceptionFilter },
      ],
    };
  }
}

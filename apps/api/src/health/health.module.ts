import { AppConfig } from '@leerhuis/platform-config';
import { closeRedisClient, createRedisClient, type Schedule } from '@leerhuis/platform-queue';

import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { EXPECTED_SCHEDULES, HEALTH_REDIS, HealthController } from './health.controller';

@Module({})
export class HealthModule implements OnApplicationShutdown {
  constructor(@Inject(HEALTH_REDIS) private readonly redis: Redis) {}

  /** `schedules`: what the worker keeps in Redis, which readiness checks for. */
  static forRoot(schedules: Schedule<unknown>[]): DynamicModule {
    return {
      module: HealthModule,
      controllers: [HealthController],
      providers: [
        {
          provide: HEALTH_REDIS,
          inject: [AppConfig],
          useFactory: (config: AppConfig) => createRedisClient(config),
        },
        { provide: EXPECTED_SCHEDULES, useValue: schedules },
      ],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

import { AppConfig } from '@leerhuis/platform-config';
import { closeRedisClient, createRedisClient } from '@leerhuis/platform-queue';

import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { HEALTH_REDIS, HealthController } from './health.controller';

@Module({
  controllers: [HealthController],
  providers: [
    {
      provide: HEALTH_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedisClient(config),
    },
  ],
})
export class HealthModule implements OnApplicationShutdown {
  constructor(@Inject(HEALTH_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

import { RateLimiter } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { closeRedisClient, createRedisClient } from '@leerhuis/platform-queue';

import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

const GRAPHQL_REDIS = Symbol('graphql:redis');
export const GRAPHQL_RATE_LIMITER = Symbol('graphql:rate-limiter');

/** The Redis counters behind the per-member and per-IP limits on expensive operations. */
@Global()
@Module({
  providers: [
    {
      provide: GRAPHQL_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedisClient(config),
    },
    {
      provide: GRAPHQL_RATE_LIMITER,
      inject: [GRAPHQL_REDIS],
      useFactory: (redis: Redis) => new RateLimiter(redis),
    },
  ],
  exports: [GRAPHQL_RATE_LIMITER],
})
export class GraphqlRateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(GRAPHQL_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

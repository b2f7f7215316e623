import { MembersModule } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import { DatabaseModule } from '@leerhuis/platform-database';
import { closeRedisClient, createRedisClient } from '@leerhuis/platform-queue';

import {
  Inject,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Redis } from 'ioredis';

import { SessionEntity } from './entities/session.entity';
import { SignInLinkEntity } from './entities/sign-in-link.entity';
import { IdentityResolver } from './identity.resolver';
import { RateLimiter } from './rate-limiter';
import { SessionMiddleware } from './session.middleware';
import { SessionService } from './session.service';
import { SignInController } from './sign-in.controller';
import { IDENTITY_RATE_LIMITER, SignInService } from './sign-in.service';

const IDENTITY_REDIS = Symbol('identity:redis');

/** API side of identity: sign-in, sessions and the viewer on every request. */
@Module({
  imports: [DatabaseModule.forFeature([SignInLinkEntity, SessionEntity]), MembersModule],
  controllers: [SignInController],
  providers: [
    {
      provide: IDENTITY_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedisClient(config),
    },
    {
      provide: IDENTITY_RATE_LIMITER,
      inject: [IDENTITY_REDIS],
      useFactory: (redis: Redis) => new RateLimiter(redis),
    },
    SignInService,
    SessionService,
    SessionMiddleware,
    IdentityResolver,
  ],
  exports: [SessionService],
})
export class IdentityModule implements NestModule, OnApplicationShutdown {
  constructor(@Inject(IDENTITY_REDIS) private readonly redis: Redis) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware).forRoutes('*path');
  }

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

import { MembersModule } from '@leerhuis/members';
import { AppConfig } from '@leerhuis/platform-config';
import { DatabaseModule } from '@leerhuis/platform-database';
import { closeRedisClient, createRedisClient } from '@leerhuis/platform-queue';

import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { OidcAccountEntity } from './entities/oidc-account.entity';
import { SessionEntity } from './entities/session.entity';
import { SignInLinkEntity } from './entities/sign-in-link.entity';
import { IdentityResolver } from './identity.resolver';
import { OidcController } from './oidc/oidc.controller';
import { OidcResolver } from './oidc/oidc.resolver';
import { OidcAccountRepository } from './oidc/oidc-account.repository';
import { OidcAttempts } from './oidc/oidc-attempts';
import { OidcClients } from './oidc/oidc-clients';
import { OIDC_ATTEMPTS, OidcSignInService } from './oidc/oidc-sign-in.service';
import { RateLimiter } from './rate-limiter';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { SignInController } from './sign-in.controller';
import { IDENTITY_RATE_LIMITER, SignInService } from './sign-in.service';
import { SignInLinkRepository } from './sign-in-link.repository';

const IDENTITY_REDIS = Symbol('identity:redis');

/**
 * API side of identity: sign-in (emailed link or OIDC) and sessions. The API puts the viewer on
 * every request with sessionHook.
 */
@Module({
  imports: [
    DatabaseModule.forFeature([SignInLinkEntity, SessionEntity, OidcAccountEntity]),
    MembersModule,
  ],
  controllers: [SignInController, OidcController],
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
    {
      provide: OIDC_ATTEMPTS,
      inject: [IDENTITY_REDIS],
      useFactory: (redis: Redis) => new OidcAttempts(redis),
    },
    SessionRepository,
    SignInLinkRepository,
    OidcAccountRepository,
    SignInService,
    OidcClients,
    OidcSignInService,
    OidcResolver,
    SessionService,
    IdentityResolver,
  ],
  exports: [SessionService],
})
export class IdentityModule implements OnApplicationShutdown {
  constructor(@Inject(IDENTITY_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

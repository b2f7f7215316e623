import { RateLimiter } from '@leerhuis/identity';
import { AppConfig } from '@leerhuis/platform-config';
import { MailLogModule } from '@leerhuis/platform-mail';
import { closeRedisClient, createRedisClient } from '@leerhuis/platform-queue';

import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';

import { EmailDeliveryRepository } from './email-delivery.repository';
import { EmailDeliveryResolver } from './email-delivery.resolver';
import { EMAIL_DELIVERY_RATE_LIMITER, EmailDeliveryService } from './email-delivery.service';
import { MailAdminRepository } from './mail-admin.repository';
import { MailAdminResolver } from './mail-admin.resolver';
import { MailAdminService } from './mail-admin.service';

const EMAIL_DELIVERY_REDIS = Symbol('email-delivery:redis');

/** API side of email delivery: a member's own status and confirmation, the admin view. */
@Module({
  imports: [MailLogModule],
  providers: [
    {
      provide: EMAIL_DELIVERY_REDIS,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => createRedisClient(config),
    },
    {
      provide: EMAIL_DELIVERY_RATE_LIMITER,
      inject: [EMAIL_DELIVERY_REDIS],
      useFactory: (redis: Redis) => new RateLimiter(redis),
    },
    EmailDeliveryRepository,
    EmailDeliveryService,
    EmailDeliveryResolver,
    MailAdminRepository,
    MailAdminService,
    MailAdminResolver,
  ],
})
export class EmailDeliveryModule implements OnApplicationShutdown {
  constructor(@Inject(EMAIL_DELIVERY_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await closeRedisClient(this.redis);
  }
}

import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { EmailFailureEntity } from './entities/email-failure.entity';
import { EmailSuppressionEntity } from './entities/email-suppression.entity';
import { SentEmailEntity } from './entities/sent-email.entity';
import { MailLogModule } from './mail-log.module';
import { Mailer } from './mailer';

@Module({
  imports: [
    DatabaseModule.forFeature([SentEmailEntity, EmailSuppressionEntity, EmailFailureEntity]),
    MailLogModule,
  ],
  providers: [Mailer],
  exports: [Mailer, MailLogModule],
})
export class MailModule {}

import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { EmailFailureEntity } from './entities/email-failure.entity';
import { EmailSuppressionEntity } from './entities/email-suppression.entity';
import { SentEmailEntity } from './entities/sent-email.entity';
import { Mailer } from './mailer';
import { SentEmailLog } from './sent-email-log';

@Module({
  imports: [
    DatabaseModule.forFeature([SentEmailEntity, EmailSuppressionEntity, EmailFailureEntity]),
  ],
  providers: [Mailer, SentEmailLog],
  exports: [Mailer, SentEmailLog],
})
export class MailModule {}

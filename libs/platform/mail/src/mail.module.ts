import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { EmailFailureEntity } from './entities/email-failure.entity';
import { EmailSuppressionEntity } from './entities/email-suppression.entity';
import { SentEmailEntity } from './entities/sent-email.entity';
import { Mailer } from './mailer';

@Module({
  imports: [
    DatabaseModule.forFeature([SentEmailEntity, EmailSuppressionEntity, EmailFailureEntity]),
  ],
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}

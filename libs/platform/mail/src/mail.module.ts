import { DatabaseModule } from '@leerhuis/platform-database';

import { Module } from '@nestjs/common';

import { SentEmailEntity } from './entities/sent-email.entity';
import { Mailer } from './mailer';

@Module({
  imports: [DatabaseModule.forFeature([SentEmailEntity])],
  providers: [Mailer],
  exports: [Mailer],
})
export class MailModule {}

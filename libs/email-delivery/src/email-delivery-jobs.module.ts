import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { emailConfirmationRequested } from './email-delivery.events';
import { PurgeEmailLogJob } from './jobs/purge-email-log.job';
import {
  SendEmailConfirmationJob,
  sendEmailConfirmationJob,
} from './jobs/send-email-confirmation.job';

/** Worker side of email delivery: the address confirmation email and the log's retention. */
@Module({ imports: [MailModule], providers: [SendEmailConfirmationJob, PurgeEmailLogJob] })
export class EmailDeliveryJobsModule {}

export const emailDeliveryEventSubscriptions = [
  subscribe(emailConfirmationRequested, sendEmailConfirmationJob, (payload, eventId) => ({
    requestId: eventId,
    ...payload,
  })),
];

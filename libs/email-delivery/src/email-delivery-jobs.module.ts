import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { emailConfirmationRequested } from './email-delivery.events';
import {
  SendEmailConfirmationJob,
  sendEmailConfirmationJob,
} from './jobs/send-email-confirmation.job';

/** Worker side of email delivery: the address confirmation email. */
@Module({ imports: [MailModule], providers: [SendEmailConfirmationJob] })
export class EmailDeliveryJobsModule {}

export const emailDeliveryEventSubscriptions = [
  subscribe(emailConfirmationRequested, sendEmailConfirmationJob, (payload, eventId) => ({
    requestId: eventId,
    ...payload,
  })),
];

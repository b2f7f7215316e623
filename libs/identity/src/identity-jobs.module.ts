import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { signInLinkRequested } from './identity.events';
import { PurgeSignInRecordsJob } from './jobs/purge-sign-in-records.job';
import { SendSignInLinkJob, sendSignInLinkJob } from './jobs/send-sign-in-link.job';

/** Worker side of identity: the sign-in email and the retention purge. */
@Module({ imports: [MailModule], providers: [SendSignInLinkJob, PurgeSignInRecordsJob] })
export class IdentityJobsModule {}

export const identityEventSubscriptions = [
  subscribe(signInLinkRequested, sendSignInLinkJob, (payload) => ({ ...payload })),
];

import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import { signInLinkRequested } from './identity.events';
import { SendSignInLinkJob, sendSignInLinkJob } from './jobs/send-sign-in-link.job';

/** Worker side of identity: the sign-in email. */
@Module({ imports: [MailModule], providers: [SendSignInLinkJob] })
export class IdentityJobsModule {}

export const identityEventSubscriptions = [
  subscribe(signInLinkRequested, sendSignInLinkJob, (payload) => ({ ...payload })),
];

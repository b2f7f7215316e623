import { defineEvent } from '@leerhuis/platform-events';

export interface SignInLinkRequestedPayload {
  linkId: string;
  email: string;
  /** The raw token: redacted from the outbox once the email job has completed. */
  token: string;
  language: 'nl' | 'en';
  expiresAt: string;
}

export const signInLinkRequested = defineEvent<SignInLinkRequestedPayload>(
  'identity.sign-in-link-requested',
  {
    sensitiveKeys: ['token'],
  },
);

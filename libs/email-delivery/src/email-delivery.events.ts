import { defineEvent } from '@leerhuis/platform-events';

/** A member asked to confirm their address again; the worker signs and mails the link. */
export const emailConfirmationRequested = defineEvent<{
  address: string;
  language: 'nl' | 'en';
}>('email-delivery.confirmation-requested');

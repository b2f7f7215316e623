import { defineEvent } from '@leerhuis/platform-events';

export interface DataRightsLinkPayload {
  requestId: string;
  email: string;
  /** The raw token: redacted from the outbox once the job has completed. */
  token: string;
  language: 'nl' | 'en';
  expiresAt: string;
}

export const dataExportRequested = defineEvent<DataRightsLinkPayload>(
  'data-rights.export-requested',
  { sensitiveKeys: ['token', 'email'] },
);

export const accountErasureRequested = defineEvent<DataRightsLinkPayload>(
  'data-rights.erasure-requested',
  { sensitiveKeys: ['token', 'email'] },
);

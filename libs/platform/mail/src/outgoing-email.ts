import { createHash } from 'node:crypto';

import { type EmailAudienceKind } from './email-audience';
import { type EmailContent, renderEmail } from './email-layout';
import { UnsubscribeScope } from './unsubscribe-token';

// What an email to send is, and what its sending can come to: the Mailer's vocabulary.

/**
 * The body: rendered parts, or the content for `renderEmail` — then the Mailer renders it and
 * puts the one-click link of `unsubscribe` in the footer, so header and footer always agree.
 */
export type EmailBody =
  | { html: string; text: string; content?: never }
  | { content: EmailContent; html?: never; text?: never };

export type OutgoingEmail = EmailBody & {
  /** Deterministic key (e.g. `sign-in-link:<id>`): the same key is never sent twice. */
  key: string;
  to: string;
  subject: string;
  headers?: Record<string, string>;
  /**
   * Mail a member can switch off: adds RFC 8058 one-click `List-Unsubscribe` headers with a
   * signed token for this member and scope.
   */
  unsubscribe?: { memberId: string; scope: UnsubscribeScope };
  /**
   * Mail a member gets only when they want this kind now (the EmailAudience that the
   * notifications lib provides); otherwise it is skipped ('not-wanted') and the digest or
   * in-app list carries it.
   */
  audience?: { memberId: string; kind: EmailAudienceKind };
  /**
   * 'always': goes out even to a suppressed address. Only for mail that proves or restores the
   * address (sign-in links, address confirmation), never for anything a member can unsubscribe
   * from.
   */
  transactional?: 'always';
  attachments?: { filename: string; content: string; contentType: string }[];
  /** Where replies go, e.g. the koffiedate partners, so one reply reaches them. */
  replyTo?: string[];
  /**
   * Mail about a confidential space (intervisie): the send and failure logs keep only its kind
   * and time — no recipient, no subject, and the key hashed — so admins reading the logs learn
   * neither who is in the group nor what it is about.
   */
  confidential?: true;
};

/**
 * An email of a batch (`Mailer.sendBatch`): everything but `audience` — a batch reads no
 * notification settings; its sender decides who gets one.
 */
export type BatchEmail = EmailBody & Omit<OutgoingEmail, 'audience' | keyof EmailBody>;

/** The key as the send log keeps it: confidential mail as `<kind>:<sha-256 of the key>`. */
export function loggedKey(email: Pick<OutgoingEmail, 'key' | 'confidential'>): string {
  if (!email.confidential) return email.key;
  const kind = email.key.split(':', 1)[0];
  return `${kind}:${createHash('sha256').update(email.key).digest('hex')}`;
}

/** The rendered parts of an email; `content` gets the footer link of its `unsubscribe`. */
export function renderBody(
  email: OutgoingEmail,
  unsubscribeUrlFor: (memberId: string, scope: UnsubscribeScope) => string,
): { html: string; text: string } {
  if (!email.content) return { html: email.html, text: email.text };
  const { unsubscribe } = email;
  return renderEmail({
    ...email.content,
    unsubscribeUrl: unsubscribe && unsubscribeUrlFor(unsubscribe.memberId, unsubscribe.scope),
  });
}

/**
 * - sent: the SMTP server accepted it (logged in sent_email).
 * - already-sent: the key is in the send log.
 * - not-wanted: the member does not want `audience.kind` now (EmailAudience).
 * - suppressed: the address bounced permanently before and was not confirmed since.
 * - rejected: the server refused the address permanently (5xx); it is suppressed from now on.
 * A temporary failure throws, so the job is retried with its backoff.
 */
export type SendOutcome = 'sent' | 'already-sent' | 'not-wanted' | 'suppressed' | 'rejected';

export interface SmtpError extends Error {
  code?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/** The address of a To or From value (`Name <a@b>` or `a@b`). */
export function bareAddress(to: string): string {
  return (/<([^>]+)>\s*$/.exec(to)?.[1] ?? to).trim();
}

/** The bare address of a To value, lower-case (as the suppression list keeps it). */
export function normaliseAddress(to: string): string {
  return bareAddress(to).toLowerCase();
}

// A 5xx reply to RCPT TO or DATA is about this address or message: retrying cannot help.
// 5xx elsewhere (MAIL FROM, AUTH, greeting) is our server's problem, not the member's address.
export function isPermanentFailure(error: SmtpError): boolean {
  return (
    typeof error.responseCode === 'number' &&
    error.responseCode >= 500 &&
    error.responseCode < 600 &&
    (error.command === 'RCPT TO' || error.command === 'DATA')
  );
}

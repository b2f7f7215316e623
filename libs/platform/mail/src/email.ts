import { type EmailContent, renderEmail } from './email-layout';
import { type EmailBody, renderBody } from './outgoing-email';

/**
 * What every `libs/<domain>/src/emails/<name>.email.ts` returns: the subject and the body.
 * The body is the layout's content when the Mailer may add the one-click unsubscribe link to
 * its footer (only the Mailer signs that link), or parts rendered already when an email adds
 * to the layout (the koffiedate's link list).
 */
export type Email = { subject: string } & EmailBody;

/** The html and plain text an email goes out with, for unit tests on the rendered output. */
export function renderedEmail(email: Email): { html: string; text: string } {
  return renderBody({ ...email, key: 'test', to: 'test@example.org' }, () => '');
}

/** The email with its content rendered now (for mail without the Mailer's unsubscribe link). */
export function rendered(subject: string, content: EmailContent): Email {
  return { subject, ...renderEmail(content) };
}

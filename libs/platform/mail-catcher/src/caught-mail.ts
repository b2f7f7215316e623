import { randomUUID } from 'node:crypto';
import PostalMime from 'postal-mime';

/** A message accepted by the {@link MailCatcher}, parsed and kept in memory. */
export interface CaughtMail {
  id: string;
  /** SMTP envelope sender (MAIL FROM). */
  envelopeFrom: string;
  /** SMTP envelope recipients (RCPT TO), the addresses the message was actually delivered to. */
  envelopeTo: string[];
  /** Address from the From header, without display name. */
  from: string;
  /** Addresses from the To header, without display names (groups flattened). */
  to: string[];
  subject: string;
  /** Text part, without the line break that ends the MIME part. */
  text: string;
  /** HTML part, without the line break that ends the MIME part. */
  html: string;
  /** Headers by lowercase name; repeated headers are joined with ", ". */
  headers: Record<string, string>;
  /** Attachment content is base64. */
  attachments: { filename: string; contentType: string; content: string }[];
  receivedAt: Date;
  raw: string;
}

interface Envelope {
  from: string;
  to: string[];
}

function addresses(list: PostalMime.Address[] | undefined): string[] {
  return (list ?? []).flatMap((a) => (a.group ? a.group.map((m) => m.address) : [a.address]));
}

// The line break that ends a MIME part is transport framing, not content; dropping it lets
// tests compare bodies exactly.
function withoutFinalNewline(body: string | undefined): string {
  return (body ?? '').replace(/\r?\n$/, '');
}

export async function parseCaughtMail(raw: Buffer, envelope: Envelope): Promise<CaughtMail> {
  const email = await PostalMime.parse(raw, { attachmentEncoding: 'base64' });
  const headers: Record<string, string> = {};
  for (const { key, value } of email.headers) {
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return {
    id: randomUUID(),
    envelopeFrom: envelope.from,
    envelopeTo: envelope.to,
    from: email.from ? (addresses([email.from])[0] ?? '') : '',
    to: addresses(email.to),
    subject: email.subject ?? '',
    text: withoutFinalNewline(email.text),
    html: withoutFinalNewline(email.html),
    headers,
    attachments: email.attachments.map((a) => ({
      filename: a.filename ?? '',
      contentType: a.mimeType,
      // attachmentEncoding 'base64' makes content a string; the guard keeps the type honest.
      content:
        typeof a.content === 'string'
          ? a.content
          : Buffer.from(new Uint8Array(a.content)).toString('base64'),
    })),
    receivedAt: new Date(),
    raw: raw.toString('utf8'),
  };
}

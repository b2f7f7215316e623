import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

import { type CaughtMail, parseCaughtMail } from './caught-mail';

export interface MailCatcherOptions {
  /** SMTP port to listen on; 0 (the default) picks a free port. */
  smtpPort?: number;
  /** Interface to bind to; defaults to 127.0.0.1. */
  host?: string;
  /** Return an SMTP error to refuse a recipient at RCPT TO (e.g. to test bounces). */
  rejectRecipients?: (rcpt: string) => { code: number; message: string } | undefined;
}

/** How the catcher answers a refused address, and how often. */
export interface Refusal {
  /** SMTP reply code: 4xx is temporary (the sender retries), 5xx permanent (a bounce). */
  code: number;
  message?: string;
  /** Refuse at RCPT TO (default) or after the message data (the reply to DATA). */
  stage?: 'RCPT' | 'DATA';
  /** Refuse this many times, then accept again; unlimited when left out. */
  times?: number;
}

interface Waiter {
  predicate: (m: CaughtMail) => boolean;
  resolve: (m: CaughtMail) => void;
}

/**
 * An in-process SMTP server that accepts every message (no auth, no TLS), parses it and keeps
 * it in memory, for integration tests and the local demo.
 */
export class MailCatcher {
  private readonly caught: CaughtMail[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly refusals = new Map<string, Refusal & { left: number }>();
  private server?: SMTPServer;

  constructor(private readonly opts: MailCatcherOptions = {}) {}

  /** All caught messages, oldest first (a snapshot). */
  get messages(): CaughtMail[] {
    return [...this.caught];
  }

  /**
   * Answers `code` for mail to this address (case-insensitive) from now on, e.g. 451 once to
   * test a retry or 550 to test a bounce. Replaces an earlier refusal of the address.
   */
  refuse(address: string, refusal: Refusal): void {
    this.refusals.set(address.trim().toLowerCase(), {
      ...refusal,
      left: refusal.times ?? Number.POSITIVE_INFINITY,
    });
  }

  /** Accepts mail to the address (or to every address) again. */
  accept(address?: string): void {
    if (address) this.refusals.delete(address.trim().toLowerCase());
    else this.refusals.clear();
  }

  /** Counts one refusal of the address at this stage, if one is due. */
  private refusalFor(
    address: string,
    stage: 'RCPT' | 'DATA',
  ): { code: number; message: string } | undefined {
    const refusal = this.refusals.get(address.trim().toLowerCase());
    if (!refusal || (refusal.stage ?? 'RCPT') !== stage || refusal.left <= 0) return undefined;
    refusal.left -= 1;
    return {
      code: refusal.code,
      message:
        refusal.message ??
        (refusal.code >= 500 ? 'Mailbox unavailable' : 'Mailbox busy, try again later'),
    };
  }

  async start(): Promise<{ smtpPort: number }> {
    if (this.server) throw new Error('MailCatcher already started');
    const server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      logger: false,
      banner: 'Leerhuis mail catcher',
      // stop() should not hang on a client that keeps its connection open (nodemailer pools).
      closeTimeout: 1000,
      onRcptTo: (address, _session, callback) => {
        const rejection =
          this.opts.rejectRecipients?.(address.address) ?? this.refusalFor(address.address, 'RCPT');
        if (!rejection) return callback();
        callback(Object.assign(new Error(rejection.message), { responseCode: rejection.code }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const refused = session.envelope.rcptTo
            .map((r) => this.refusalFor(r.address, 'DATA'))
            .find(Boolean);
          if (refused) {
            return callback(
              Object.assign(new Error(refused.message), { responseCode: refused.code }),
            );
          }
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          parseCaughtMail(Buffer.concat(chunks), envelope).then(
            (mail) => {
              this.keep(mail);
              callback();
            },
            (err: Error) => callback(err),
          );
        });
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.opts.smtpPort ?? 0, this.opts.host ?? '127.0.0.1', () => {
        server.server.off('error', reject);
        resolve();
      });
    }).catch((err: unknown) => {
      this.server = undefined;
      throw err;
    });
    return { smtpPort: (server.server.address() as AddressInfo).port };
  }

  /** Messages whose envelope or To header includes the address (case-insensitive), oldest first. */
  messagesTo(address: string): CaughtMail[] {
    return this.caught.filter((m) => isAddressedTo(m, address));
  }

  /**
   * Resolves with the first caught message (already caught or still to come) that matches.
   * Rejects after `timeoutMs` with the subjects that did arrive, so a failing test says why.
   */
  waitFor(predicate: (m: CaughtMail) => boolean, timeoutMs = 10_000): Promise<CaughtMail> {
    const existing = this.caught.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (m) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(m);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const received = this.caught.length
          ? this.caught.map((m) => `  - "${m.subject}" to ${m.envelopeTo.join(', ')}`).join('\n')
          : '  (none)';
        reject(
          new Error(
            `MailCatcher.waitFor: no matching message within ${timeoutMs} ms. Received ${this.caught.length}:\n${received}`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.caught.length = 0;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private keep(mail: CaughtMail): void {
    this.caught.push(mail);
    for (const waiter of [...this.waiters]) {
      // A throwing predicate must not stop the SMTP reply; treat it as "not this one".
      let matches = false;
      try {
        matches = waiter.predicate(mail);
      } catch {
        matches = false;
      }
      if (matches) waiter.resolve(mail);
    }
  }
}

export function isAddressedTo(mail: CaughtMail, address: string): boolean {
  const wanted = address.trim().toLowerCase();
  return [...mail.envelopeTo, ...mail.to].some((a) => a.toLowerCase() === wanted);
}

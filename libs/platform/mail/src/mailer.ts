import { AppConfig } from '@leerhuis/platform-config';

import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, Optional } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { DataSource, EntityManager } from 'typeorm';

import { eachLimited } from './each-limited';
import { EmailAudience, type EmailAudienceKind } from './email-audience';
import { withPrivacyUrl } from './email-layout';
import { SentEmailEntity } from './entities/sent-email.entity';
import {
  bareAddress,
  type BatchEmail,
  isPermanentFailure,
  loggedKey,
  normaliseAddress,
  type OutgoingEmail,
  renderBody,
  type SendOutcome,
  type SmtpError,
} from './outgoing-email';
import { signUnsubscribeToken, UnsubscribeScope, unsubscribeUrl } from './unsubscribe-token';

type Attempt = SendOutcome | { failed: SmtpError };

/**
 * Sends email through SMTP, exactly once per key: the send log is consulted before sending
 * and written as soon as the server accepted the message. Suppressed addresses and members
 * who did not want this kind get nothing. Only the worker uses this.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;
  /** MAIL_FROM's bare address (the SMTP envelope) and its domain (our Message-IDs). */
  private readonly fromAddress: string;
  private readonly fromDomain: string;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    @Optional() private readonly audience?: EmailAudience,
  ) {
    this.fromAddress = bareAddress(config.MAIL_FROM);
    this.fromDomain = this.fromAddress.split('@')[1] ?? 'leerhuis';
    // A pool reuses connections: a relay takes many messages per connection, and a digest run
    // is bound by SMTP round trips, not by rendering.
    this.transport =
      config.SMTP_POOL_CONNECTIONS > 0
        ? nodemailer.createTransport(
            {
              url: config.SMTP_URL,
              pool: true,
              maxConnections: config.SMTP_POOL_CONNECTIONS,
              maxMessages: config.SMTP_POOL_MESSAGES,
            },
            { from: config.MAIL_FROM },
          )
        : nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  private unsubscribeUrl(memberId: string, scope: UnsubscribeScope): string {
    return unsubscribeUrl(
      this.config.PUBLIC_URL,
      signUnsubscribeToken(this.config.MAIL_TOKEN_SECRET, memberId, scope),
    );
  }

  async send(email: OutgoingEmail): Promise<SendOutcome> {
    // Two sends of one key can overlap (a stalled job retried while the first attempt still
    // runs, or an event relayed again): a per-key lock makes the second wait for the first's
    // log row instead of sending too.
    const key = loggedKey(email);
    const attempt: Attempt = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `sent_email:${key}`,
      ]);
      const address = normaliseAddress(email.to);
      const checks = await this.checks(manager, key, address);
      if (checks.sent) return 'already-sent';
      if (email.audience && !(await this.wanted(manager, email.audience))) {
        this.logger.log(`not wanted ${key}`);
        return 'not-wanted';
      }
      if (email.transactional !== 'always' && checks.suppressed) {
        this.logger.log(`suppressed ${key}`);
        return 'suppressed';
      }
      let messageId: string;
      try {
        messageId = await this.deliver(email);
      } catch (error) {
        const smtp = error as SmtpError;
        if (!isPermanentFailure(smtp)) return { failed: smtp };
        await this.reject(manager, email, smtp);
        return 'rejected';
      }
      await manager.getRepository(SentEmailEntity).insert({
        key,
        recipient: email.confidential ? null : email.to,
        subject: email.confidential ? null : email.subject,
        messageId,
      });
      this.logger.log(`sent ${key}`);
      return 'sent';
    });
    if (typeof attempt === 'string') return attempt;
    // Temporary: kept for admins (outside the rolled-back attempt) and thrown, so BullMQ
    // retries with the job's backoff.
    await this.temporaryFailure(this.dataSource.manager, email, attempt.failed);
    throw attempt.failed;
  }

  /**
   * Many emails (a digest chunk) with the guarantees of `send`, in far fewer round trips. On
   * one connection of its own, the batch's keys are locked (session advisory locks on the same
   * keys `send` locks, taken in one statement in a fixed order, so two batches cannot
   * deadlock; a crash drops the connection and with it the locks), the send log and the
   * suppression list are read once for the whole batch, and each message is logged by one
   * INSERT as soon as the server accepted it. Up to `inFlight` messages are composed and handed
   * to the (pooled) transport at a time. `onDone` hears each outcome, in the lane that sent it.
   * A temporary failure stops new sends, lets those in flight finish, and is thrown.
   */
  async sendBatch(
    emails: BatchEmail[],
    options: {
      inFlight: number;
      onDone?: (email: BatchEmail, outcome: SendOutcome) => Promise<void> | void;
    },
  ): Promise<void> {
    if (emails.length === 0) return;
    const keys = emails.map(loggedKey);
    const addresses = emails.map((e) => normaliseAddress(e.to));
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(
        `SELECT pg_advisory_lock(h) FROM (
           SELECT DISTINCT hashtextextended('sent_email:' || k, 0) AS h
             FROM unnest($1::text[]) AS k ORDER BY h) locks`,
        [keys],
      );
      // After the locks, so anything sent by whoever held them before is seen.
      const checks: { sent: boolean; suppressed: boolean }[] = await runner.query(
        `SELECT EXISTS (SELECT 1 FROM sent_email s WHERE s.key = c.key) AS sent,
                EXISTS (SELECT 1 FROM email_suppression x
                         WHERE x.address = c.address AND x.lifted_at IS NULL) AS suppressed
           FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c(key, address, i)
          ORDER BY c.i`,
        [keys, addresses],
      );
      const rejected = new Set<string>();
      let sent = 0;
      await eachLimited(emails, options.inFlight, async (email, i) => {
        const outcome = await (async (): Promise<SendOutcome> => {
          if (checks[i].sent) return 'already-sent';
          const suppressed = checks[i].suppressed || rejected.has(addresses[i]);
          if (email.transactional !== 'always' && suppressed) {
            this.logger.log(`suppressed ${keys[i]}`);
            return 'suppressed';
          }
          let messageId: string;
          try {
            messageId = await this.deliver(email);
          } catch (error) {
            const smtp = error as SmtpError;
            if (!isPermanentFailure(smtp)) {
              await this.temporaryFailure(runner.manager, email, smtp);
              throw smtp;
            }
            rejected.add(addresses[i]);
            await this.reject(runner.manager, email, smtp);
            return 'rejected';
          }
          await runner.query(
            `INSERT INTO sent_email (key, recipient, subject, message_id) VALUES ($1, $2, $3, $4)`,
            [
              keys[i],
              email.confidential ? null : email.to,
              email.confidential ? null : email.subject,
              messageId,
            ],
          );
          this.logger.debug(`sent ${keys[i]}`);
          sent++;
          return 'sent';
        })();
        await options.onDone?.(email, outcome);
      });
      this.logger.log(`sent ${sent} of a batch of ${emails.length} (${keys[0]} …)`);
    } finally {
      // Locks first: a connection back in the pool holds none. A broken connection lost them.
      await runner.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
      await runner.release();
    }
  }

  /** Composes the message in memory and hands it to the transport; its Message-ID. */
  private async deliver(email: OutgoingEmail): Promise<string> {
    const { html, text } = withPrivacyUrl(
      renderBody(email, (id, scope) => this.unsubscribeUrl(id, scope)),
      this.config.PUBLIC_URL,
    );
    const messageId = `<${randomUUID()}@${this.fromDomain}>`;
    // Composed in memory and handed over whole: streamed, the message went to the socket
    // in hundreds of small writes, most of a bulk send's CPU time (koffiedate round bench).
    const raw = await new MailComposer({
      from: this.config.MAIL_FROM,
      to: email.to,
      subject: email.subject,
      messageId,
      html,
      text,
      headers: { ...this.unsubscribeHeaders(email), ...email.headers },
      attachments: email.attachments,
      ...(email.replyTo?.length ? { replyTo: email.replyTo } : {}),
      // What nodemailer would pick for our (Latin) text anyway, without scanning every part
      // for it: a tenth of a digest's composing time.
      textEncoding: 'quoted-printable',
    })
      .compile()
      .build();
    await this.transport.sendMail({
      envelope: { from: this.fromAddress, to: [bareAddress(email.to)] },
      raw,
    });
    return messageId;
  }

  /** A permanent refusal: logged for admins, and the address suppressed from now on. */
  private async reject(
    manager: EntityManager,
    email: OutgoingEmail,
    smtp: SmtpError,
  ): Promise<void> {
    await this.recordFailure(manager, email, smtp, true);
    await manager.query(
      `INSERT INTO email_suppression (address, reason, smtp_code, smtp_response)
       VALUES ($1, 'PERMANENT_FAILURE', $2, $3)
       ON CONFLICT (address) DO UPDATE SET
         reason = EXCLUDED.reason, smtp_code = EXCLUDED.smtp_code,
         smtp_response = EXCLUDED.smtp_response, suppressed_at = now(),
         lifted_at = NULL, lifted_by = NULL`,
      [normaliseAddress(email.to), smtp.responseCode ?? null, smtp.response ?? smtp.message],
    );
    this.logger.warn(`rejected ${loggedKey(email)}: ${smtp.responseCode} (address suppressed)`);
  }

  private async temporaryFailure(
    manager: EntityManager,
    email: OutgoingEmail,
    error: SmtpError,
  ): Promise<void> {
    await this.recordFailure(manager, email, error, false);
    const reason = email.confidential ? (error.responseCode ?? error.code) : error.message;
    this.logger.warn(`temporary failure ${loggedKey(email)}: ${reason}`);
  }

  /** What decides whether to send, in one statement: sent before, suppressed. */
  private async checks(
    manager: EntityManager,
    key: string,
    address: string,
  ): Promise<{ sent: boolean; suppressed: boolean }> {
    const [row] = (await manager.query(
      `SELECT EXISTS (SELECT 1 FROM sent_email WHERE key = $1) AS sent,
              EXISTS (SELECT 1 FROM email_suppression
                       WHERE address = $2 AND lifted_at IS NULL) AS suppressed`,
      [key, address],
    )) as { sent: boolean; suppressed: boolean }[];
    return row;
  }

  private wanted(
    manager: EntityManager,
    { memberId, kind }: { memberId: string; kind: EmailAudienceKind },
  ): Promise<boolean> {
    // Without the settings' owner nobody could say yes: a wiring mistake, not a member's wish.
    if (!this.audience) throw new Error(`Mail for an audience (${kind}) needs an EmailAudience`);
    return this.audience.wantsNow(manager, memberId, kind);
  }

  private async recordFailure(
    manager: EntityManager,
    email: OutgoingEmail,
    error: SmtpError,
    permanent: boolean,
  ): Promise<void> {
    // An SMTP reply often repeats the address: confidential mail keeps only the code.
    const message = email.confidential
      ? `SMTP ${error.responseCode ?? error.code ?? 'error'}`
      : (error.message || error.code || 'unknown error').slice(0, 1000);
    await manager.query(
      `INSERT INTO email_failure (key, recipient, subject, permanent, smtp_code, message)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        loggedKey(email),
        email.confidential ? null : email.to,
        email.confidential ? null : email.subject,
        permanent,
        error.responseCode ?? null,
        message,
      ],
    );
  }

  private unsubscribeHeaders(email: OutgoingEmail): Record<string, string> {
    if (!email.unsubscribe) return {};
    return {
      'List-Unsubscribe': `<${this.unsubscribeUrl(email.unsubscribe.memberId, email.unsubscribe.scope)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

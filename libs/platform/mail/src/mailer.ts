import { AppConfig } from '@leerhuis/platform-config';

import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';

import { SentEmailEntity } from './entities/sent-email.entity';
import { signUnsubscribeToken, UnsubscribeScope, unsubscribeUrl } from './unsubscribe-token';

export interface OutgoingEmail {
  /** Deterministic key (e.g. `sign-in-link:<id>`): the same key is never sent twice. */
  key: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /**
   * Mail a member can switch off: adds RFC 8058 one-click `List-Unsubscribe` headers with a
   * signed token for this member and scope.
   */
  unsubscribe?: { memberId: string; scope: UnsubscribeScope };
  attachments?: { filename: string; content: string; contentType: string }[];
}

export type SendOutcome = 'sent' | 'already-sent';

/**
 * Sends email through SMTP, exactly once per key: the send log is consulted before sending
 * and written as soon as the server accepted the message. Only the worker uses this.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.transport = nodemailer.createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  async send(email: OutgoingEmail): Promise<SendOutcome> {
    // Two sends of one key can overlap (a stalled job retried while the first attempt still
    // runs, or an event relayed again): a per-key lock makes the second wait for the first's
    // log row instead of sending too.
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
        `sent_email:${email.key}`,
      ]);
      const log = manager.getRepository(SentEmailEntity);
      if (await log.existsBy({ key: email.key })) return 'already-sent';
      const info = await this.transport.sendMail({
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: { ...this.unsubscribeHeaders(email), ...email.headers },
        attachments: email.attachments,
      });
      await log.insert({
        key: email.key,
        recipient: email.to,
        subject: email.subject,
        messageId: info.messageId,
      });
      this.logger.log(`sent ${email.key}`);
      return 'sent';
    });
  }

  private unsubscribeHeaders(email: OutgoingEmail): Record<string, string> {
    if (!email.unsubscribe) return {};
    const token = signUnsubscribeToken(
      this.config.MAIL_TOKEN_SECRET,
      email.unsubscribe.memberId,
      email.unsubscribe.scope,
    );
    return {
      'List-Unsubscribe': `<${unsubscribeUrl(this.config.PUBLIC_URL, token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}

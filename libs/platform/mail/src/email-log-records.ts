import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

// A recipient is logged as `Name <address>` or as the bare address.
const TO_ADDRESS = `(lower(recipient) = lower($1) OR lower(recipient) LIKE '%<' || lower($1) || '>')`;

/** What the mail tables hold about one address: for a member's data export and erasure. */
@Injectable()
export class EmailLogRecords {
  constructor(private readonly dataSource: DataSource) {}

  /** Emails sent to the address, in send order. */
  sentTo(email: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT subject, sent_at AS "sentAt" FROM sent_email WHERE ${TO_ADDRESS} ORDER BY sent_at`,
      [email],
    );
  }

  /** Failed sends to the address, in order. */
  failuresTo(email: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT subject, permanent, smtp_code AS "smtpCode", failed_at AS "failedAt"
         FROM email_failure WHERE ${TO_ADDRESS} ORDER BY failed_at`,
      [email],
    );
  }

  /** The address's suppression, as rows (none or one). */
  suppressionOf(email: string): Promise<Record<string, unknown>[]> {
    return this.dataSource.query(
      `SELECT reason, suppressed_at AS "suppressedAt", lifted_at AS "liftedAt"
         FROM email_suppression WHERE address = lower($1)`,
      [email],
    );
  }

  /**
   * Deletes the sends and failures to the address, and those whose key names `subjectId` (a
   * send key names a member by id, e.g. a digest per member); then the address's suppression
   * and the lifts `subjectId` did. In the caller's transaction.
   */
  async erase(manager: EntityManager, email: string, subjectId: string): Promise<void> {
    await manager.query(
      `DELETE FROM sent_email WHERE ${TO_ADDRESS} OR key LIKE '%' || $2::text || '%'`,
      [email, subjectId],
    );
    await manager.query(
      `DELETE FROM email_failure WHERE ${TO_ADDRESS} OR key LIKE '%' || $2::text || '%'`,
      [email, subjectId],
    );
    await manager.query(
      `DELETE FROM email_suppression WHERE address = lower($1) OR lifted_by = $1 OR lifted_by = $2`,
      [email, subjectId],
    );
  }
}

import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

// A recipient is logged as `Name <address>` or as the bare address.
const TO_MEMBER = `(lower(recipient) = lower($1) OR lower(recipient) LIKE '%<' || lower($1) || '>')`;

/** The log of emails sent to the member, failed sends and a suppression of their address. */
@Injectable()
export class EmailLogPersonalData implements PersonalDataSource {
  readonly section = 'emails';

  constructor(private readonly dataSource: DataSource) {}

  async export({ email }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [email]).then(plainRows);
    return {
      sent: await q(
        `SELECT subject, sent_at AS "sentAt" FROM sent_email WHERE ${TO_MEMBER} ORDER BY sent_at`,
      ),
      failures: await q(
        `SELECT subject, permanent, smtp_code AS "smtpCode", failed_at AS "failedAt"
           FROM email_failure WHERE ${TO_MEMBER} ORDER BY failed_at`,
      ),
      suppression:
        (
          await q(
            `SELECT reason, suppressed_at AS "suppressedAt", lifted_at AS "liftedAt"
               FROM email_suppression WHERE address = lower($1)`,
          )
        )[0] ?? null,
    };
  }

  async erase(
    { memberId, email }: DataSubject,
    _options: unknown,
    manager: EntityManager,
  ): Promise<void> {
    // Send keys name members by id (e.g. a digest per member): those rows go as well.
    for (const table of ['sent_email', 'email_failure']) {
      await manager.query(
        `DELETE FROM ${table} WHERE ${TO_MEMBER} OR key LIKE '%' || $2::text || '%'`,
        [email, memberId],
      );
    }
    await manager.query(
      `DELETE FROM email_suppression WHERE address = lower($1) OR lifted_by = $1 OR lifted_by = $2`,
      [email, memberId],
    );
  }
}

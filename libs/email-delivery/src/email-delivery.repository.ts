import { MemberSql } from '@leerhuis/members';
import type { SuppressionLiftedBy, SuppressionReason } from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface SuppressionRow {
  address: string;
  reason: SuppressionReason;
  smtpCode: number | null;
  smtpResponse: string | null;
  suppressedAt: Date;
  liftedAt: Date | null;
  liftedBy: SuppressionLiftedBy | null;
}

const SUPPRESSION_COLUMNS = `address, reason, smtp_code AS "smtpCode", smtp_response AS "smtpResponse",
  suppressed_at AS "suppressedAt", lifted_at AS "liftedAt", lifted_by AS "liftedBy"`;

/** Suppressed addresses (written by the Mailer on a permanent failure). */
@Injectable()
export class EmailDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async activeSuppression(address: string): Promise<SuppressionRow | null> {
    const rows: SuppressionRow[] = await this.dataSource.query(
      `SELECT ${SUPPRESSION_COLUMNS} FROM email_suppression WHERE address = $1 AND lifted_at IS NULL`,
      [address],
    );
    return rows[0] ?? null;
  }

  /** Lifts an active suppression; null when there was none. */
  async lift(
    address: string,
    by: SuppressionLiftedBy,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SuppressionRow | null> {
    const rows: SuppressionRow[] = await manager.query(
      `WITH lifted AS (
         UPDATE email_suppression SET lifted_at = now(), lifted_by = $2
          WHERE address = $1 AND lifted_at IS NULL
          RETURNING *)
       SELECT ${SUPPRESSION_COLUMNS} FROM lifted`,
      [address, by],
    );
    return rows[0] ?? null;
  }

  async memberLanguage(address: string): Promise<'nl' | 'en' | null> {
    const rows: { language: 'nl' | 'en' }[] = await this.dataSource.query(
      `SELECT language FROM ${MemberSql.members} member WHERE lower(email) = $1`,
      [address],
    );
    return rows[0]?.language ?? null;
  }

  suppressions(
    limit: number,
    after: [string, string] | null,
    includeLifted: boolean,
  ): Promise<(SuppressionRow & { cursorAt: string })[]> {
    return this.dataSource.query(
      `SELECT ${SUPPRESSION_COLUMNS}, suppressed_at::text AS "cursorAt" FROM email_suppression
        WHERE ($1 OR lifted_at IS NULL)
          AND ($2::timestamptz IS NULL OR (suppressed_at, address) < ($2::timestamptz, $3))
        ORDER BY suppressed_at DESC, address DESC LIMIT $4`,
      [includeLifted, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  async countSuppressions(includeLifted: boolean): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_suppression WHERE ($1 OR lifted_at IS NULL)`,
      [includeLifted],
    );
    return rows[0].n;
  }
}

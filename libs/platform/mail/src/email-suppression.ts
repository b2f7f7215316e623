import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import type { SuppressionLiftedBy, SuppressionReason } from './entities/email-suppression.entity';

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

/**
 * Lifts an active suppression of `address` (lower-case): the address was shown to work,
 * e.g. a sign-in link sent to it was used. In the caller's transaction.
 */
export async function liftEmailSuppression(
  manager: EntityManager,
  address: string,
  by: SuppressionLiftedBy,
): Promise<void> {
  await manager.query(
    `UPDATE email_suppression SET lifted_at = now(), lifted_by = $2
      WHERE address = $1 AND lifted_at IS NULL`,
    [address, by],
  );
}

/** Suppressed addresses (the Mailer adds them on a permanent failure): reading and lifting. */
@Injectable()
export class EmailSuppressions {
  constructor(private readonly dataSource: DataSource) {}

  /** The suppression of `address` (lower-case) that still holds; null when none. */
  async active(address: string): Promise<SuppressionRow | null> {
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

  /** A page, newest first, after the cursor `[suppressedAt as text, address]`. */
  page(
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

  async count(includeLifted: boolean): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM email_suppression WHERE ($1 OR lifted_at IS NULL)`,
      [includeLifted],
    );
    return rows[0].n;
  }
}

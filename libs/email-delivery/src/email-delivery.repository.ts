import { MemberSql } from '@leerhuis/members';
import {
  EmailSuppressions,
  type SuppressionLiftedBy,
  type SuppressionRow,
} from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export type { SuppressionRow };

/** Suppressed addresses (platform-mail's, written by the Mailer) and the member's language. */
@Injectable()
export class EmailDeliveryRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly suppressionList: EmailSuppressions,
  ) {}

  activeSuppression(address: string): Promise<SuppressionRow | null> {
    return this.suppressionList.active(address);
  }

  /** Lifts an active suppression; null when there was none. */
  lift(
    address: string,
    by: SuppressionLiftedBy,
    manager?: EntityManager,
  ): Promise<SuppressionRow | null> {
    return this.suppressionList.lift(address, by, manager);
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
    return this.suppressionList.page(limit, after, includeLifted);
  }

  countSuppressions(includeLifted: boolean): Promise<number> {
    return this.suppressionList.count(includeLifted);
  }
}

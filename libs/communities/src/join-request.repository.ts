import { MemberSql } from '@leerhuis/members';
import { OrganisationSql } from '@leerhuis/organisations';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { MemberContact } from './membership.repository';

/** The applicant as coordinators see them in the email: name and organisation. */
export interface Applicant {
  id: string;
  name: string;
  organisation: string | null;
}

/** What the join-request email needs; read by the worker only. */
@Injectable()
export class JoinRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The applicant while their request is still open; null once decided or withdrawn. */
  async pendingApplicant(communityId: string, memberId: string): Promise<Applicant | null> {
    const rows: Applicant[] = await this.dataSource.query(
      `SELECT m.id, m.name,
              CASE WHEN o.id IS NULL THEN NULL
                   WHEN o.abbreviation IS NULL THEN o.name
                   ELSE o.name || ' (' || o.abbreviation || ')' END AS organisation
         FROM community_membership cm
         JOIN ${MemberSql.members} m ON m.id = cm.member_id
         LEFT JOIN ${OrganisationSql.organisations} o ON o.id = m.organisation_id
        WHERE cm.community_id = $1 AND cm.member_id = $2 AND cm.status = 'PENDING'`,
      [communityId, memberId],
    );
    return rows[0] ?? null;
  }

  /** The CoP's active coordinators: they decide on requests. */
  coordinatorContacts(communityId: string): Promise<MemberContact[]> {
    return this.dataSource.query(
      `SELECT m.id, m.email, m.name, m.language
         FROM community_membership cm JOIN ${MemberSql.members} m ON m.id = cm.member_id
        WHERE cm.community_id = $1 AND cm.role = 'COORDINATOR' AND cm.status = 'ACTIVE'
        ORDER BY m.id`,
      [communityId],
    );
  }
}

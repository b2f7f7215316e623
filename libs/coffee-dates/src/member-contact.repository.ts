import { MemberSql } from '@leerhuis/members';
import { OrganisationSql } from '@leerhuis/organisations';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Who an email goes to, and what a partner may show of them. */
export interface MemberContact {
  id: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
  jobRole: string;
  organisationName: string | null;
  showOrganisation: boolean;
  showJobRole: boolean;
}

/** Who a koffiedate email goes to, and what a partner may show of them. */
@Injectable()
export class MemberContactRepository {
  constructor(private readonly dataSource: DataSource) {}

  private q(manager?: EntityManager) {
    return manager ?? this.dataSource.manager;
  }

  async contacts(
    memberIds: string[],
    manager?: EntityManager,
  ): Promise<Map<string, MemberContact>> {
    const rows: MemberContact[] = await this.q(manager).query(
      `SELECT m.id, m.email, m.name, m.language, m.job_role AS "jobRole",
              o.name AS "organisationName",
              COALESCE(m.visibility->>'organisation', 'MEMBERS') = 'MEMBERS' AS "showOrganisation",
              COALESCE(m.visibility->>'jobRole', 'MEMBERS') = 'MEMBERS' AS "showJobRole"
         FROM ${MemberSql.members} m LEFT JOIN ${OrganisationSql.organisations} o ON o.id = m.organisation_id
        WHERE m.id = ANY($1)`,
      [memberIds],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}

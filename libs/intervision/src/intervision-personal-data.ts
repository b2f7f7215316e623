import {
  type DataSubject,
  type ErasureBlocker,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
  scrubJsonSql,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The member's own intervisie contributions, cases and group memberships. Other members'
 * contributions stay out of the export: the group's confidentiality covers them.
 */
@Injectable()
export class IntervisionPersonalData implements PersonalDataSource {
  readonly section = 'intervision';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      groups: await q(
        `SELECT g.name AS "group", m.role, m.status, m.agreement_version AS "agreementVersion",
                m.agreement_accepted_at AS "agreementAcceptedAt", m.invited_at AS "invitedAt",
                m.left_at AS "leftAt"
           FROM intervision_group_member m JOIN intervision_group g ON g.id = m.group_id
          WHERE m.member_id = $1 ORDER BY g.name`,
      ),
      cases: await q(
        `SELECT title, situation_what AS "situationWhat", situation_who AS "situationWho",
                situation_where AS "situationWhere", situation_when AS "situationWhen", tried,
                question, state, reflection, next_step AS "nextStep", lessons,
                follow_up_answer AS "followUpAnswer", created_at AS "createdAt"
           FROM intervision_case WHERE owner_id = $1 ORDER BY created_at`,
      ),
      contributions: await q(
        `SELECT c.title AS "case", x.phase_index AS "phaseIndex", x.kind, x.author_role AS "role",
                x.body, x.created_at AS "createdAt", x.edited_at AS "editedAt"
           FROM intervision_contribution x JOIN intervision_case c ON c.id = x.case_id
          WHERE x.author_id = $1 ORDER BY x.created_at`,
      ),
    };
  }

  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM intervision_contribution WHERE author_id = $1`, [memberId]);
    await manager.query(`DELETE FROM intervision_group_member WHERE member_id = $1`, [memberId]);
    await manager.query(
      `UPDATE intervision_audit SET ${scrubJsonSql('detail', '$1')}
        WHERE detail::text LIKE '%' || $1::text || '%'`,
      [memberId],
    );
  }

  /** Groups where the member is the only active moderator. */
  async erasureBlockers({ memberId }: DataSubject): Promise<ErasureBlocker[]> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT g.id, g.name
         FROM intervision_group_member m JOIN intervision_group g ON g.id = m.group_id
        WHERE m.member_id = $1 AND m.role = 'MODERATOR' AND m.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM intervision_group_member o
                           WHERE o.group_id = m.group_id AND o.member_id <> m.member_id
                             AND o.role = 'MODERATOR' AND o.status = 'ACTIVE')
        ORDER BY g.name`,
      [memberId],
    );
    return rows.map((r) => ({ kind: 'INTERVISION_GROUP', id: r.id, name: r.name }));
  }
}

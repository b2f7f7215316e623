import {
  type DataSubject,
  type ErasureBlocker,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Memberships and roles, invitations the member sent or received, CoPs they proposed. */
@Injectable()
export class CommunitiesPersonalData implements PersonalDataSource {
  readonly section = 'communities';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId, email }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string, params: unknown[]) =>
      this.dataSource.query(sql, params).then(plainRows);
    return {
      memberships: await q(
        `SELECT c.name AS community, c.slug, m.role, m.status, m.motivation,
                m.requested_at AS "requestedAt", m.joined_at AS "joinedAt"
           FROM community_membership m JOIN community c ON c.id = m.community_id
          WHERE m.member_id = $1 ORDER BY c.name`,
        [memberId],
      ),
      proposedCommunities: await q(
        `SELECT name, slug, created_at AS "createdAt" FROM community WHERE proposed_by = $1`,
        [memberId],
      ),
      invitationsSent: await q(
        `SELECT c.name AS community, i.email, i.message, i.created_at AS "createdAt"
           FROM community_invitation i JOIN community c ON c.id = i.community_id
          WHERE i.invited_by = $1 ORDER BY i.created_at`,
        [memberId],
      ),
      invitationsReceived: await q(
        `SELECT c.name AS community, i.created_at AS "createdAt", i.accepted_at AS "acceptedAt"
           FROM community_invitation i JOIN community c ON c.id = i.community_id
          WHERE lower(i.email) = lower($1) OR i.accepted_by = $2 ORDER BY i.created_at`,
        [email, memberId],
      ),
    };
  }

  async erase(
    { memberId, email }: DataSubject,
    _options: unknown,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM community_invitation WHERE lower(email) = lower($1) OR accepted_by = $2`,
      [email, memberId],
    );
    await manager.query(`DELETE FROM community_membership WHERE member_id = $1`, [memberId]);
  }

  /** CoPs where the member is the only active coordinator: someone must take over first. */
  async erasureBlockers({ memberId }: DataSubject): Promise<ErasureBlocker[]> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT c.id, c.name
         FROM community_membership m JOIN community c ON c.id = m.community_id
        WHERE m.member_id = $1 AND m.role = 'COORDINATOR' AND m.status = 'ACTIVE'
          AND NOT EXISTS (SELECT 1 FROM community_membership o
                           WHERE o.community_id = m.community_id AND o.member_id <> m.member_id
                             AND o.role = 'COORDINATOR' AND o.status = 'ACTIVE')
        ORDER BY c.name`,
      [memberId],
    );
    return rows.map((r) => ({ kind: 'COMMUNITY', id: r.id, name: r.name }));
  }
}

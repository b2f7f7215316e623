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

/** Programmes, leergroep applications, memberships, reflections, attendance, introductions. */
@Injectable()
export class LearningGroupsPersonalData implements PersonalDataSource {
  readonly section = 'learningGroups';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      programmes: await q(
        `SELECT name, type, strategy, phase, themes, has_budget AS "hasBudget", created_at AS "createdAt"
           FROM programme WHERE director_id = $1 ORDER BY created_at`,
      ),
      applications: await q(
        `SELECT g.name AS "learningGroup", a.learning_wish AS "learningWish", a.status,
                a.created_at AS "createdAt"
           FROM learning_group_application a JOIN learning_group g ON g.id = a.learning_group_id
          WHERE a.applicant_id = $1 ORDER BY a.created_at`,
      ),
      memberships: await q(
        `SELECT g.name AS "learningGroup", m.group_number AS "groupNumber", m.joined_at AS "joinedAt"
           FROM learning_group_member m JOIN learning_group g ON g.id = m.learning_group_id
          WHERE m.member_id = $1`,
      ),
      facilitating: await q(`SELECT name, status FROM learning_group WHERE facilitator_id = $1`),
      reflections: await q(
        `SELECT s.starts_at AS "sessionStartsAt", r.happened, r.yielded, r.adjust,
                r.submitted_at AS "submittedAt", r.updated_at AS "updatedAt"
           FROM learning_group_reflection r JOIN learning_group_session s ON s.id = r.session_id
          WHERE r.member_id = $1 ORDER BY s.starts_at`,
      ),
      attendance: await q(
        `SELECT s.starts_at AS "sessionStartsAt", a.status
           FROM learning_group_session_attendance a JOIN learning_group_session s ON s.id = a.session_id
          WHERE a.member_id = $1 ORDER BY s.starts_at`,
      ),
      threads: await q(
        `SELECT title, body, created_at AS "createdAt" FROM learning_group_thread
          WHERE author_id = $1 ORDER BY created_at`,
      ),
      peerIntroductions: await q(
        `SELECT status, (requester_id = $1) AS "requestedByMe", created_at AS "createdAt"
           FROM peer_introduction WHERE requester_id = $1 OR peer_id = $1 ORDER BY created_at`,
      ),
    };
  }

  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM learning_group_reflection WHERE member_id = $1`, [memberId]);
    await manager.query(
      `UPDATE learning_group SET ${scrubJsonSql('proposal', '$1')}
        WHERE proposal::text LIKE '%' || $1::text || '%'`,
      [memberId],
    );
    await manager.query(
      `UPDATE peer_introduction_proposal SET ${scrubJsonSql('reasons', '$1')}
        WHERE reasons::text LIKE '%' || $1::text || '%'`,
      [memberId],
    );
  }

  /** A leergroep the member facilitates and that has not finished needs another facilitator. */
  async erasureBlockers({ memberId }: DataSubject): Promise<ErasureBlocker[]> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM learning_group WHERE facilitator_id = $1 ORDER BY name`,
      [memberId],
    );
    return rows.map((r) => ({ kind: 'LEARNING_GROUP', id: r.id, name: r.name }));
  }
}

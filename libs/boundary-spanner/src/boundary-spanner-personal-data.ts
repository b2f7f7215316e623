import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Questionnaire answers, the profiles they yielded and who may see them. */
@Injectable()
export class BoundarySpannerPersonalData implements PersonalDataSource {
  readonly section = 'boundarySpanner';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      attempts: await q(
        `SELECT a.id, a.questionnaire_version AS "questionnaireVersion", a.started_at AS "startedAt",
                a.submitted_at AS "submittedAt",
                coalesce((SELECT json_agg(json_build_object('item', x.item_key, 'value', x.value)
                                          ORDER BY x.item_key)
                            FROM boundary_spanner_answer x WHERE x.attempt_id = a.id), '[]') AS answers
           FROM boundary_spanner_attempt a WHERE a.member_id = $1 ORDER BY a.started_at`,
      ),
      profiles: await q(
        `SELECT questionnaire_version AS "questionnaireVersion", scores,
                preferred_styles AS "preferredStyles", taken_at AS "takenAt"
           FROM boundary_spanner_profile WHERE member_id = $1 ORDER BY taken_at`,
      ),
      visibility:
        (await q(`SELECT visibility FROM boundary_spanner_setting WHERE member_id = $1`))[0]
          ?.visibility ?? null,
    };
  }

  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM boundary_spanner_profile WHERE member_id = $1`, [memberId]);
    await manager.query(
      `DELETE FROM boundary_spanner_answer
        WHERE attempt_id IN (SELECT id FROM boundary_spanner_attempt WHERE member_id = $1)`,
      [memberId],
    );
    await manager.query(`DELETE FROM boundary_spanner_attempt WHERE member_id = $1`, [memberId]);
    await manager.query(`DELETE FROM boundary_spanner_setting WHERE member_id = $1`, [memberId]);
  }
}

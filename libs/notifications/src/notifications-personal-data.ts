import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
  scrubJsonSql,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Notification settings (general and per CoP) and the member's notifications. */
@Injectable()
export class NotificationsPersonalData implements PersonalDataSource {
  readonly section = 'notifications';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      settings:
        (
          await q(
            `SELECT digest_frequency AS "digestFrequency", digest_weekday AS "digestWeekday",
                    digest_time AS "digestTime", mentions, replies, meeting_changes AS "meetingChanges",
                    coffee_date AS "coffeeDate", intervision_phases AS "intervisionPhases",
                    last_digest_at AS "lastDigestAt", updated_at AS "updatedAt"
               FROM notification_settings WHERE member_id = $1`,
          )
        )[0] ?? null,
      communitySettings: await q(
        `SELECT community_id AS "communityId", mode, updated_at AS "updatedAt"
           FROM community_notification_setting WHERE member_id = $1`,
      ),
      notifications: await q(
        `SELECT kind, subject_type AS "subjectType", channel, data, created_at AS "createdAt",
                read_at AS "readAt", emailed_at AS "emailedAt"
           FROM notification WHERE member_id = $1 ORDER BY created_at`,
      ),
    };
  }

  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM notification_settings WHERE member_id = $1`, [memberId]);
    await manager.query(`DELETE FROM community_notification_setting WHERE member_id = $1`, [
      memberId,
    ]);
    await manager.query(`DELETE FROM notification WHERE member_id = $1`, [memberId]);
    await manager.query(
      `UPDATE notification SET actor_id = NULL, ${scrubJsonSql('data', '$1')}
        WHERE actor_id = $1 OR data::text LIKE '%' || $1::text || '%'`,
      [memberId],
    );
  }
}

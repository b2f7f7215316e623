import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** RSVPs and follow-up actions. RSVPs go with the member row; follow-ups lose their owner. */
@Injectable()
export class MeetingsPersonalData implements PersonalDataSource {
  readonly section = 'meetings';

  constructor(private readonly dataSource: DataSource) {}

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const q = (sql: string) => this.dataSource.query(sql, [memberId]).then(plainRows);
    return {
      rsvps: await q(
        `SELECT m.title AS meeting, m.starts_at AS "startsAt", r.status,
                r.responded_at AS "respondedAt", r.waiting_since AS "waitingSince"
           FROM meeting_rsvp r JOIN meeting m ON m.id = r.meeting_id
          WHERE r.member_id = $1 ORDER BY m.starts_at`,
      ),
      followUps: await q(
        `SELECT m.title AS meeting, f.text, f.due_on AS "dueOn", f.created_at AS "createdAt"
           FROM meeting_follow_up f JOIN meeting m ON m.id = f.meeting_id
          WHERE f.owner_id = $1 OR f.recorded_by = $1 ORDER BY f.created_at`,
      ),
      meetingsScheduled: await q(
        `SELECT title, starts_at AS "startsAt" FROM meeting WHERE scheduled_by = $1 ORDER BY starts_at`,
      ),
    };
  }

  async erase(): Promise<void> {
    // Foreign keys suffice: RSVPs cascade, scheduler and follow-up owner become NULL.
  }
}

import { MemberSql } from '@leerhuis/members';
import {
  type AdvancedDigest,
  NotificationDigestSchedule,
  NotificationSql,
} from '@leerhuis/notifications';
import { SentEmailLog } from '@leerhuis/platform-mail';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { DigestFrequency, DigestRhythm } from './digest-schedule';

/** A member whose digest is due, with what the email needs to address them. */
export interface DueMember extends DigestRhythm {
  memberId: string;
  email: string;
  name: string;
  language: 'nl' | 'en';
  due: Date;
  lastDigestAt: Date | null;
}

export interface PlannableMember extends DigestRhythm {
  memberId: string;
}

/**
 * The digest schedule in notification_settings: who is due (read here, rule 3), and moving
 * them on (written by its owner, the notifications lib).
 */
@Injectable()
export class DigestScheduleRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sentEmails: SentEmailLog,
    private readonly notificationSchedule: NotificationDigestSchedule,
  ) {}

  /** Members with a rhythm but no due time yet (new, or preferences just changed). */
  async unplanned(afterMemberId: string | null, limit: number): Promise<PlannableMember[]> {
    const rows: { member_id: string; frequency: DigestFrequency; weekday: number; time: string }[] =
      await this.dataSource.query(
        `SELECT member_id, digest_frequency AS frequency, digest_weekday AS weekday,
                to_char(digest_time, 'HH24:MI') AS time
           FROM ${NotificationSql.settings} notification_settings
          WHERE next_digest_at IS NULL AND digest_frequency <> 'NEVER'
            AND ($1::uuid IS NULL OR member_id > $1)
          ORDER BY member_id LIMIT $2`,
        [afterMemberId, limit],
      );
    return rows.map((r) => ({
      memberId: r.member_id,
      frequency: r.frequency,
      weekday: r.weekday,
      time: r.time,
    }));
  }

  /** Sets first due times (the owner keeps a rhythm changed in between). */
  plan(rows: (PlannableMember & { at: Date })[]): Promise<void> {
    return this.notificationSchedule.plan(rows);
  }

  /** Every member due at `now`, in member order (chunks are ranges of it). */
  async dueMemberIds(now: Date): Promise<string[]> {
    const rows: { member_id: string }[] = await this.dataSource.query(
      `SELECT member_id FROM ${NotificationSql.settings} notification_settings
        WHERE digest_frequency <> 'NEVER' AND next_digest_at <= $1
        ORDER BY member_id`,
      [now.toISOString()],
    );
    return rows.map((r) => r.member_id);
  }

  /** Those of `memberIds` still due at `dueBefore`: a retried chunk skips who moved on. */
  async dueMembers(memberIds: string[], dueBefore: Date): Promise<DueMember[]> {
    const rows: {
      member_id: string;
      email: string;
      name: string;
      language: 'nl' | 'en';
      frequency: DigestFrequency;
      weekday: number;
      time: string;
      due: Date;
      last_digest_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT s.member_id, m.email, m.name, m.language, s.digest_frequency AS frequency,
              s.digest_weekday AS weekday, to_char(s.digest_time, 'HH24:MI') AS time,
              s.next_digest_at AS due, s.last_digest_at
         FROM ${NotificationSql.settings} s JOIN ${MemberSql.members} m ON m.id = s.member_id
        WHERE s.member_id = ANY($1::uuid[]) AND s.digest_frequency <> 'NEVER'
          AND s.next_digest_at <= $2
        ORDER BY s.member_id`,
      [memberIds, dueBefore.toISOString()],
    );
    return rows.map((r) => ({
      memberId: r.member_id,
      email: r.email,
      name: r.name,
      language: r.language,
      frequency: r.frequency,
      weekday: r.weekday,
      time: r.time,
      due: r.due,
      lastDigestAt: r.last_digest_at,
    }));
  }

  /** Which of these email keys the send log already holds. */
  async sentKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    return this.sentEmails.sentKeys(keys);
  }

  /**
   * Moves on members whose digest the send log already holds (an interrupted run): the
   * notifications it carried are not known any more, so those it could have carried are
   * marked emailed.
   */
  advanceSentBefore(rows: AdvancedDigest[]): Promise<void> {
    return this.notificationSchedule.advanceSentBefore(rows);
  }

  /**
   * Moves members on to their next digest, only from the due time they were at (a second run
   * of the same chunk changes nothing), and marks the notifications a digest carried as emailed.
   */
  advance(rows: AdvancedDigest[], emailedNotificationIds: string[] = []): Promise<void> {
    return this.notificationSchedule.advance(rows, emailedNotificationIds);
  }
}

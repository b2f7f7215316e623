import { Injectable, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** A first due time, for the rhythm it was computed from (frequency as stored, e.g. WEEKLY). */
export interface PlannedDigest {
  memberId: string;
  at: Date;
  frequency: string;
  weekday: number;
  time: string;
}

/** A member moved on from the digest due at `due` to the one at `next` (null: none). */
export interface AdvancedDigest {
  memberId: string;
  due: Date;
  next: Date | null;
}

/**
 * The digest schedule in notification_settings (next_digest_at, last_digest_at), as the
 * digests lib's planner and sender move it on, and the notifications a digest carried. The
 * statements stay one each: the schedule and the notifications change together.
 */
@Injectable()
export class NotificationDigestSchedule {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Sets first due times, but only where the rhythm is still the one they were computed from
   * (a preference change in between NULLs the time again and wins).
   */
  async plan(rows: PlannedDigest[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `UPDATE notification_settings s SET next_digest_at = v.at
         FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::int[], $5::time[])
              AS v(member_id, at, frequency, weekday, time)
        WHERE s.member_id = v.member_id AND s.next_digest_at IS NULL
          AND s.digest_frequency = v.frequency AND s.digest_weekday = v.weekday
          AND s.digest_time = v.time`,
      [
        rows.map((r) => r.memberId),
        rows.map((r) => r.at.toISOString()),
        rows.map((r) => r.frequency),
        rows.map((r) => r.weekday),
        rows.map((r) => r.time),
      ],
    );
  }

  /**
   * Moves on members whose digest went out but whose carried notifications are not known any
   * more: those it could have carried (digest channel, unemailed, unread, from before the due
   * time) are marked emailed.
   */
  async advanceSentBefore(rows: AdvancedDigest[]): Promise<void> {
    if (rows.length === 0) return;
    await this.dataSource.query(
      `WITH v AS (SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
                    AS v(member_id, due, next)),
       advanced AS (
         UPDATE notification_settings s SET last_digest_at = v.due, next_digest_at = v.next
           FROM v WHERE s.member_id = v.member_id
            AND date_trunc('milliseconds', s.next_digest_at) = v.due
         RETURNING s.member_id)
       UPDATE notification n SET emailed_at = now() FROM v
        WHERE n.member_id = v.member_id AND n.channel = 'DIGEST' AND n.emailed_at IS NULL
          AND n.read_at IS NULL AND n.created_at < v.due`,
      [
        rows.map((r) => r.memberId),
        rows.map((r) => r.due.toISOString()),
        rows.map((r) => r.next?.toISOString() ?? null),
      ],
    );
  }

  /**
   * Moves members on to their next digest, only from the due time they were at (a second run
   * changes nothing), and marks the notifications a digest carried as emailed.
   */
  async advance(rows: AdvancedDigest[], emailedNotificationIds: string[] = []): Promise<void> {
    if (rows.length === 0 && emailedNotificationIds.length === 0) return;
    await this.dataSource.query(
      `WITH advanced AS (
         UPDATE notification_settings s
            SET last_digest_at = v.due, next_digest_at = v.next
           FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(member_id, due, next)
          WHERE s.member_id = v.member_id
            AND date_trunc('milliseconds', s.next_digest_at) = v.due
          RETURNING s.member_id)
       UPDATE notification SET emailed_at = now()
        WHERE id = ANY($4::bigint[]) AND emailed_at IS NULL`,
      [
        rows.map((r) => r.memberId),
        rows.map((r) => r.due.toISOString()),
        rows.map((r) => r.next?.toISOString() ?? null),
        emailedNotificationIds,
      ],
    );
  }
}

/** For the digests lib's worker module. */
@Module({ providers: [NotificationDigestSchedule], exports: [NotificationDigestSchedule] })
export class NotificationDigestScheduleModule {}

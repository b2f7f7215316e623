import { Column, Entity, PrimaryColumn } from 'typeorm';

import { DigestFrequency, NotificationChannel } from '../notification-kinds';

/** A member's notification and digest preferences; the 019 trigger gives every member one. */
@Entity('notification_settings')
export class NotificationSettingsEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'digest_frequency', type: 'text' })
  digestFrequency: DigestFrequency;

  /** ISO weekday, 1 = Monday. */
  @Column({ name: 'digest_weekday', type: 'smallint' })
  digestWeekday: number;

  /** Europe/Amsterdam wall-clock time (the repository reads it as `HH:MM`). */
  @Column({ name: 'digest_time', type: 'time' })
  digestTime: string;

  @Column({ type: 'text' })
  mentions: NotificationChannel;

  @Column({ type: 'text' })
  replies: NotificationChannel;

  @Column({ name: 'meeting_changes', type: 'text' })
  meetingChanges: NotificationChannel;

  @Column({ name: 'coffee_date', type: 'text' })
  coffeeDate: NotificationChannel;

  @Column({ name: 'intervision_phases', type: 'text' })
  intervisionPhases: NotificationChannel;

  @Column({ name: 'next_digest_at', type: 'timestamptz', nullable: true })
  nextDigestAt: Date | null;

  @Column({ name: 'last_digest_at', type: 'timestamptz', nullable: true })
  lastDigestAt: Date | null;

  @Column({ name: 'last_notification_email_at', type: 'timestamptz', nullable: true })
  lastNotificationEmailAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

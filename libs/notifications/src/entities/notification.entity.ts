import { Column, Entity, PrimaryColumn } from 'typeorm';

import { NotificationChannel, NotificationKind } from '../notification-kinds';

/** One item of a member's in-app list; also what the notification emails and digests carry. */
@Entity('notification')
export class NotificationEntity {
  /** bigint identity: kept as a string (beyond 2^53 one day). */
  @PrimaryColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'text' })
  channel: NotificationChannel;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}

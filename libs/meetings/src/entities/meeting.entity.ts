import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A meeting (bijeenkomst) of a CoP, at an address or online. */
@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  /** Markdown source. */
  @Column({ type: 'text', default: '' })
  agenda: string;

  /** Null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** Markdown source, written after the meeting. */
  @Column({ type: 'text', default: '' })
  notes: string;

  /** The iCalendar SEQUENCE: bumped on every change that calendars should pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  @Column({ name: 'scheduled_by', type: 'uuid', nullable: true })
  scheduledBy: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', default: '' })
  cancellationReason: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

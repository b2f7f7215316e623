import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a member stands for a meeting. WAITING: wanted to go when it was full. */
export enum RsvpStatus {
  GOING = 'GOING',
  WAITING = 'WAITING',
  MAYBE = 'MAYBE',
  NOT_GOING = 'NOT_GOING',
}

@Entity('meeting_rsvp')
export class MeetingRsvpEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  status: RsvpStatus;

  /** Orders the waiting list; set only while WAITING. */
  @Column({ name: 'waiting_since', type: 'timestamptz', nullable: true })
  waitingSince: Date | null;

  @Column({ name: 'responded_at', type: 'timestamptz', default: () => 'now()' })
  respondedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's standing choices; no row means: never opted in. */
@Entity('coffee_date_preference')
export class CoffeeDatePreferenceEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** "Every month until I pause": joins each new monthly round. */
  @Column({ name: 'every_month', type: 'boolean', default: false })
  everyMonth: boolean;

  /** Opted in while no round was open: joins the next one only. */
  @Column({ name: 'next_round', type: 'boolean', default: false })
  nextRound: boolean;

  /** Paused up to and including the day before this date (Amsterdam); resumes by itself. */
  @Column({ name: 'paused_until', type: 'date', nullable: true })
  pausedUntil: string | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

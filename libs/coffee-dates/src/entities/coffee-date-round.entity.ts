import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum CoffeeDateRoundKind {
  /** The monthly round every member may opt in to. */
  MONTHLY = 'MONTHLY',
  /** A tailored koffiedate a coordinator requested for their team or CoP. */
  TEAM = 'TEAM',
}

/** OPEN (sign-up) → MATCHING (sign-up closed) → MATCHED (emails out) → CLOSED (stats). */
export enum CoffeeDateRoundState {
  OPEN = 'OPEN',
  MATCHING = 'MATCHING',
  MATCHED = 'MATCHED',
  CLOSED = 'CLOSED',
}

export interface CoffeeDateRoundStats {
  participants: number;
  matched: number;
  pairs: number;
  trios: number;
  groups: number;
  unmatched: number;
  unmatchedReasons: { reason: string; count: number }[];
  crossMinistryRate: number | null;
  styleMix: { style: string; count: number }[];
  withoutProfile: number;
  reportedMeetings: number;
  ratings: number;
  averageRating: number | null;
  declined: number;
}

@Entity('coffee_date_round')
export class CoffeeDateRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: CoffeeDateRoundKind;

  /** `YYYY-MM` (Amsterdam) of a monthly round; null for team rounds. */
  @Column({ type: 'text', nullable: true })
  period: string | null;

  @Column({ type: 'text' })
  state: CoffeeDateRoundState;

  /** The matching's seed: the same participants and seed give the same groups. */
  @Column({ type: 'text' })
  seed: string;

  @Column({ name: 'opens_at', type: 'timestamptz' })
  opensAt: Date;

  @Column({ name: 'signup_deadline', type: 'timestamptz' })
  signupDeadline: Date;

  @Column({ name: 'reminder_at', type: 'timestamptz' })
  reminderAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  /** Team rounds: the chosen day (`YYYY-MM-DD`). */
  @Column({ name: 'meet_on', type: 'date', nullable: true })
  meetOn: string | null;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Snapshot taken when the round closes. */
  @Column({ type: 'jsonb', nullable: true })
  stats: CoffeeDateRoundStats | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum CoffeeDateMatchKind {
  PAIR = 'PAIR',
  TRIO = 'TRIO',
  /** A team round's group (two to four people). */
  GROUP = 'GROUP',
}

export enum CoffeeDateResponse {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum CoffeeDateNextStep {
  INTRODUCE_SOMEONE = 'INTRODUCE_SOMEONE',
  START_SOMETHING = 'START_SOMETHING',
  JOIN_COMMUNITY = 'JOIN_COMMUNITY',
}

/** One group the matching formed. Dissolved when a decline leaves fewer than two. */
@Entity('coffee_date_match')
export class CoffeeDateMatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ type: 'text' })
  kind: CoffeeDateMatchKind;

  @Column({ type: 'integer', default: 0 })
  score: number;

  /** The matching's reasons (`code`, `message`, `details`), translated by code in the apps. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons: { code: string; message: string; details?: Record<string, unknown> }[];

  /** The suggested 30-minute slot. */
  @Column({ name: 'slot_starts_at', type: 'timestamptz' })
  slotStartsAt: Date;

  @Column({ name: 'dissolved_at', type: 'timestamptz', nullable: true })
  dissolvedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** A member in a group, with their answer and feedback (private to them and admins' totals). */
@Entity('coffee_date_match_member')
export class CoffeeDateMatchMemberEntity {
  @PrimaryColumn({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', default: CoffeeDateResponse.PENDING })
  response: CoffeeDateResponse;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @Column({ type: 'boolean', nullable: true })
  met: boolean | null;

  @Column({ type: 'integer', nullable: true })
  rating: number | null;

  @Column({ name: 'next_step', type: 'text', nullable: true })
  nextStep: CoffeeDateNextStep | null;

  @Column({ name: 'feedback_at', type: 'timestamptz', nullable: true })
  feedbackAt: Date | null;
}

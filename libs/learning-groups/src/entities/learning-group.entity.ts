import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { ComposedGroup } from '../composition/compose-learning-groups';

export enum LearningGroupStatus {
  OPEN_FOR_APPLICATIONS = 'OPEN_FOR_APPLICATIONS',
  COMPOSING = 'COMPOSING',
  RUNNING = 'RUNNING',
  FINISHED = 'FINISHED',
}

/** The facilitator's draft, adjusted by moves until it is confirmed. */
export interface CompositionProposal {
  groups: ComposedGroup[];
  proposedAt: string;
}

@Entity('learning_group')
export class LearningGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  goal: string;

  @Column({ name: 'facilitator_id', type: 'uuid' })
  facilitatorId: string;

  /** `YYYY-MM-DD` */
  @Column({ name: 'cohort_starts_on', type: 'date' })
  cohortStartsOn: string;

  /** `YYYY-MM-DD` */
  @Column({ name: 'cohort_ends_on', type: 'date' })
  cohortEndsOn: string;

  @Column({ name: 'first_session_at', type: 'timestamptz' })
  firstSessionAt: Date;

  @Column({ name: 'session_minutes', type: 'integer', default: 180 })
  sessionMinutes: number;

  @Column({ type: 'text', default: '' })
  location: string;

  @Column({ name: 'cadence_weeks', type: 'integer', default: 6 })
  cadenceWeeks: number;

  @Column({ name: 'target_size', type: 'integer', default: 6 })
  targetSize: number;

  @Column({ type: 'text', default: LearningGroupStatus.OPEN_FOR_APPLICATIONS })
  status: LearningGroupStatus;

  @Column({ type: 'jsonb', nullable: true })
  proposal: CompositionProposal | null;

  @Column({ name: 'composed_at', type: 'timestamptz', nullable: true })
  composedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

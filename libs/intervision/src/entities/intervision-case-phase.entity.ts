import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One run of a phase of a case: opened, perhaps with a deadline, then closed. */
@Entity('intervision_case_phase')
export class IntervisionCasePhaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'phase_index', type: 'integer' })
  phaseIndex: number;

  @Column({ name: 'opened_at', type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  /** At the deadline the phase closes and the next opens by itself. */
  @Column({ name: 'auto_advance', type: 'boolean', default: false })
  autoAdvance: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}

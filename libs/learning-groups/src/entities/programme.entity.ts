import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How the programme steers the chain it works in (the four types programme directors know). */
export enum ProgrammeType {
  KETENREGIE_FIXED_FRAMEWORKS = 'KETENREGIE_FIXED_FRAMEWORKS',
  KETENREGIE_OWN_FRAMEWORKS = 'KETENREGIE_OWN_FRAMEWORKS',
  KETENSTURING_MINISTER_FRAMEWORKS = 'KETENSTURING_MINISTER_FRAMEWORKS',
  KETENSTURING_COFINANCING = 'KETENSTURING_COFINANCING',
}

export enum ProgrammeStrategy {
  POLICY = 'POLICY',
  IMPLEMENTATION = 'IMPLEMENTATION',
  STIMULATION = 'STIMULATION',
}

export enum ProgrammePhase {
  START = 'START',
  UITVOERING = 'UITVOERING',
  AFRONDING = 'AFRONDING',
}

@Entity('programme')
export class ProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'director_id', type: 'uuid' })
  directorId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'ministry_id', type: 'uuid' })
  ministryId: string;

  @Column({ type: 'text' })
  type: ProgrammeType;

  @Column({ type: 'text' })
  strategy: ProgrammeStrategy;

  @Column({ type: 'text' })
  phase: ProgrammePhase;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ name: 'has_budget', type: 'boolean' })
  hasBudget: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

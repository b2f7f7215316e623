import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { ContributionKind, IntervisionRole } from '../intervision-method';

@Entity('intervision_contribution')
export class IntervisionContributionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @Column({ name: 'phase_index', type: 'integer' })
  phaseIndex: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  /** The role the author wrote in (the case owner writes as CASE_OWNER even if moderator). */
  @Column({ name: 'author_role', type: 'text' })
  authorRole: IntervisionRole;

  @Column({ type: 'text' })
  kind: ContributionKind;

  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;
}

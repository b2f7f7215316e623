import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { MethodPhase } from '../intervision-method';

/** A method (werkvorm): shipped (groupId null) or a group's adapted copy. */
@Entity('intervision_method')
export class IntervisionMethodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ type: 'text' })
  key: string;

  @Column({ name: 'based_on_id', type: 'uuid', nullable: true })
  basedOnId: string | null;

  @Column({ name: 'name_nl', type: 'text' })
  nameNl: string;

  @Column({ name: 'name_en', type: 'text' })
  nameEn: string;

  @Column({ name: 'description_nl', type: 'text', default: '' })
  descriptionNl: string;

  @Column({ name: 'description_en', type: 'text', default: '' })
  descriptionEn: string;

  @Column({ type: 'jsonb' })
  phases: MethodPhase[];

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

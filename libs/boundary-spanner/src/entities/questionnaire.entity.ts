import { Column, Entity, PrimaryColumn } from 'typeorm';

import type { QuestionnaireItem } from '../questionnaire';

/** One published version of the grenswerkersvragen; the highest version is current. */
@Entity('boundary_spanner_questionnaire')
export class QuestionnaireEntity {
  @PrimaryColumn({ type: 'int' })
  version: number;

  @Column({ type: 'jsonb' })
  items: QuestionnaireItem[];

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}

import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import { BoundarySpannerStyle, ProfileVisibility } from '../style';

/** The result of one submitted attempt; retaking adds a new one (history). */
@Entity('boundary_spanner_profile')
export class ProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @Column({ name: 'questionnaire_version', type: 'int' })
  questionnaireVersion: number;

  @Column({ type: 'jsonb' })
  scores: Record<BoundarySpannerStyle, number>;

  @Column({ name: 'preferred_styles', type: 'text', array: true })
  preferredStyles: BoundarySpannerStyle[];

  @Column({ name: 'taken_at', type: 'timestamptz', default: () => 'now()' })
  takenAt: Date;
}

/** A member's choice who may see their profile (no row: private). */
@Entity('boundary_spanner_setting')
export class SettingEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text', default: ProfileVisibility.Private })
  visibility: ProfileVisibility;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

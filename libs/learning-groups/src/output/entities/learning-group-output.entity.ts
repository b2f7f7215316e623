import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

export enum LearningGroupOutputType {
  LESSONS = 'LESSONS',
  ARTICLE = 'ARTICLE',
}

/** What one group of a leergroep writes together: lessons or an article (Markdown). */
@Entity('learning_group_output')
export class LearningGroupOutputEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'learning_group_id', type: 'uuid' })
  learningGroupId: string;

  @Column({ name: 'group_number', type: 'int' })
  groupNumber: number;

  @Column({ type: 'text' })
  type: LearningGroupOutputType;

  @Column({ type: 'text' })
  title: string;

  /** Markdown source; rendered safely as bodyHtml. */
  @Column({ type: 'text' })
  body: string;

  /** Goes up by one on every save; approvals are for one version. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'published_by', type: 'uuid', nullable: true })
  publishedBy: string | null;

  /** The CoP it was published to; null with publishedAt set: the whole platform. */
  @Column({ name: 'published_community_id', type: 'uuid', nullable: true })
  publishedCommunityId: string | null;

  @Column({ name: 'harvest_lesson_id', type: 'uuid', nullable: true })
  harvestLessonId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** The text as it was before one save: who saved, when. */
@Entity('learning_group_output_revision')
export class LearningGroupOutputRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'output_id', type: 'uuid' })
  outputId: string;

  /** The version this save replaced. */
  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'editor_id', type: 'uuid', nullable: true })
  editorId: string | null;

  @Column({ name: 'previous_title', type: 'text' })
  previousTitle: string;

  @Column({ name: 'previous_body', type: 'text' })
  previousBody: string;

  @Column({ name: 'edited_at', type: 'timestamptz', default: () => 'now()' })
  editedAt: Date;
}

/** A group member approved one version for publication. */
@Entity('learning_group_output_approval')
export class LearningGroupOutputApprovalEntity {
  @PrimaryColumn({ name: 'output_id', type: 'uuid' })
  outputId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ name: 'approved_at', type: 'timestamptz', default: () => 'now()' })
  approvedAt: Date;
}

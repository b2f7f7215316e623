import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A rode draad: a common thread the facilitator or members see across sessions. */
@Entity('learning_group_thread')
export class LearningGroupThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'learning_group_id', type: 'uuid' })
  learningGroupId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's short reflection after a session: what happened, what it yielded, what to adjust. */
@Entity('learning_group_reflection')
export class LearningGroupReflectionEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  happened: string;

  @Column({ type: 'text' })
  yielded: string;

  @Column({ type: 'text' })
  adjust: string;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

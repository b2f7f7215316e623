import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member who contributed to a lesson (always an active member of its CoP when added). */
@Entity('harvest_lesson_contributor')
export class LessonContributorEntity {
  @PrimaryColumn({ name: 'lesson_id', type: 'uuid' })
  lessonId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  /** Keeps the order in which they were named. */
  @Column({ type: 'int' })
  position: number;
}

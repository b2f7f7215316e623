import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ApplicationStatus {
  APPLIED = 'APPLIED',
  PLACED = 'PLACED',
  NOT_PLACED = 'NOT_PLACED',
}

@Entity('learning_group_application')
export class LearningGroupApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'learning_group_id', type: 'uuid' })
  learningGroupId: string;

  @Column({ name: 'applicant_id', type: 'uuid' })
  applicantId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ name: 'learning_wish', type: 'text' })
  learningWish: string;

  @Column({ type: 'text', default: ApplicationStatus.APPLIED })
  status: ApplicationStatus;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

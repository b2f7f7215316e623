import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** One session of one numbered group of a confirmed leergroep. */
@Entity('learning_group_session')
export class LearningGroupSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'learning_group_id', type: 'uuid' })
  learningGroupId: string;

  @Column({ name: 'group_number', type: 'integer' })
  groupNumber: number;

  /** 1 for the first session of the group. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'text', default: '' })
  agenda: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

/** Whether a member of the group was at a session, recorded by the facilitator. */
@Entity('learning_group_session_attendance')
export class LearningGroupSessionAttendanceEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  status: AttendanceStatus;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}

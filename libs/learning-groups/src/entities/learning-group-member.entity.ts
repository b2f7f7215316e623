import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A confirmed place in one of the leergroep's numbered groups. */
@Entity('learning_group_member')
export class LearningGroupMemberEntity {
  @PrimaryColumn({ name: 'learning_group_id', type: 'uuid' })
  learningGroupId: string;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'group_number', type: 'integer' })
  groupNumber: number;

  @Column({ name: 'joined_at', type: 'timestamptz', default: () => 'now()' })
  joinedAt: Date;
}

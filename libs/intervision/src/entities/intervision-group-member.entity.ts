import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum GroupRole {
  MODERATOR = 'MODERATOR',
  PARTICIPANT = 'PARTICIPANT',
}

/** INVITED until the confidentiality agreement is accepted; LEFT ends all access. */
export enum GroupMemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}

@Entity('intervision_group_member')
export class IntervisionGroupMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text' })
  role: GroupRole;

  @Column({ type: 'text' })
  status: GroupMemberStatus;

  /** The version of the confidentiality agreement accepted, and when. */
  @Column({ name: 'agreement_version', type: 'integer', nullable: true })
  agreementVersion: number | null;

  @Column({ name: 'agreement_accepted_at', type: 'timestamptz', nullable: true })
  agreementAcceptedAt: Date | null;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy: string | null;

  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum GroupRole {
  MODERATOR = 'MODERATOR',
  PARTICIPANT = 'PARTICIPANT',
}

/** INVITED until the confidentiality agreement is accepted; LEFT ends all access, for good. */
export enum GroupMemberStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  LEFT = 'LEFT',
}

/**
 * Why a membership ended: the member left (or declined), a moderator removed them, or their
 * membership of the group's CoP or leergroep ended. Only a moderator's new invitation (and a
 * new acceptance of the agreement) brings them back.
 */
export enum GroupMemberEndReason {
  LEFT = 'LEFT',
  REMOVED = 'REMOVED',
  CONTEXT_ENDED = 'CONTEXT_ENDED',
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

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: GroupMemberEndReason | null;
}

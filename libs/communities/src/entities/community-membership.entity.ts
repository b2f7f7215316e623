import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum CommunityRole {
  /** The trekker: steers the learning process, admits and removes members. */
  COORDINATOR = 'COORDINATOR',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

export enum MembershipStatus {
  /** Asked to join an on-request CoP; not a member yet. */
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
}

/** One member in one CoP. Leaving, removal and a declined request delete the row. */
@Entity('community_membership')
export class CommunityMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ type: 'text', default: CommunityRole.MEMBER })
  role: CommunityRole;

  @Column({ type: 'text' })
  status: MembershipStatus;

  @Column({ type: 'text', default: '' })
  motivation: string;

  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' })
  requestedAt: Date;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;
}

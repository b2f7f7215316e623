import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

import type { PeerProposal } from '../match-peers';

export enum PeerIntroductionStatus {
  /** Proposals made; the requester has not picked anyone yet. */
  PROPOSED = 'PROPOSED',
  /** The requester picked a peer; waiting for their answer. */
  PICKED = 'PICKED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

/** A programme director asked to meet a peer with a comparable programme. */
@Entity('peer_introduction')
export class PeerIntroductionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'requester_id', type: 'uuid' })
  requesterId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text', default: PeerIntroductionStatus.PROPOSED })
  status: PeerIntroductionStatus;

  /** The peer the requester picked. */
  @Column({ name: 'peer_id', type: 'uuid', nullable: true })
  peerId: string | null;

  @Column({ name: 'picked_at', type: 'timestamptz', nullable: true })
  pickedAt: Date | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

/** One of the (up to three) people proposed, with the reasons. */
@Entity('peer_introduction_proposal')
export class PeerIntroductionProposalEntity {
  @PrimaryColumn({ name: 'introduction_id', type: 'uuid' })
  introductionId: string;

  @PrimaryColumn({ name: 'peer_id', type: 'uuid' })
  peerId: string;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'jsonb' })
  reasons: PeerProposal['reasons'];
}

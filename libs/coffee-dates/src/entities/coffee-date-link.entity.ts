import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum CoffeeDateLinkPurpose {
  JOIN = 'JOIN',
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  FEEDBACK = 'FEEDBACK',
  PAUSE = 'PAUSE',
  UNSUBSCRIBE = 'UNSUBSCRIBE',
}

/** A single-purpose link from an email, bound to one member (and round or match). */
@Entity('coffee_date_link')
export class CoffeeDateLinkEntity {
  /** sha256 of the token; the token itself is only in the email. */
  @PrimaryColumn({ name: 'token_hash', type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  purpose: CoffeeDateLinkPurpose;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'round_id', type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ name: 'match_id', type: 'uuid', nullable: true })
  matchId: string | null;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

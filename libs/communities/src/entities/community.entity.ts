import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum JoinPolicy {
  /** Anyone joins at once. */
  OPEN = 'OPEN',
  /** A coordinator approves each request. */
  ON_REQUEST = 'ON_REQUEST',
  /** Discoverable, but only an invitation lets you in. */
  INVITE_ONLY = 'INVITE_ONLY',
  /** Invitation only, and invisible to everyone who is not a member. */
  HIDDEN = 'HIDDEN',
}

/** The lifecycle of a CoP, in order; CLOSED also covers handed over. */
export enum CommunityPhase {
  PREPARATION = 'PREPARATION',
  CONNECTION_AND_TRUST = 'CONNECTION_AND_TRUST',
  DEEPENING = 'DEEPENING',
  OWNERSHIP = 'OWNERSHIP',
  HARVEST = 'HARVEST',
  ANCHORING = 'ANCHORING',
  CLOSED = 'CLOSED',
}

export enum CommunityStatus {
  /** Waiting for a platform admin; only its coordinator (and admins) see it. */
  PROPOSED = 'PROPOSED',
  ACTIVE = 'ACTIVE',
}

@Entity('community')
export class CommunityEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  goal: string;

  @Column({ type: 'text', default: '' })
  domain: string;

  @Column({ name: 'central_questions', type: 'text', array: true, default: () => "'{}'" })
  centralQuestions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ name: 'welcome_message', type: 'text', default: '' })
  welcomeMessage: string;

  @Column({ name: 'join_policy', type: 'text' })
  joinPolicy: JoinPolicy;

  @Column({ type: 'text', default: CommunityPhase.PREPARATION })
  phase: CommunityPhase;

  @Column({ type: 'text' })
  status: CommunityStatus;

  /** ISO date (YYYY-MM-DD). */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'planned_end_on', type: 'date', nullable: true })
  plannedEndOn: string | null;

  @Column({ name: 'proposed_by', type: 'uuid', nullable: true })
  proposedBy: string | null;

  @Column({ name: 'approved_by', type: 'uuid', nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  /** Active members, kept by a database trigger (migration 1763800000011); never written here. */
  @Column({ name: 'member_count', type: 'integer', insert: false, update: false })
  memberCount: number;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

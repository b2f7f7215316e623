import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import type { MethodSnapshot } from '../intervision-method';

/** DRAFT → ACCEPTED → IN_PHASE (currentPhase) → CLOSING → CLOSED. */
export enum CaseState {
  DRAFT = 'DRAFT',
  ACCEPTED = 'ACCEPTED',
  IN_PHASE = 'IN_PHASE',
  CLOSING = 'CLOSING',
  CLOSED = 'CLOSED',
}

/** Whom the case owner allows the anonymised lessons to reach. */
export enum ShareScope {
  NONE = 'NONE',
  COMMUNITY = 'COMMUNITY',
  PLATFORM = 'PLATFORM',
}

/** A case (casus) a member brings to the group. Its content is for the group only. */
@Entity('intervision_case')
export class IntervisionCaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'group_id', type: 'uuid' })
  groupId: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'situation_what', type: 'text' })
  situationWhat: string;

  @Column({ name: 'situation_who', type: 'text', default: '' })
  situationWho: string;

  @Column({ name: 'situation_where', type: 'text', default: '' })
  situationWhere: string;

  @Column({ name: 'situation_when', type: 'text', default: '' })
  situationWhen: string;

  @Column({ type: 'text', default: '' })
  tried: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', default: CaseState.DRAFT })
  state: CaseState;

  @Column({ name: 'method_id', type: 'uuid', nullable: true })
  methodId: string | null;

  @Column({ name: 'method_snapshot', type: 'jsonb', nullable: true })
  methodSnapshot: MethodSnapshot | null;

  /** Index into the method's phases while IN_PHASE. */
  @Column({ name: 'current_phase', type: 'integer', nullable: true })
  currentPhase: number | null;

  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedBy: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'text', default: '' })
  reflection: string;

  @Column({ name: 'next_step', type: 'text', default: '' })
  nextStep: string;

  @Column({ type: 'text', default: '' })
  lessons: string;

  @Column({ name: 'share_consent', type: 'text', default: ShareScope.NONE })
  shareConsent: ShareScope;

  @Column({ name: 'share_consented_at', type: 'timestamptz', nullable: true })
  shareConsentedAt: Date | null;

  @Column({ name: 'shared_scope', type: 'text', nullable: true })
  sharedScope: ShareScope.COMMUNITY | ShareScope.PLATFORM | null;

  @Column({ name: 'shared_at', type: 'timestamptz', nullable: true })
  sharedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'follow_up_asked_at', type: 'timestamptz', nullable: true })
  followUpAskedAt: Date | null;

  @Column({ name: 'follow_up_answer', type: 'text', default: '' })
  followUpAnswer: string;

  @Column({ name: 'follow_up_answered_at', type: 'timestamptz', nullable: true })
  followUpAnsweredAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

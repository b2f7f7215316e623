import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Where a group lives: in a CoP, in a leergroep, or on its own. */
export enum IntervisionGroupContext {
  COMMUNITY = 'COMMUNITY',
  LEARNING_GROUP = 'LEARNING_GROUP',
  STANDALONE = 'STANDALONE',
}

/** A closed intervisie group of 3–10 members with one or more moderators (begeleiders). */
@Entity('intervision_group')
export class IntervisionGroupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  context: IntervisionGroupContext;

  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  /** The leergroep a LEARNING_GROUP group lives in (migration 1763800000014). */
  @Column({ name: 'learning_group_id', type: 'uuid', nullable: true })
  learningGroupId: string | null;

  @Column({ name: 'confidentiality_text', type: 'text' })
  confidentialityText: string;

  @Column({ name: 'confidentiality_version', type: 'integer', default: 1 })
  confidentialityVersion: number;

  /** How long after closing a case its owner is asked how the next step went. */
  @Column({ name: 'follow_up_seconds', type: 'integer', default: 2419200 })
  followUpSeconds: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

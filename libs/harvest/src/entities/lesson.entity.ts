import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The kinds of outcome a CoP harvests (domain.md: Communities of Practice). */
export enum LessonType {
  FASTER_OR_DEEPER_PLAN_DEVELOPMENT = 'FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
  NEW_PRACTICE_IMPLEMENTED = 'NEW_PRACTICE_IMPLEMENTED',
  KNOWLEDGE_TRANSFERRED_TO_SECTOR = 'KNOWLEDGE_TRANSFERRED_TO_SECTOR',
  BARRIER_GOVERNMENT_CAN_REMOVE = 'BARRIER_GOVERNMENT_CAN_REMOVE',
  PROFESSIONAL_DEVELOPMENT = 'PROFESSIONAL_DEVELOPMENT',
}

export enum HarvestAudience {
  /** Only the CoP's active members. */
  MEMBERS = 'MEMBERS',
  /** Every signed-in member; for a CoP they may not see, without naming it. */
  PLATFORM = 'PLATFORM',
}

export enum HarvestSource {
  COMMUNITY = 'COMMUNITY',
  LEARNING_GROUP_OUTPUT = 'LEARNING_GROUP_OUTPUT',
}

/** One outcome or lesson of a CoP. */
@Entity('harvest_lesson')
export class LessonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null for a platform-wide lesson that came from outside a CoP (a leergroep's output). */
  @Column({ name: 'community_id', type: 'uuid', nullable: true })
  communityId: string | null;

  /** Where it came from: harvested in a CoP, or a published leergroep output (sourceId). */
  @Column({ type: 'text', default: 'COMMUNITY' })
  source: HarvestSource;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId: string | null;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'text' })
  title: string;

  /** Markdown source; clients render it safely. */
  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text' })
  type: LessonType;

  @Column({ type: 'text' })
  audience: HarvestAudience;

  /** YYYY-MM-DD, when it happened; optional. */
  @Column({ name: 'occurred_on', type: 'date', nullable: true })
  occurredOn: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

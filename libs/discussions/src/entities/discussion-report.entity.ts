import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ReportStatus {
  OPEN = 'OPEN',
  /** A moderator hid the post. */
  HIDDEN = 'HIDDEN',
  /** A moderator saw no reason to act. */
  DISMISSED = 'DISMISSED',
}

/** A member's report of a post (thread when replyId is null, else the reply). */
@Entity('discussion_report')
export class DiscussionReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'reply_id', type: 'uuid', nullable: true })
  replyId: string | null;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'text', default: ReportStatus.OPEN })
  status: ReportStatus;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An active CoP member @mentioned in a thread (replyId null) or a reply. */
@Entity('discussion_mention')
export class DiscussionMentionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'community_id', type: 'uuid' })
  communityId: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'reply_id', type: 'uuid', nullable: true })
  replyId: string | null;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @Column({ name: 'mentioned_by', type: 'uuid', nullable: true })
  mentionedBy: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}

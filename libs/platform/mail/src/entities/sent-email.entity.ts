import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per email the SMTP server accepted, keyed by what makes it unique. */
@Entity('sent_email')
export class SentEmailEntity {
  @PrimaryColumn({ type: 'text' })
  key: string;

  /** Null for confidential mail (intervisie): the log keeps only kind and time. */
  @Column({ type: 'text', nullable: true })
  recipient: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ name: 'message_id', type: 'text', nullable: true })
  messageId: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One failed SMTP attempt (temporary ones are retried; permanent ones suppress the address). */
@Entity('email_failure')
export class EmailFailureEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  key: string;

  /** Null for confidential mail (intervisie). */
  @Column({ type: 'text', nullable: true })
  recipient: string | null;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'boolean' })
  permanent: boolean;

  @Column({ name: 'smtp_code', type: 'integer', nullable: true })
  smtpCode: number | null;

  @Column({ type: 'text' })
  message: string;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;
}

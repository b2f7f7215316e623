import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SuppressionReason = 'PERMANENT_FAILURE' | 'ADMIN';
export type SuppressionLiftedBy = 'MEMBER_CONFIRMED' | 'SIGN_IN' | 'ADMIN';

/** An address that bounced permanently; no mail goes to it while `liftedAt` is null. */
@Entity('email_suppression')
export class EmailSuppressionEntity {
  @PrimaryColumn({ type: 'text' })
  address: string;

  @Column({ type: 'text' })
  reason: SuppressionReason;

  @Column({ name: 'smtp_code', type: 'integer', nullable: true })
  smtpCode: number | null;

  @Column({ name: 'smtp_response', type: 'text', nullable: true })
  smtpResponse: string | null;

  @Column({ name: 'suppressed_at', type: 'timestamptz' })
  suppressedAt: Date;

  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true })
  liftedAt: Date | null;

  @Column({ name: 'lifted_by', type: 'text', nullable: true })
  liftedBy: SuppressionLiftedBy | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('outbox_event')
export class OutboxEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ name: 'sensitive_keys', type: 'text', array: true, default: () => "'{}'" })
  sensitiveKeys: string[];

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Jobs (`queue:name`) queued for this event that have not completed yet. */
  @Column({ name: 'pending_jobs', type: 'text', array: true, default: () => "'{}'" })
  pendingJobs: string[];

  /** Set when every job of the event has completed (or failed for good). */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

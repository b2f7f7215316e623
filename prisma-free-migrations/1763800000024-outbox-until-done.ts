import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox stays the source of truth until an event's jobs are done (issue 13): a dispatched
 * event lists the jobs still pending, and is finished only when each has completed, so the
 * sweep can queue again a job Redis lost. Sensitive keys are redacted once finished.
 */
export class OutboxUntilDone1763800000024 implements MigrationInterface {
  name = 'OutboxUntilDone1763800000024';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_event ADD COLUMN pending_jobs text[] NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE outbox_event ADD COLUMN finished_at timestamptz`);
    // Events dispatched before this migration were redacted at dispatch: nothing to redo.
    await db.query(
      `UPDATE outbox_event SET finished_at = dispatched_at WHERE dispatched_at IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX outbox_event_unfinished ON outbox_event (dispatched_at)
         WHERE dispatched_at IS NOT NULL AND finished_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX outbox_event_unfinished`);
    await db.query(`ALTER TABLE outbox_event DROP COLUMN finished_at`);
    await db.query(`ALTER TABLE outbox_event DROP COLUMN pending_jobs`);
  }
}

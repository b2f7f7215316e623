import { MigrationInterface, QueryRunner } from 'typeorm';

/** The transactional outbox and the log of sent email (exactly-once delivery). */
export class Platform1763800000000 implements MigrationInterface {
  name = 'Platform1763800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        sensitive_keys text[] NOT NULL DEFAULT '{}',
        occurred_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0
      )`);
    await db.query(
      `CREATE INDEX outbox_event_pending ON outbox_event (occurred_at) WHERE dispatched_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE sent_email (
        key text PRIMARY KEY,
        recipient text NOT NULL,
        subject text NOT NULL,
        message_id text,
        sent_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE sent_email`);
    await db.query(`DROP TABLE outbox_event`);
  }
}

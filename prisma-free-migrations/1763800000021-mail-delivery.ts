import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail delivery (issue 7): addresses that bounced permanently get no more mail until the member
 * confirms them again, and every failed SMTP attempt is kept for admins.
 */
export class MailDelivery1763800000021 implements MigrationInterface {
  name = 'MailDelivery1763800000021';

  async up(db: QueryRunner): Promise<void> {
    // One row per address that ever bounced. Lifting keeps the row (lifted_at, how) so admins
    // see the history; a new bounce suppresses it again. The bounces themselves stay in
    // email_failure.
    await db.query(`
      CREATE TABLE email_suppression (
        address text PRIMARY KEY CHECK (address = lower(address)),
        reason text NOT NULL CHECK (reason IN ('PERMANENT_FAILURE', 'ADMIN')),
        smtp_code integer,
        smtp_response text,
        suppressed_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by text CHECK (lifted_by IN ('MEMBER_CONFIRMED', 'SIGN_IN', 'ADMIN')),
        CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
      )`);
    await db.query(
      `CREATE INDEX email_suppression_active ON email_suppression (suppressed_at DESC)
         WHERE lifted_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE email_failure (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        key text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        -- 5xx on RCPT TO or DATA: the address is suppressed and the email not retried.
        permanent boolean NOT NULL,
        smtp_code integer,
        message text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX email_failure_recent ON email_failure (failed_at DESC, id DESC)`);
    await db.query(`CREATE INDEX email_failure_key ON email_failure (key)`);
    // The admin page lists recent sends newest first.
    await db.query(`CREATE INDEX sent_email_recent ON sent_email (sent_at DESC, key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX sent_email_recent`);
    await db.query(`DROP TABLE email_failure`);
    await db.query(`DROP TABLE email_suppression`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data rights (issue 17): a member's export and erasure requests with their emailed
 * single-use links, the export itself (kept in the database: API and worker share no disk,
 * and retention, backups and single use then work like everywhere else), and an audit of
 * what was done that keeps no personal data.
 */
export class DataRights1763800000042 implements MigrationInterface {
  name = 'DataRights1763800000042';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE data_rights_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('EXPORT', 'ERASURE')),
        member_id uuid REFERENCES member(id) ON DELETE SET NULL,
        email text,
        language text NOT NULL DEFAULT 'nl',
        delete_own_posts boolean NOT NULL DEFAULT false,
        token_hash text,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        completed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX data_rights_request_token ON data_rights_request (token_hash)`,
    );
    await db.query(`CREATE INDEX data_rights_request_member ON data_rights_request (member_id)`);
    await db.query(`
      CREATE TABLE data_export (
        request_id uuid PRIMARY KEY REFERENCES data_rights_request(id) ON DELETE CASCADE,
        content jsonb,
        html text,
        built_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE data_rights_audit (
        id bigserial PRIMARY KEY,
        action text NOT NULL,
        actor text NOT NULL CHECK (actor IN ('MEMBER', 'ADMIN', 'SYSTEM')),
        request_id uuid,
        detail jsonb NOT NULL DEFAULT '{}',
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE data_rights_audit`);
    await db.query(`DROP TABLE data_export`);
    await db.query(`DROP TABLE data_rights_request`);
  }
}

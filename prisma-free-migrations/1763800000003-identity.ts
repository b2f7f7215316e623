import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in links and sessions; both keep only a SHA-256 hash of their token. */
export class Identity1763800000003 implements MigrationInterface {
  name = 'Identity1763800000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE sign_in_link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        requested_ip text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sign_in_link_email ON sign_in_link (lower(email), created_at)`);
    await db.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash text NOT NULL UNIQUE,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        user_agent text
      )`);
    await db.query(`CREATE INDEX session_email ON session (lower(email))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE session`);
    await db.query(`DROP TABLE sign_in_link`);
  }
}

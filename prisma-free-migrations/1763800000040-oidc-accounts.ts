import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts at an OpenID Connect provider, linked to the email address a member signs in with
 * (issue 17). The first sign-in links by verified email; later ones match by subject, so a
 * changed address at the provider still reaches the same member.
 */
export class OidcAccounts1763800000040 implements MigrationInterface {
  name = 'OidcAccounts1763800000040';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE oidc_account (
        provider text NOT NULL,
        subject text NOT NULL,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_sign_in_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (provider, subject)
      )`);
    // Export and erase find a person's links by address.
    await db.query(`CREATE INDEX oidc_account_email ON oidc_account (lower(email))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE oidc_account`);
  }
}

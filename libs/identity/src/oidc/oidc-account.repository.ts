import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Which address an account at an OIDC provider signs in as. */
@Injectable()
export class OidcAccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  async linkedEmail(provider: string, subject: string): Promise<string | null> {
    const rows: { email: string }[] = await this.dataSource.query(
      `SELECT email FROM oidc_account WHERE provider = $1 AND subject = $2`,
      [provider, subject],
    );
    return rows[0]?.email ?? null;
  }

  /** The first sign-in links the account; later ones only note the time. Returns its address. */
  async recordSignIn(
    manager: EntityManager,
    provider: string,
    subject: string,
    email: string,
  ): Promise<string> {
    const rows: { email: string }[] = await manager.query(
      `INSERT INTO oidc_account (provider, subject, email) VALUES ($1, $2, $3)
       ON CONFLICT (provider, subject) DO UPDATE SET last_sign_in_at = now()
       RETURNING email`,
      [provider, subject, email],
    );
    return rows[0].email;
  }
}

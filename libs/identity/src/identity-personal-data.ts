import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** Sessions and sign-in links, by address (never their token hashes). */
@Injectable()
export class IdentityPersonalData implements PersonalDataSource {
  readonly section = 'signIn';

  constructor(private readonly dataSource: DataSource) {}

  async export({ email }: DataSubject): Promise<PersonalDataSection> {
    const sessions = await this.dataSource.query(
      `SELECT created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
              revoked_at AS "revokedAt", user_agent AS "userAgent"
         FROM session WHERE email = $1 ORDER BY created_at`,
      [email],
    );
    const signInLinks = await this.dataSource.query(
      `SELECT created_at AS "createdAt", expires_at AS "expiresAt", used_at AS "usedAt",
              requested_ip AS "requestedIp"
         FROM sign_in_link WHERE email = $1 ORDER BY created_at`,
      [email],
    );
    return { sessions: plainRows(sessions), signInLinks: plainRows(signInLinks) };
  }

  async erase({ email }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM session WHERE email = $1`, [email]);
    await manager.query(`DELETE FROM sign_in_link WHERE email = $1`, [email]);
  }
}

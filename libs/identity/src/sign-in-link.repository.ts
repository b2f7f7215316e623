import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { SignInLinkEntity } from './entities/sign-in-link.entity';

@Injectable()
export class SignInLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores a link (its token's hash only); returns its id. */
  async insert(
    manager: EntityManager,
    link: { email: string; tokenHash: string; expiresAt: Date; requestedIp: string | null },
  ): Promise<string> {
    const inserted = await manager.insert(SignInLinkEntity, link);
    return inserted.identifiers[0].id as string;
  }

  /**
   * Marks an unused, unexpired link used and returns it; null when it cannot be used. One
   * conditional UPDATE, so two clicks at once cannot both succeed.
   */
  async claim(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<{ id: string; email: string } | null> {
    const claimed: { id: string; email: string }[] = await manager.query(
      // Wrapped in a CTE so TypeORM returns plain rows (for a bare UPDATE it returns [rows, count]).
      `WITH claimed AS (
         UPDATE sign_in_link SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING id, email)
       SELECT id, email FROM claimed`,
      [tokenHash],
    );
    return claimed[0] ?? null;
  }

  findByTokenHash(tokenHash: string): Promise<SignInLinkEntity | null> {
    return this.dataSource.getRepository(SignInLinkEntity).findOneBy({ tokenHash });
  }
}

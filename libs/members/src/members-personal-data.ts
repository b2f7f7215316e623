import {
  type DataSubject,
  type PersonalDataSection,
  type PersonalDataSource,
  plainRows,
} from '@leerhuis/platform-personal-data';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** The profile and its visibility settings. Erasing deletes the member row itself. */
@Injectable()
export class MembersPersonalData implements PersonalDataSource {
  readonly section = 'profile';

  constructor(private readonly dataSource: DataSource) {}

  /** Who a member id is, for data-rights requests an admin carries out; null once erased. */
  async subject(
    memberId: string,
  ): Promise<(DataSubject & { language: 'nl' | 'en'; name: string }) | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id AS "memberId", email, name, language FROM member WHERE id = $1`,
      [memberId],
    )) as (DataSubject & { language: 'nl' | 'en'; name: string })[];
    return row ?? null;
  }

  async export({ memberId }: DataSubject): Promise<PersonalDataSection> {
    const [profile] = plainRows(
      await this.dataSource.query(
        `SELECT id, email, name, organisation_id AS "organisationId", job_role AS "jobRole",
                themes, bio, offer, seeking, language, platform_role AS "platformRole",
                visibility, created_at AS "createdAt", updated_at AS "updatedAt"
           FROM member WHERE id = $1`,
        [memberId],
      ),
    );
    return { profile: profile ?? null };
  }

  // Foreign keys do the rest: memberships, RSVPs, settings cascade; authorship becomes NULL.
  async erase({ memberId }: DataSubject, _options: unknown, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM member WHERE id = $1`, [memberId]);
  }
}

import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';
import { createDataSource } from '@leerhuis/platform-database';

import { DEMO_MEMBERS, DEMO_ORGANISATIONS } from './demo-data';

/** Idempotent demo data: running it twice changes nothing. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = await createDataSource(config, []).initialize();
  try {
    await dataSource.transaction(async (manager) => {
      const ids = new Map<string, string>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const parentId = organisation.parent ?? null;
        const existing: { id: string }[] = await manager.query(
          `SELECT id FROM organisation WHERE lower(name) = lower($1) AND parent_id IS NOT DISTINCT FROM $2`,
          [organisation.name, parentId],
        );
        const id =
          existing[0]?.id ??
          (
            await manager.query(
              `INSERT INTO organisation (name, abbreviation, type, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
              [organisation.name, organisation.abbreviation ?? null, organisation.type, parentId],
            )
          )[0].id;
        ids.set(organisation.key, id);
      }
      for (const member of DEMO_MEMBERS) {
        await manager.query(
          `INSERT INTO member (email, name, organisation_id, job_role, themes, bio, offer, seeking, platform_role)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (lower(email)) DO NOTHING`,
          [
            member.email,
            member.name,
            ids.get(member.organisation) ?? member.organisation,
            member.jobRole,
            member.themes,
            member.bio,
            member.offer,
            member.seeking,
            member.admin ? 'ADMIN' : 'MEMBER',
          ],
        );
      }
    });
    process.stdout.write(
      `demo data ready; demo members:\n${DEMO_MEMBERS.map((m) => `  ${m.email}${m.admin ? ' (platform admin)' : ''}`).join('\n')}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`seeding failed: ${error.message}\n`);
  process.exit(1);
});

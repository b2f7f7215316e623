import { createDataSource } from '@leerhuis/platform-database';
import { loggedKey } from '@leerhuis/platform-mail';
import { createTestDatabase, TestDatabase } from '@leerhuis/platform-testing';

import { DataSource } from 'typeorm';

import { MINISTRY } from '../support/members';

// Migration 1763800000022 scrubs what was logged and ends what lapsed before it.
describe('migration: intervisie confidentiality', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    dataSource = await createDataSource(
      { DATABASE_URL: db.url, DATABASE_POOL_SIZE: 2 },
      [],
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    // Back to just before 1763800000022 (later migrations are undone with it, then re-run).
    const names = dataSource.migrations.map((m) => m.name ?? m.constructor.name);
    const after = names.length - names.indexOf('IntervisionConfidentiality1763800000022');
    for (let i = 0; i < after; i++) await dataSource.undoLastMigration({ transaction: 'each' });
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  const member = async (email: string): Promise<string> =>
    (
      await dataSource.query(
        `INSERT INTO member (email, name, organisation_id, job_role) VALUES ($1, $1, $2, 'ADVISER')
         RETURNING id`,
        [email, MINISTRY.BZK],
      )
    )[0].id;

  it('does hash the keys of logged intervisie mail like the Mailer and end lapsed memberships', async () => {
    const [stays, left, rejoined] = [
      await member('blijft@minbzk.nl'),
      await member('weg@minbzk.nl'),
      await member('terug@minbzk.nl'),
    ];
    const [{ id: cop }] = await dataSource.query(
      `INSERT INTO community (slug, name, goal, themes, join_policy, phase, status, starts_on)
       VALUES ('cop', 'CoP', '', '{}', 'OPEN', 'PREPARATION', 'ACTIVE', '2026-01-01') RETURNING id`,
    );
    await dataSource.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       VALUES ($1, $2, 'COORDINATOR', 'ACTIVE', now() - interval '30 days'),
              ($1, $3, 'MEMBER', 'ACTIVE', now() - interval '1 day')`,
      [cop, stays, rejoined],
    );
    const [{ id: group }] = await dataSource.query(
      `INSERT INTO intervision_group (name, context, community_id, confidentiality_text, created_by)
       VALUES ('Groep', 'COMMUNITY', $1, 'Vertrouwelijk.', $2) RETURNING id`,
      [cop, stays],
    );
    for (const id of [stays, left, rejoined]) {
      await dataSource.query(
        `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version,
                                               agreement_accepted_at, invited_at)
         VALUES ($1, $2, 'PARTICIPANT', 'ACTIVE', 1, now() - interval '10 days', now() - interval '10 days')`,
        [group, id],
      );
    }
    const key = `intervision-case-closed:c1:${left}`;
    await dataSource.query(
      `INSERT INTO sent_email (key, recipient, subject) VALUES
         ($1, 'weg@minbzk.nl', 'Casus afgesloten: Geheime titel'),
         ('digest:m1:2026-11-24', 'blijft@minbzk.nl', 'Je overzicht')`,
      [key],
    );

    await dataSource.runMigrations({ transaction: 'each' });

    expect(
      await dataSource.query(`SELECT key, recipient, subject FROM sent_email ORDER BY key`),
    ).toEqual([
      { key: 'digest:m1:2026-11-24', recipient: 'blijft@minbzk.nl', subject: 'Je overzicht' },
      { key: loggedKey({ key, confidential: true }), recipient: null, subject: null },
    ]);
    const statuses: { member_id: string; status: string; end_reason: string | null }[] =
      await dataSource.query(
        `SELECT member_id, status, end_reason FROM intervision_group_member WHERE group_id = $1`,
        [group],
      );
    expect(
      Object.fromEntries(statuses.map((s) => [s.member_id, [s.status, s.end_reason]])),
    ).toEqual({
      [stays]: ['ACTIVE', null],
      [left]: ['LEFT', 'CONTEXT_ENDED'],
      [rejoined]: ['LEFT', 'CONTEXT_ENDED'],
    });
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import {
  countRows,
  insertMember,
  insertOrganisation,
  MINISTRY,
  sessionFor,
} from '../support/members';
import { startStack, TestStack } from '../support/stack';

const UPDATE = `mutation($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { id name abbreviation type parent { id } }
}`;
const MERGE = `mutation($input: MergeOrganisationsInput!) {
  mergeOrganisations(input: $input) { id name children { name } }
}`;
const ADMINS = `{ platformAdmins { id name platformRole } }`;
const SET_ROLE = `mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { id platformRole } }`;
const NOWHERE = '11111111-1111-4111-8111-111111111111';

describe('organisations: admins rename, move and merge; platform roles', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let member: GraphqlClient;
  let adminId: string;
  let memberId: string;

  const stored = async (id: string) =>
    (
      await stack.dataSource.query(
        `SELECT name, abbreviation, type, parent_id AS "parentId" FROM organisation WHERE id = $1`,
        [id],
      )
    )[0] as { name: string; abbreviation: string | null; type: string; parentId: string | null };

  const expectRefused = (
    response: { errors?: { extensions?: Record<string, unknown> }[] },
    code: string,
    reason: string,
    field: string,
  ) =>
    expect(response.errors?.[0].extensions).toMatchObject({
      code,
      reason,
      fields: [expect.objectContaining({ field })],
    });

  beforeAll(async () => {
    stack = await startStack();
    adminId = await insertMember(stack, {
      email: 'beheer@minbzk.nl',
      name: 'Bea Beheer',
      admin: true,
    });
    memberId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    member = await sessionFor(stack, 'anouk@minbzk.nl');
  });
  afterAll(() => stack?.stop());

  it('does let only admins change or merge organisations', async () => {
    const dg = await insertOrganisation(stack, { name: 'DG Alleen Beheer' });
    const other = await insertOrganisation(stack, { name: 'DG Ander' });
    const update = {
      id: dg,
      name: 'Nieuwe naam',
      type: 'DIRECTORATE_GENERAL',
      parentId: MINISTRY.BZK,
    };
    const asMember = await member.request(UPDATE, { input: update });
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const merge = await member.request(MERGE, { input: { sourceId: dg, targetId: other } });
    expect(merge.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await stack.graphql.request(UPDATE, { input: update });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await stored(dg)).name).toBe('DG Alleen Beheer');
    expect(await countRows(stack, 'organisation', 'id = $1', [dg])).toBe(1);
  });

  it('does rename, retype and move an organisation, trimming the name', async () => {
    const dg = await insertOrganisation(stack, { name: 'DG Wonen' });
    const { updateOrganisation } = await admin.ok<{
      updateOrganisation: {
        name: string;
        abbreviation: string;
        type: string;
        parent: { id: string };
      };
    }>(UPDATE, {
      input: {
        id: dg,
        name: '  DG Wonen en Bouwen ',
        abbreviation: 'DGWB',
        type: 'DIRECTORATE_GENERAL',
        parentId: MINISTRY.IenW,
      },
    });
    expect(updateOrganisation).toMatchObject({
      name: 'DG Wonen en Bouwen',
      abbreviation: 'DGWB',
      type: 'DIRECTORATE_GENERAL',
      parent: { id: MINISTRY.IenW },
    });
    // A DG becomes an agency standing on its own.
    await admin.ok(UPDATE, {
      input: { id: dg, name: 'Dienst Wonen', type: 'EXECUTIVE_AGENCY', parentId: null },
    });
    expect(await stored(dg)).toEqual({
      name: 'Dienst Wonen',
      abbreviation: null,
      type: 'EXECUTIVE_AGENCY',
      parentId: null,
    });
  });

  it('does refuse bad changes as BAD_USER_INPUT naming the field, changing nothing', async () => {
    const dg = await insertOrganisation(stack, { name: 'DG Stabiel' });
    const directie = await insertOrganisation(stack, {
      name: 'Directie Onder',
      type: 'DIRECTORATE',
      parentId: dg,
    });
    await insertOrganisation(stack, { name: 'DG Bezet' });
    const before = await stored(dg);
    const base = {
      id: dg,
      name: 'DG Stabiel',
      type: 'DIRECTORATE_GENERAL',
      parentId: MINISTRY.BZK,
    };

    expectRefused(
      await admin.request(UPDATE, { input: { ...base, name: '   ' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
      'name',
    );
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, name: ' x ' } }),
      'BAD_USER_INPUT',
      'NAME_REQUIRED',
      'name',
    );
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, id: NOWHERE } }),
      'BAD_USER_INPUT',
      'UNKNOWN_ORGANISATION',
      'id',
    );
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, id: 'geen-id' } }),
      'BAD_USER_INPUT',
      'INVALID_INPUT',
      'id',
    );
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, parentId: NOWHERE } }),
      'BAD_USER_INPUT',
      'PARENT_NOT_FOUND',
      'parentId',
    );
    // Under itself or under its own directie: a cycle.
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, parentId: dg } }),
      'BAD_USER_INPUT',
      'PARENT_CYCLE',
      'parentId',
    );
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, type: 'DIRECTORATE', parentId: directie } }),
      'BAD_USER_INPUT',
      'PARENT_CYCLE',
      'parentId',
    );
    // A DG without a ministry above it.
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, parentId: null } }),
      'BAD_USER_INPUT',
      'PARENT_TYPE_NOT_ALLOWED',
      'parentId',
    );
    // A partner cannot keep a directie under it.
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, type: 'PARTNER', parentId: null } }),
      'BAD_USER_INPUT',
      'CHILD_TYPE_NOT_ALLOWED',
      'type',
    );
    // The same name as a sibling (case-insensitively).
    expectRefused(
      await admin.request(UPDATE, { input: { ...base, name: 'dg bezet' } }),
      'CONFLICT',
      'NAME_TAKEN',
      'name',
    );
    expect(await stored(dg)).toEqual(before);
  });

  it('does merge an organisation into another: members, programmes, links and sub-organisations move, and it disappears', async () => {
    const source = await insertOrganisation(stack, { name: 'DG Oud' });
    const target = await insertOrganisation(stack, { name: 'DG Nieuw' });
    await insertOrganisation(stack, {
      name: 'Directie Oud',
      type: 'DIRECTORATE',
      parentId: source,
    });
    await insertOrganisation(stack, {
      name: 'Directie Nieuw',
      type: 'DIRECTORATE',
      parentId: target,
    });
    const moved = await insertMember(stack, {
      email: 'verhuist@minbzk.nl',
      name: 'Vera Verhuist',
      organisationId: source,
    });
    await insertMember(stack, {
      email: 'blijft@minbzk.nl',
      name: 'Bob Blijft',
      organisationId: target,
    });
    // A table that links CoPs to organisations, standing for any reference added later; one
    // link already exists with the target.
    await stack.dataSource.query(`
      CREATE TABLE test_community_organisation (
        community_key text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
        PRIMARY KEY (community_key, organisation_id))`);
    await stack.dataSource.query(
      `INSERT INTO test_community_organisation VALUES ('cop-a', $1), ('cop-b', $1), ('cop-b', $2)`,
      [source, target],
    );

    const refused = await member.request(MERGE, { input: { sourceId: source, targetId: target } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const { mergeOrganisations } = await admin.ok<{
      mergeOrganisations: { id: string; children: { name: string }[] };
    }>(MERGE, { input: { sourceId: source, targetId: target } });
    expect(mergeOrganisations.id).toBe(target);
    expect(mergeOrganisations.children.map((c) => c.name)).toEqual([
      'Directie Nieuw',
      'Directie Oud',
    ]);
    expect(await countRows(stack, 'organisation', 'id = $1', [source])).toBe(0);
    expect(await countRows(stack, 'member', 'organisation_id = $1', [target])).toBe(2);
    expect(
      await countRows(stack, 'member', 'id = $1 AND organisation_id = $2', [moved, target]),
    ).toBe(1);
    const links = await stack.dataSource.query(
      `SELECT community_key AS key FROM test_community_organisation WHERE organisation_id = $1 ORDER BY 1`,
      [target],
    );
    expect(links.map((l: { key: string }) => l.key)).toEqual(['cop-a', 'cop-b']);
    expect(await countRows(stack, 'test_community_organisation')).toBe(2);
    await stack.dataSource.query(`DROP TABLE test_community_organisation`);
  });

  it('does merge ministries with their programmes and koffiedate snapshots', async () => {
    const ministry = await stack.dataSource.query(
      `INSERT INTO organisation (name, type) VALUES ('Ministerie van Tijdelijke Zaken', 'MINISTRY') RETURNING id`,
    );
    const source = ministry[0].id as string;
    await stack.dataSource.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
       VALUES ($1, 'Programma Tijdelijk', $2, 'KETENREGIE_FIXED_FRAMEWORKS', 'POLICY', 'START', true)`,
      [memberId, source],
    );
    const round = await stack.dataSource.query(
      `INSERT INTO coffee_date_round (kind, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
       VALUES ('TEAM', 'OPEN', 'zaad', now(), now(), now(), now()) RETURNING id`,
    );
    await stack.dataSource.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via, ministry_id) VALUES ($1, $2, 'ROUND', $3)`,
      [round[0].id, memberId, source],
    );
    await admin.ok(MERGE, { input: { sourceId: source, targetId: MINISTRY.BZK } });
    expect(await countRows(stack, 'programme', 'ministry_id = $1', [MINISTRY.BZK])).toBe(1);
    expect(
      await countRows(stack, 'coffee_date_participant', 'ministry_id = $1', [MINISTRY.BZK]),
    ).toBe(1);
    expect(await countRows(stack, 'organisation', 'id = $1', [source])).toBe(0);
  });

  it('does refuse merging into itself, into a descendant, across types, or with clashing sub-organisations', async () => {
    const dg = await insertOrganisation(stack, { name: 'DG Geheel' });
    const directie = await insertOrganisation(stack, {
      name: 'Directie Deel',
      type: 'DIRECTORATE',
      parentId: dg,
    });
    const dgDirectie = await insertOrganisation(stack, {
      name: 'Directie Los',
      type: 'DIRECTORATE',
      parentId: MINISTRY.AZ,
    });
    const twin = await insertOrganisation(stack, { name: 'DG Tweeling' });
    await insertOrganisation(stack, { name: 'directie deel', type: 'DIRECTORATE', parentId: twin });
    const before = await countRows(stack, 'organisation');
    const merge = (sourceId: string, targetId: string) =>
      admin.request(MERGE, { input: { sourceId, targetId } });

    expectRefused(await merge(dg, dg), 'BAD_USER_INPUT', 'MERGE_INTO_ITSELF', 'targetId');
    expectRefused(await merge(dg, NOWHERE), 'BAD_USER_INPUT', 'UNKNOWN_ORGANISATION', 'targetId');
    expectRefused(await merge(NOWHERE, dg), 'BAD_USER_INPUT', 'UNKNOWN_ORGANISATION', 'sourceId');
    expectRefused(await merge(dg, directie), 'BAD_USER_INPUT', 'MERGE_INTO_DESCENDANT', 'targetId');
    expectRefused(await merge(dg, dgDirectie), 'BAD_USER_INPUT', 'MERGE_TYPE_MISMATCH', 'targetId');
    expectRefused(await merge(dg, twin), 'BAD_USER_INPUT', 'MERGE_CHILD_NAME_CLASH', 'targetId');
    expect(await countRows(stack, 'organisation')).toBe(before);
  });

  it('does list the platform admins for admins only, and keeps the last one', async () => {
    const refused = await member.request(ADMINS);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await admin.ok<{ platformAdmins: { id: string; platformRole: string }[] }>(
      ADMINS,
    );
    expect(listed.platformAdmins).toEqual([
      { id: adminId, name: 'Bea Beheer', platformRole: 'ADMIN' },
    ]);

    const last = await admin.request(SET_ROLE, { input: { memberId: adminId, role: 'MEMBER' } });
    expect(last.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_ADMIN' });

    await admin.ok(SET_ROLE, { input: { memberId, role: 'ADMIN' } });
    const both = await admin.ok<{ platformAdmins: { name: string }[] }>(ADMINS);
    expect(both.platformAdmins.map((a) => a.name)).toEqual(['Anouk de Vries', 'Bea Beheer']);
  });
});

import { encodeCursor } from '@leerhuis/platform-graphql';
import type { GraphqlClient } from '@leerhuis/platform-testing';

import {
  countRows,
  insertMember,
  insertOrganisation,
  MINISTRY,
  sessionFor,
} from '../support/members';
import { startStack, TestStack } from '../support/stack';

interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  totalCount: number;
}
type Org = { id: string; name: string; abbreviation: string | null; type: string };

const ORGANISATIONS = `query($first: Int, $after: String, $search: String, $type: OrganisationType, $parentId: ID, $rootsOnly: Boolean) {
  organisations(first: $first, after: $after, search: $search, type: $type, parentId: $parentId, rootsOnly: $rootsOnly) {
    edges { cursor node { id name abbreviation type } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    totalCount
  }
}`;
const MEMBERS = `query($first: Int, $after: String, $search: String) {
  members(first: $first, after: $after, search: $search) {
    edges { cursor node { id name } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
    totalCount
  }
}`;
const CREATE = `mutation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { id name abbreviation type parent { abbreviation } }
}`;

describe('the organisation and member directory', () => {
  let stack: TestStack;
  let member: GraphqlClient;
  let admin: GraphqlClient;
  /** Signed in, profile not completed yet. */
  let newcomer: GraphqlClient;
  let dgvb: string;

  const organisations = async (client: GraphqlClient, variables: Record<string, unknown>) =>
    (await client.ok<{ organisations: Page<Org> }>(ORGANISATIONS, variables)).organisations;

  /** Follows endCursor until the last page; returns every page. */
  async function walk<T>(
    fetchPage: (after: string | null) => Promise<Page<T>>,
  ): Promise<Page<T>[]> {
    const pages: Page<T>[] = [];
    let after: string | null = null;
    do {
      const page = await fetchPage(after);
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return pages;
  }

  beforeAll(async () => {
    stack = await startStack();
    dgvb = await insertOrganisation(stack, {
      name: 'DG Volkshuisvesting en Bouwen',
      abbreviation: 'DGVB',
    });
    await insertOrganisation(stack, { name: 'DG Digitalisering en Overheidsorganisatie' });
    await insertOrganisation(stack, {
      name: 'Directie Woningbouw',
      type: 'DIRECTORATE',
      parentId: dgvb,
    });
    await insertOrganisation(stack, {
      name: 'Rijkswaterstaat',
      abbreviation: 'RWS',
      type: 'EXECUTIVE_AGENCY',
      parentId: MINISTRY.IenW,
    });
    await insertOrganisation(stack, {
      name: 'Gemeente Utrecht',
      type: 'MUNICIPALITY',
      parentId: null,
    });
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Bea Beheer', admin: true });
    for (let i = 1; i <= 10; i++) {
      await insertMember(stack, { email: `collega${i}@minezk.nl`, name: `Collega ${i}` });
    }
    member = await sessionFor(stack, 'anouk@minbzk.nl');
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    newcomer = await sessionFor(stack, 'nieuw@minbzk.nl');
  });
  afterAll(() => stack.stop());

  it('does list the twelve ministries with abbreviations and full names, also before the profile is complete', async () => {
    const ministries = await organisations(newcomer, { type: 'MINISTRY', first: 20 });
    expect(ministries.totalCount).toBe(12);
    const byAbbreviation = Object.fromEntries(
      ministries.edges.map((e) => [e.node.abbreviation, e.node.name]),
    );
    expect(Object.keys(byAbbreviation).sort()).toEqual(
      ['AZ', 'BZ', 'BZK', 'DEF', 'EZK', 'FIN', 'IenW', 'JenV', 'LNV', 'OCW', 'SZW', 'VWS'].sort(),
    );
    expect(byAbbreviation).toMatchObject({
      BZK: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
      AZ: 'Ministerie van Algemene Zaken',
      FIN: 'Ministerie van Financiën',
      IenW: 'Ministerie van Infrastructuur en Waterstaat',
    });
  });

  it('does refuse the organisation list to anonymous visitors', async () => {
    const response = await stack.graphql.request(ORGANISATIONS, {});
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does search by part of the name or the abbreviation, case-insensitively', async () => {
    const names = async (search: string) =>
      (await organisations(member, { search })).edges.map((e) => e.node.name);
    expect(await names('financiën')).toEqual(['Ministerie van Financiën']);
    expect(await names('bzk')).toEqual([
      'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
    ]);
    expect(await names('IenW')).toEqual(['Ministerie van Infrastructuur en Waterstaat']);
    expect(await names('volkshuis')).toEqual(['DG Volkshuisvesting en Bouwen']);
    // LIKE wildcards are searched for literally.
    expect(await names('%')).toEqual([]);
  });

  it('does filter on roots, parent and type', async () => {
    const roots = await organisations(member, { rootsOnly: true, first: 50 });
    expect(roots.totalCount).toBe(13);
    expect(roots.edges.map((e) => e.node.name)).toContain('Gemeente Utrecht');
    expect(roots.edges.some((e) => e.node.name === 'Rijkswaterstaat')).toBe(false);

    const underBzk = await organisations(member, { parentId: MINISTRY.BZK });
    expect(underBzk.edges.map((e) => e.node.name)).toEqual([
      'DG Digitalisering en Overheidsorganisatie',
      'DG Volkshuisvesting en Bouwen',
    ]);

    const agencies = await organisations(member, { type: 'EXECUTIVE_AGENCY' });
    expect(agencies.edges.map((e) => e.node.abbreviation)).toEqual(['RWS']);

    const dgsUnderIenW = await organisations(member, {
      type: 'DIRECTORATE_GENERAL',
      parentId: MINISTRY.IenW,
    });
    expect(dgsUnderIenW.totalCount).toBe(0);
  });

  it('does resolve parent and children', async () => {
    const { organisation } = await member.ok<{
      organisation: {
        name: string;
        parent: { abbreviation: string; parent: null };
        children: { name: string; children: unknown[] }[];
      };
    }>(
      `query($id: ID!) { organisation(id: $id) {
        name parent { abbreviation parent { id } } children { name children { name } } } }`,
      { id: dgvb },
    );
    expect(organisation).toEqual({
      name: 'DG Volkshuisvesting en Bouwen',
      parent: { abbreviation: 'BZK', parent: null },
      children: [{ name: 'Directie Woningbouw', children: [] }],
    });

    const { organisation: bzk } = await member.ok<{
      organisation: { children: { name: string }[] };
    }>(`query($id: ID!) { organisation(id: $id) { children { name } } }`, { id: MINISTRY.BZK });
    expect(bzk.children.map((c) => c.name)).toEqual([
      'DG Digitalisering en Overheidsorganisatie',
      'DG Volkshuisvesting en Bouwen',
    ]);
  });

  it('does walk every page of organisations without duplicates or gaps', async () => {
    const pages = await walk((after) => organisations(member, { first: 5, after }));
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    const expected: { id: string }[] = await stack.dataSource.query(
      `SELECT id FROM organisation ORDER BY lower(name), id`,
    );
    expect(ids).toEqual(expected.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(pages).toHaveLength(Math.ceil(expected.length / 5));
    expect(pages.every((p) => p.totalCount === expected.length)).toBe(true);
    expect(pages.map((p) => p.pageInfo.hasPreviousPage)).toEqual(pages.map((_, i) => i > 0));
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(false);

    const filtered = await walk((after) =>
      organisations(member, { first: 5, after, search: 'ministerie' }),
    );
    expect(filtered.map((p) => p.edges.length)).toEqual([5, 5, 2]);
    expect(filtered[0].totalCount).toBe(12);
  });

  it('does refuse a cursor that is not one of ours as BAD_USER_INPUT on after', async () => {
    for (const after of ['not a cursor', encodeCursor(['x']), encodeCursor(['x', 'not-a-uuid'])]) {
      const response = await member.request(ORGANISATIONS, { after });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'after' })],
      });
    }
  });

  it('does refuse page sizes outside 1 to 100', async () => {
    for (const first of [0, -1, 101]) {
      const response = await member.request(ORGANISATIONS, { first });
      expect(response.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'first' })],
      });
      const members = await member.request(MEMBERS, { first });
      expect(members.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('does let only admins create organisations', async () => {
    const input = { name: 'DG Wonen', type: 'DIRECTORATE_GENERAL', parentId: MINISTRY.BZK };
    const anonymous = await stack.graphql.request(CREATE, { input });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asMember = await member.request(CREATE, { input });
    expect(asMember.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asNewcomer = await newcomer.request(CREATE, { input });
    expect(asNewcomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await countRows(stack, 'organisation', `name = 'DG Wonen'`)).toBe(0);

    const created = await admin.ok<{ createOrganisation: Org & { parent: unknown } }>(CREATE, {
      input: { ...input, name: '  DG Wonen ', abbreviation: 'DGW' },
    });
    expect(created.createOrganisation).toMatchObject({
      name: 'DG Wonen',
      abbreviation: 'DGW',
      type: 'DIRECTORATE_GENERAL',
      parent: { abbreviation: 'BZK' },
    });
  });

  it('does refuse a DG without a parent, or under a parent that does not exist', async () => {
    const before = await countRows(stack, 'organisation');
    const orphan = await admin.request(CREATE, {
      input: { name: 'DG Zonder Ministerie', type: 'DIRECTORATE_GENERAL' },
    });
    expect(orphan.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PARENT_TYPE_NOT_ALLOWED',
      fields: [expect.objectContaining({ field: 'parentId' })],
    });
    const underMunicipality = await admin.request(CREATE, {
      input: {
        name: 'DG Onder Gemeente',
        type: 'DIRECTORATE_GENERAL',
        parentId: (await organisations(member, { search: 'Utrecht' })).edges[0].node.id,
      },
    });
    expect(underMunicipality.errors?.[0].extensions?.reason).toBe('PARENT_TYPE_NOT_ALLOWED');
    const unknownParent = await admin.request(CREATE, {
      input: {
        name: 'DG Nergens',
        type: 'DIRECTORATE_GENERAL',
        parentId: '11111111-1111-4111-8111-111111111111',
      },
    });
    expect(unknownParent.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PARENT_NOT_FOUND',
      fields: [expect.objectContaining({ field: 'parentId' })],
    });
    expect(await countRows(stack, 'organisation')).toBe(before);
  });

  it('does refuse a duplicate name under the same parent, and allow it elsewhere', async () => {
    const before = await countRows(stack, 'organisation');
    const duplicate = await admin.request(CREATE, {
      input: {
        name: 'dg volkshuisvesting en bouwen',
        type: 'DIRECTORATE_GENERAL',
        parentId: MINISTRY.BZK,
      },
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      fields: [expect.objectContaining({ field: 'name' })],
    });
    expect(await countRows(stack, 'organisation')).toBe(before);

    await admin.ok(CREATE, {
      input: {
        name: 'DG Volkshuisvesting en Bouwen',
        type: 'DIRECTORATE_GENERAL',
        parentId: MINISTRY.IenW,
      },
    });
    expect(await countRows(stack, 'organisation')).toBe(before + 1);
  });

  it('does answer two simultaneous creations of the same organisation with one CONFLICT', async () => {
    const input = { name: 'DG Gelijktijdig', type: 'DIRECTORATE_GENERAL', parentId: MINISTRY.FIN };
    const results = await Promise.all([1, 2, 3].map(() => admin.request(CREATE, { input })));
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await countRows(stack, 'organisation', `name = 'DG Gelijktijdig'`)).toBe(1);
  });

  it('does show the member list only to members', async () => {
    const anonymous = await stack.graphql.request(MEMBERS, {});
    expect(anonymous.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'SIGN_IN_REQUIRED',
    });
    const withoutProfile = await newcomer.request(MEMBERS, {});
    expect(withoutProfile.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROFILE_REQUIRED',
    });
    expect(withoutProfile.data).toBeNull();
  });

  it('does search members by part of the name', async () => {
    const search = async (text: string) =>
      (await member.ok<{ members: Page<{ name: string }> }>(MEMBERS, { search: text })).members;
    expect((await search('vries')).edges.map((e) => e.node.name)).toEqual(['Anouk de Vries']);
    const collega = await search('Collega 1');
    expect(collega.edges.map((e) => e.node.name)).toEqual(['Collega 1', 'Collega 10']);
    expect(collega.totalCount).toBe(2);
    expect((await search('_')).totalCount).toBe(0);
  });

  it('does walk every page of members without duplicates or gaps', async () => {
    const pages = await walk(
      async (after) =>
        (await member.ok<{ members: Page<{ id: string }> }>(MEMBERS, { first: 5, after })).members,
    );
    const ids = pages.flatMap((p) => p.edges.map((e) => e.node.id));
    const expected: { id: string }[] = await stack.dataSource.query(
      `SELECT id FROM member ORDER BY lower(name), id`,
    );
    expect(ids).toEqual(expected.map((r) => r.id));
    expect(pages.map((p) => p.edges.length)).toEqual([5, 5, 2]);
    expect(pages.every((p) => p.totalCount === 12)).toBe(true);

    const tampered = await member.request(MEMBERS, { after: encodeCursor(['a', 'b']) });
    expect(tampered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'after' })],
    });
  });
});

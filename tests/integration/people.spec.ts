import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, insertOrganisation, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) {
    id name offer seeking themes language organisation { id }
    visibility { email organisation jobRole themes bio offer seeking }
  }
}`;
const MEMBER = `query($id: ID!) {
  member(id: $id) {
    name email offer seeking themes jobRole organisation { id }
    communitiesInCommon { slug name }
  }
}`;
const DIRECTORY = `query($search: String, $org: ID, $theme: String, $offer: String, $after: String) {
  members(search: $search, organisationId: $org, theme: $theme, offer: $offer, first: 2, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name }
  }
}`;
const NOWHERE = '11111111-1111-4111-8111-111111111111';

type Directory = {
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; name: string }[];
  };
};

describe('people: profiles, member pages and the directory', () => {
  let stack: TestStack;
  let sanne: GraphqlClient;
  let sanneId: string;
  let joost: GraphqlClient;
  let joostId: string;
  let dgWonen: string;

  const row = async (id: string) =>
    (
      (await stack.dataSource.query(
        `SELECT name, organisation_id, offer, seeking, themes, language, visibility, updated_at
           FROM member WHERE id = $1`,
        [id],
      )) as Record<string, unknown>[]
    )[0];

  beforeAll(async () => {
    stack = await startStack();
    dgWonen = await insertOrganisation(stack, { name: 'DG Volkshuisvesting' });
    sanneId = await insertMember(stack, {
      email: 'sanne@minbzk.nl',
      name: 'Sanne Bakker',
      organisationId: dgWonen,
    });
    joostId = await insertMember(stack, {
      email: 'joost@minfin.nl',
      name: 'Joost Visser',
      organisationId: MINISTRY.FIN,
    });
    sanne = await sessionFor(stack, 'sanne@minbzk.nl');
    joost = await sessionFor(stack, 'joost@minfin.nl');
  });
  afterAll(() => stack.stop());

  /**
   * Sanne's offer, seeking, themes and language as the saving test leaves them (email and
   * seeking private); saved here when a test runs without it.
   */
  async function sanneProfileSaved(): Promise<void> {
    if ((await row(sanneId)).offer !== '') return;
    await sanne.ok(UPDATE, {
      input: {
        offer: 'Ervaring met wijkaanpak',
        seeking: 'Contacten bij gemeenten',
        themes: ['Samenwerking', 'Uitvoering'],
        language: 'en',
        visibility: { email: 'PRIVATE', seeking: 'PRIVATE' },
      },
    });
  }

  it('does refuse an unknown organisation, an invalid visibility and a blank name, naming the field, and changes nothing', async () => {
    const before = await row(sanneId);
    const cases: [Record<string, unknown>, string][] = [
      [{ offer: 'Iets', organisationId: NOWHERE }, 'organisationId'],
      [{ offer: 'Iets', visibility: { email: 'EVERYBODY' } }, 'visibility.email'],
      [{ offer: 'Iets', name: '    ' }, 'name'],
      [{ offer: 'Iets', name: ' B ' }, 'name'],
    ];
    for (const [input, field] of cases) {
      const response = await sanne.request(UPDATE, { input });
      expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field })]);
      expect(await row(sanneId)).toEqual(before);
    }
  });

  it('does save offer, seeking, themes, language and visibility, and shows others only what is visible', async () => {
    const { updateMyProfile } = await sanne.ok<{ updateMyProfile: Record<string, unknown> }>(
      UPDATE,
      {
        input: {
          name: '  Sanne Bakker ',
          offer: 'Ervaring met wijkaanpak',
          seeking: 'Contacten bij gemeenten',
          themes: ['Samenwerking', 'Uitvoering'],
          language: 'en',
          visibility: { email: 'MEMBERS', seeking: 'PRIVATE' },
        },
      },
    );
    expect(updateMyProfile).toMatchObject({
      name: 'Sanne Bakker',
      offer: 'Ervaring met wijkaanpak',
      seeking: 'Contacten bij gemeenten',
      language: 'en',
      visibility: { email: 'MEMBERS', seeking: 'PRIVATE', offer: 'MEMBERS' },
    });

    const seen = await joost.ok<{ member: Record<string, unknown> }>(MEMBER, { id: sanneId });
    expect(seen.member).toMatchObject({
      name: 'Sanne Bakker',
      email: 'sanne@minbzk.nl',
      offer: 'Ervaring met wijkaanpak',
      seeking: null,
      themes: ['Samenwerking', 'Uitvoering'],
      organisation: { id: dgWonen },
    });

    await sanne.ok(UPDATE, { input: { visibility: { email: 'PRIVATE', offer: 'PRIVATE' } } });
    const hidden = await joost.ok<{ member: Record<string, unknown> }>(MEMBER, { id: sanneId });
    expect(hidden.member).toMatchObject({ email: null, offer: null, seeking: null });
    await sanne.ok(UPDATE, { input: { visibility: { offer: 'MEMBERS' } } });
  });

  it('does list the active CoPs two members share, and none that only one of them is in', async () => {
    await insertCommunity(stack, {
      name: 'Wijkaanpak',
      slug: 'wijkaanpak',
      joinPolicy: 'OPEN',
      members: [{ memberId: sanneId }, { memberId: joostId }],
    });
    await insertCommunity(stack, {
      name: 'Alleen Sanne',
      slug: 'alleen-sanne',
      joinPolicy: 'OPEN',
      members: [{ memberId: sanneId }],
    });
    await insertCommunity(stack, {
      name: 'Aangevraagd',
      slug: 'aangevraagd',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: sanneId }, { memberId: joostId, status: 'PENDING' }],
    });
    const seen = await joost.ok<{ member: { communitiesInCommon: unknown[] } }>(MEMBER, {
      id: sanneId,
    });
    expect(seen.member.communitiesInCommon).toEqual([{ slug: 'wijkaanpak', name: 'Wijkaanpak' }]);
  });

  it('does find members by name, organisation (with the organisations below it), theme and offer', async () => {
    await sanneProfileSaved();
    const find = async (variables: Record<string, unknown>) =>
      (await joost.ok<Directory>(DIRECTORY, variables)).members.nodes.map((n) => n.name);
    expect(await find({ search: 'bakk' })).toEqual(['Sanne Bakker']);
    expect(await find({ org: MINISTRY.BZK, search: 'sanne' })).toEqual(['Sanne Bakker']);
    expect(await find({ org: dgWonen })).toEqual(['Sanne Bakker']);
    expect(await find({ theme: 'samenwerking' })).toEqual(['Sanne Bakker']);
    expect(await find({ offer: 'wijkaanpak' })).toEqual(['Sanne Bakker']);
    expect(await find({ offer: 'wijkaanpak', theme: 'Wetgeving' })).toEqual([]);
  });

  it('does not find a member on a part they keep private', async () => {
    await sanneProfileSaved();
    await sanne.ok(UPDATE, { input: { visibility: { themes: 'PRIVATE', offer: 'PRIVATE' } } });
    const find = async (client: GraphqlClient, variables: Record<string, unknown>) =>
      (await client.ok<Directory>(DIRECTORY, variables)).members.totalCount;
    expect(await find(joost, { theme: 'Samenwerking' })).toBe(0);
    expect(await find(joost, { offer: 'wijkaanpak' })).toBe(0);
    expect(await find(sanne, { offer: 'wijkaanpak' })).toBe(1);
    await sanne.ok(UPDATE, { input: { visibility: { themes: 'MEMBERS', offer: 'MEMBERS' } } });
  });

  it('does page through the directory without gaps', async () => {
    for (const name of ['Anna Aalders', 'Bart Bos', 'Cor Claassen']) {
      await insertMember(stack, { email: `${name.split(' ')[0]}@minbzk.nl`, name });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Directory = await joost.ok<Directory>(DIRECTORY, { after });
      seen.push(...page.members.nodes.map((n) => n.name));
      after = page.members.pageInfo.hasNextPage ? page.members.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([
      'Anna Aalders',
      'Bart Bos',
      'Cor Claassen',
      'Joost Visser',
      'Sanne Bakker',
    ]);
  });
});

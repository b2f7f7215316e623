import type { GraphqlClient } from '@leerhuis/platform-testing';

import {
  countRows,
  insertMember,
  insertOrganisation,
  MINISTRY,
  sessionFor,
} from '../support/members';
import { startStack, TestStack } from '../support/stack';

const ME = `{ me { email needsProfile member { id name platformRole } } }`;
const COMPLETE = `mutation($input: CompleteProfileInput!) {
  completeProfile(input: $input) {
    id name email jobRole themes language isViewer platformRole organisation { abbreviation }
  }
}`;
const UPDATE = `mutation($input: UpdateProfileInput!) {
  updateMyProfile(input: $input) { id name bio themes organisation { id } visibility { email bio organisation } }
}`;
const MEMBER = `query($id: ID!) {
  member(id: $id) {
    name email bio jobRole isViewer platformRole organisation { id }
    visibility { email organisation jobRole themes bio offer seeking }
  }
}`;
const SET_ROLE = `mutation($input: SetPlatformRoleInput!) { setPlatformRole(input: $input) { id platformRole } }`;
const NOWHERE = '11111111-1111-4111-8111-111111111111';

interface MemberView {
  id: string;
  name: string;
  email: string | null;
  bio: string | null;
  platformRole: string | null;
  organisation: { id: string } | null;
  visibility: Record<string, string> | null;
}

describe('member profiles', () => {
  let stack: TestStack;
  let bram: GraphqlClient;
  let bramId: string;

  const complete = (client: GraphqlClient, input: Record<string, unknown>) =>
    client.request<{ completeProfile: MemberView }>(COMPLETE, {
      input: { name: 'Nina Nieuw', organisationId: MINISTRY.EZK, jobRole: 'ADVISER', ...input },
    });
  const memberRow = async (id: string) =>
    (
      (await stack.dataSource.query(
        `SELECT name, organisation_id, bio, themes FROM member WHERE id = $1`,
        [id],
      )) as Record<string, unknown>[]
    )[0];

  beforeAll(async () => {
    stack = await startStack({ env: { ADMIN_EMAILS: 'iemand@elders.nl, Beheer@MinBZK.nl' } });
    bramId = await insertMember(stack, { email: 'bram@rws.nl', name: 'Bram Jansen' });
    bram = await sessionFor(stack, 'bram@rws.nl');
  });
  afterAll(() => stack.stop());

  // Steps the tests before take, for a test that starts further on; a step already taken (the
  // whole file in order) is skipped.
  /** Bea Beheer, from ADMIN_EMAILS, completed her profile: the one admin. */
  async function beheerCompleted(): Promise<void> {
    if ((await countRows(stack, 'member', `email = 'beheer@minbzk.nl'`)) > 0) return;
    await complete(await sessionFor(stack, 'beheer@minbzk.nl'), { name: 'Bea Beheer' });
  }
  /** ...who made Bram admin and stepped down: Bram is the one admin. */
  async function bramLastAdmin(): Promise<void> {
    await beheerCompleted();
    if ((await countRows(stack, 'member', `id = $1 AND platform_role = 'ADMIN'`, [bramId])) > 0)
      return;
    const beheer = await sessionFor(stack, 'beheer@minbzk.nl');
    const beheerId = (await beheer.ok<{ me: { member: { id: string } } }>(ME)).me.member.id;
    await beheer.ok(SET_ROLE, { input: { memberId: bramId, role: 'ADMIN' } });
    await beheer.ok(SET_ROLE, { input: { memberId: beheerId, role: 'MEMBER' } });
  }

  it('does turn a new address into a member with completeProfile', async () => {
    const nina = await sessionFor(stack, 'nina@minezk.nl');
    expect((await nina.ok<{ me: unknown }>(ME)).me).toEqual({
      email: 'nina@minezk.nl',
      needsProfile: true,
      member: null,
    });

    const { data, errors } = await complete(nina, {
      name: '  Nina Nieuw ',
      jobRole: 'POLICY_OFFICER',
      themes: ['wonen', 'Wonen', ' samenwerken '],
    });
    expect(errors).toBeUndefined();
    expect(data!.completeProfile).toMatchObject({
      name: 'Nina Nieuw',
      email: 'nina@minezk.nl',
      jobRole: 'POLICY_OFFICER',
      themes: ['wonen', 'samenwerken'],
      language: 'nl',
      isViewer: true,
      platformRole: 'MEMBER',
      organisation: { abbreviation: 'EZK' },
    });

    const me = await nina.ok<{ me: { needsProfile: boolean; member: { id: string } } }>(ME);
    expect(me.me.needsProfile).toBe(false);
    expect(me.me.member.id).toBe(data!.completeProfile.id);
    expect(
      await countRows(
        stack,
        'outbox_event',
        `type = 'members.member-joined' AND payload->>'memberId' = $1`,
        [data!.completeProfile.id],
      ),
    ).toBe(1);
  });

  it('does refuse completing a profile twice with CONFLICT', async () => {
    const response = await complete(bram, {});
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROFILE_ALREADY_COMPLETE',
    });
    expect(await countRows(stack, 'member', `email = 'bram@rws.nl'`)).toBe(1);
  });

  it('does answer two simultaneous completions for one address with one member and one CONFLICT', async () => {
    const twin = await sessionFor(stack, 'tweeling@minezk.nl');
    const results = await Promise.all([complete(twin, {}), complete(twin, {})]);
    expect(results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort()).toEqual([
      'CONFLICT',
      'OK',
    ]);
    expect(await countRows(stack, 'member', `email = 'tweeling@minezk.nl'`)).toBe(1);
  });

  it('does refuse an organisation that does not exist, and creates no member', async () => {
    const lost = await sessionFor(stack, 'verdwaald@minezk.nl');
    const response = await complete(lost, { organisationId: NOWHERE });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_ORGANISATION',
      fields: [expect.objectContaining({ field: 'organisationId' })],
    });
    expect(await countRows(stack, 'member', `email = 'verdwaald@minezk.nl'`)).toBe(0);
    expect((await lost.ok<{ me: { needsProfile: boolean } }>(ME)).me.needsProfile).toBe(true);
  });

  it('does name each invalid field', async () => {
    const client = await sessionFor(stack, 'fout@minezk.nl');
    const invalid = await complete(client, {
      name: 'N',
      organisationId: 'not-an-id',
      themes: ['x'],
      language: 'de',
    });
    expect(invalid.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalid.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'language',
      'name',
      'organisationId',
      'themes',
    ]);

    const badRole = await complete(client, { jobRole: 'ASTRONAUT' });
    expect(badRole.status).toBe(400);
    expect(badRole.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badRole.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'jobRole' }),
    ]);
    expect(await countRows(stack, 'member', `email = 'fout@minezk.nl'`)).toBe(0);
  });

  it('does refuse an update to an unknown organisation and leaves the profile unchanged', async () => {
    const before = await memberRow(bramId);
    const response = await bram.request(UPDATE, {
      input: { name: 'Bram Anders', bio: 'Nieuw', organisationId: NOWHERE },
    });
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'organisationId' })],
    });
    expect(await memberRow(bramId)).toEqual(before);
    const readBack = await bram.ok<{ member: MemberView }>(MEMBER, { id: bramId });
    expect(readBack.member).toMatchObject({ name: 'Bram Jansen', bio: '' });
  });

  it('does treat null in an update as "leave unchanged"', async () => {
    const before = await memberRow(bramId);
    const response = await bram.request(UPDATE, {
      input: { name: null, organisationId: null, jobRole: null, themes: null, bio: null },
    });
    expect(response.errors).toBeUndefined();
    expect(await memberRow(bramId)).toEqual(before);
  });

  it('does apply per-field visibility to other members', async () => {
    const anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    const anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    await anouk.ok(UPDATE, {
      input: { bio: 'Programmadirecteur', visibility: { bio: 'PRIVATE', email: 'MEMBERS' } },
    });

    const seenByBram = (await bram.ok<{ member: MemberView }>(MEMBER, { id: anoukId })).member;
    expect(seenByBram).toMatchObject({
      name: 'Anouk de Vries',
      email: 'anouk@minbzk.nl',
      bio: null,
      jobRole: 'ADVISER',
      isViewer: false,
      platformRole: null,
      visibility: null,
      organisation: { id: MINISTRY.BZK },
    });

    const seenBySelf = (await anouk.ok<{ member: MemberView }>(MEMBER, { id: anoukId })).member;
    expect(seenBySelf).toMatchObject({
      email: 'anouk@minbzk.nl',
      bio: 'Programmadirecteur',
      isViewer: true,
      platformRole: 'MEMBER',
      visibility: {
        email: 'MEMBERS',
        bio: 'PRIVATE',
        organisation: 'MEMBERS',
        jobRole: 'MEMBERS',
        themes: 'MEMBERS',
        offer: 'MEMBERS',
        seeking: 'MEMBERS',
      },
    });

    // Email is private unless chosen otherwise.
    const bramSeen = (await anouk.ok<{ member: MemberView }>(MEMBER, { id: bramId })).member;
    expect(bramSeen.email).toBeNull();
  });

  it('does not reveal members who hid their organisation when filtering on it', async () => {
    const directie = await insertOrganisation(stack, {
      name: 'DG Stikstof',
      parentId: MINISTRY.IenW,
    });
    const openId = await insertMember(stack, {
      email: 'open@minienw.nl',
      name: 'Open Lid',
      organisationId: directie,
    });
    const hiddenId = await insertMember(stack, {
      email: 'verborgen@minienw.nl',
      name: 'Verborgen Lid',
      organisationId: directie,
      visibility: { organisation: 'PRIVATE' },
    });
    const query = `query($org: ID) { members(organisationId: $org) { totalCount edges { node { id } } } }`;
    type List = { members: { totalCount: number; edges: { node: { id: string } }[] } };

    const seenByBram = await bram.ok<List>(query, { org: directie });
    expect(seenByBram.members.edges.map((e) => e.node.id)).toEqual([openId]);
    expect(seenByBram.members.totalCount).toBe(1);
    const hidden = (await bram.ok<{ member: MemberView }>(MEMBER, { id: hiddenId })).member;
    expect(hidden.organisation).toBeNull();

    const hiddenSelf = await sessionFor(stack, 'verborgen@minienw.nl');
    const seenBySelf = await hiddenSelf.ok<List>(query, { org: directie });
    expect(seenBySelf.members.totalCount).toBe(2);
  });

  it('does make an address from ADMIN_EMAILS an admin when it completes its profile', async () => {
    const beheer = await sessionFor(stack, 'beheer@minbzk.nl');
    const { data } = await complete(beheer, { name: 'Bea Beheer' });
    expect(data!.completeProfile.platformRole).toBe('ADMIN');
    expect((await beheer.ok<{ me: { member: MemberView } }>(ME)).me.member.platformRole).toBe(
      'ADMIN',
    );
  });

  it('does let only admins change platform roles, and keeps the last admin', async () => {
    await beheerCompleted();
    const beheer = await sessionFor(stack, 'beheer@minbzk.nl');
    const beheerId = (await beheer.ok<{ me: { member: { id: string } } }>(ME)).me.member.id;

    const byMember = await bram.request(SET_ROLE, { input: { memberId: bramId, role: 'ADMIN' } });
    expect(byMember.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ADMIN_REQUIRED',
    });
    expect(await countRows(stack, 'member', `platform_role = 'ADMIN'`)).toBe(1);

    const lastAdmin = await beheer.request(SET_ROLE, {
      input: { memberId: beheerId, role: 'MEMBER' },
    });
    expect(lastAdmin.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_ADMIN',
    });
    expect(await countRows(stack, 'member', `platform_role = 'ADMIN'`)).toBe(1);

    const promoted = await beheer.ok<{ setPlatformRole: MemberView }>(SET_ROLE, {
      input: { memberId: bramId, role: 'ADMIN' },
    });
    expect(promoted.setPlatformRole.platformRole).toBe('ADMIN');
    // With a second admin, the first may step down; then Bram is the last one.
    await beheer.ok(SET_ROLE, { input: { memberId: beheerId, role: 'MEMBER' } });
    const bramLast = await bram.request(SET_ROLE, { input: { memberId: bramId, role: 'MEMBER' } });
    expect(bramLast.errors?.[0].extensions?.reason).toBe('LAST_ADMIN');

    const unknown = await bram.request(SET_ROLE, { input: { memberId: NOWHERE, role: 'ADMIN' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('does keep one admin when two admins demote each other at the same time', async () => {
    await bramLastAdmin();
    const beheer = await sessionFor(stack, 'beheer@minbzk.nl');
    const beheerId = (await beheer.ok<{ me: { member: { id: string } } }>(ME)).me.member.id;
    await bram.ok(SET_ROLE, { input: { memberId: beheerId, role: 'ADMIN' } });
    expect(await countRows(stack, 'member', `platform_role = 'ADMIN'`)).toBe(2);

    await Promise.all([
      bram.request(SET_ROLE, { input: { memberId: beheerId, role: 'MEMBER' } }),
      beheer.request(SET_ROLE, { input: { memberId: bramId, role: 'MEMBER' } }),
    ]);
    expect(await countRows(stack, 'member', `platform_role = 'ADMIN'`)).toBe(1);
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity, PROPOSE } from './communities-support';

const JOIN = `mutation($id: ID!) { joinCommunity(input: { communityId: $id }) { role status } }`;
const REQUEST = `mutation($id: ID!, $motivation: String) {
  requestToJoinCommunity(input: { communityId: $id, motivation: $motivation }) { role status motivation }
}`;
const DECIDE = `mutation($input: DecideJoinRequestInput!) {
  decideJoinRequest(input: $input) { approved membership { status member { name } } }
}`;
const LEAVE = `mutation($id: ID!) { leaveCommunity(input: { communityId: $id }) }`;
const SET_ROLE = `mutation($input: SetCommunityRoleInput!) { setCommunityRole(input: $input) { role } }`;
const REMOVE = `mutation($input: CommunityMemberInput!) { removeCommunityMember(input: $input) }`;
const INVITE = `mutation($input: InviteToCommunityInput!) { inviteToCommunity(input: $input) { id email } }`;
const ACCEPT = `mutation($token: String!) { acceptCommunityInvitation(input: { token: $token }) { role status community { slug memberCount } } }`;
const VIEW = `query($slug: String!) { community(slug: $slug) { name memberCount viewerMembership { role status } } }`;

const base = {
  goal: 'Samen leren over ketensamenwerking',
  joinPolicy: 'OPEN',
  startsOn: '2026-02-01',
  plannedEndOn: '2027-02-01',
};

describe('communities: proposing and membership', () => {
  let stack: TestStack;
  let anouk: GraphqlClient; // coordinator of the seeded CoPs
  let bram: GraphqlClient;
  let admin: GraphqlClient;
  let anoukId: string;
  let bramId: string;
  let openId: string;
  let onRequestId: string;
  let inviteOnly: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    bramId = await insertMember(stack, { email: 'bram@minfin.nl', name: 'Bram Bakker' });
    await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE id = $1`, [bramId]);
    await insertMember(stack, { email: 'admin@minaz.nl', name: 'Ada Admin', admin: true });
    [anouk, bram, admin] = await Promise.all([
      sessionFor(stack, 'anouk@minbzk.nl'),
      sessionFor(stack, 'bram@minfin.nl'),
      sessionFor(stack, 'admin@minaz.nl'),
    ]);
    openId = await insertCommunity(stack, {
      name: 'Open keten',
      slug: 'open-keten',
      joinPolicy: 'OPEN',
      members: [{ memberId: anoukId, role: 'COORDINATOR' }],
    });
    onRequestId = await insertCommunity(stack, {
      name: 'Op aanvraag',
      slug: 'op-aanvraag',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: anoukId, role: 'COORDINATOR' }],
    });
    inviteOnly = await insertCommunity(stack, {
      name: 'Alleen op uitnodiging',
      slug: 'uitnodiging',
      joinPolicy: 'INVITE_ONLY',
      members: [{ memberId: anoukId, role: 'COORDINATOR' }],
    });
  });
  afterAll(() => stack?.stop());

  /** Bram in the open CoP, as the join test leaves him (joined here only if he is not yet). */
  const bramInOpenCommunity = async () => {
    const where = 'community_id = $1 AND member_id = $2';
    if ((await countRows(stack, 'community_membership', where, [openId, bramId])) === 0) {
      await bram.ok(JOIN, { id: openId });
    }
  };

  it('does let a member propose a CoP that waits for an admin, with a unique readable slug', async () => {
    const first = await bram.ok<{ proposeCommunity: { slug: string; status: string } }>(PROPOSE, {
      input: { ...base, name: 'Samenwerken in de Keten' },
    });
    expect(first.proposeCommunity).toMatchObject({
      slug: 'samenwerken-in-de-keten',
      status: 'PROPOSED',
      viewerMembership: { role: 'COORDINATOR', status: 'ACTIVE' },
    });
    const second = await bram.ok<{ proposeCommunity: { id: string; slug: string } }>(PROPOSE, {
      input: { ...base, name: 'Samenwerken in de keten!' },
    });
    expect(second.proposeCommunity.slug).toBe('samenwerken-in-de-keten-2');

    // Not open yet: others do not find it; the admin approves it.
    const hidden = await anouk.request(VIEW, { slug: 'samenwerken-in-de-keten-2' });
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const approve = `mutation($id: ID!) { approveCommunity(input: { communityId: $id }) { status } }`;
    expect(
      (await bram.request(approve, { id: second.proposeCommunity.id })).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');
    expect(await admin.ok(approve, { id: second.proposeCommunity.id })).toEqual({
      approveCommunity: { status: 'ACTIVE' },
    });
    expect(await anouk.ok(VIEW, { slug: 'samenwerken-in-de-keten-2' })).toMatchObject({
      community: { memberCount: 1, viewerMembership: null },
    });
    const events: { type: string }[] = await stack.dataSource.query(
      `SELECT type FROM outbox_event WHERE payload->>'communityId' = $1 ORDER BY occurred_at`,
      [second.proposeCommunity.id],
    );
    expect(events.map((e) => e.type)).toEqual([
      'communities.community-proposed',
      'communities.member-joined',
      'communities.community-approved',
    ]);
  });

  it('does refuse bad proposals with a specific code and writes nothing', async () => {
    const before = await countRows(stack, 'community');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '' }, 'BAD_USER_INPUT', 'name'],
      [{ name: 'x'.repeat(121) }, 'BAD_USER_INPUT', 'name'],
      [{ name: 'Goede naam', slug: 'open-keten' }, 'CONFLICT', 'slug'],
      [{ name: 'Goede naam', slug: 'Niet Goed' }, 'BAD_USER_INPUT', 'slug'],
      [{ name: 'Goede naam', plannedEndOn: '2026-01-01' }, 'BAD_USER_INPUT', 'plannedEndOn'],
      [{ name: 'Goede naam', startsOn: '2026-13-45' }, 'BAD_USER_INPUT', 'startsOn'],
    ];
    for (const [change, code, field] of cases) {
      const result = await bram.request(PROPOSE, { input: { ...base, ...change } });
      expect({ change, code: result.errors?.[0].extensions?.code }).toEqual({ change, code });
      expect(result.errors?.[0].extensions?.fields).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    }
    expect(await countRows(stack, 'community')).toBe(before);
  });

  it('does let a member join an open CoP once', async () => {
    expect(await bram.ok(JOIN, { id: openId })).toEqual({
      joinCommunity: { role: 'MEMBER', status: 'ACTIVE' },
    });
    const twice = await bram.request(JOIN, { id: openId });
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_MEMBER',
    });
    expect(await countRows(stack, 'community_membership', 'community_id = $1', [openId])).toBe(2);
  });

  it("does email the applicant the decision with the coordinator's message", async () => {
    const joined = await bram.request(JOIN, { id: onRequestId });
    expect(joined.errors?.[0].extensions?.reason).toBe('JOIN_BY_REQUEST');
    expect(await bram.ok(REQUEST, { id: onRequestId, motivation: 'Ik werk aan de keten' })).toEqual(
      {
        requestToJoinCommunity: {
          role: 'MEMBER',
          status: 'PENDING',
          motivation: 'Ik werk aan de keten',
        },
      },
    );
    expect((await bram.request(REQUEST, { id: onRequestId })).errors?.[0].extensions?.reason).toBe(
      'ALREADY_REQUESTED',
    );
    expect(await bram.ok(VIEW, { slug: 'op-aanvraag' })).toMatchObject({
      community: { memberCount: 1, viewerMembership: { role: 'MEMBER', status: 'PENDING' } },
    });

    // Declined: an email in the applicant's language (English) with the message.
    await anouk.ok(DECIDE, {
      input: { communityId: onRequestId, memberId: bramId, approve: false, message: 'Vol, sorry' },
    });
    const declined = await waitFor(
      async () =>
        stack.mail.messagesTo('bram@minfin.nl').find((m) => m.subject.includes('request')),
      'the decline email',
    );
    expect(declined.subject).toBe('Your request to join Op aanvraag');
    expect(declined.text).toContain('has been declined');
    expect(declined.text).toContain('Vol, sorry');

    // Asked again and approved.
    await bram.ok(REQUEST, { id: onRequestId });
    expect(
      await anouk.ok(DECIDE, {
        input: { communityId: onRequestId, memberId: bramId, approve: true, message: 'Welkom!' },
      }),
    ).toEqual({
      decideJoinRequest: {
        approved: true,
        membership: { status: 'ACTIVE', member: { name: 'Bram Bakker' } },
      },
    });
    const welcome = await waitFor(
      async () =>
        stack.mail.messagesTo('bram@minfin.nl').find((m) => m.subject.startsWith('Welcome')),
      'the approval email',
    );
    expect(welcome.subject).toBe('Welcome to Op aanvraag');
    expect(welcome.text).toContain('Welkom!');
    expect(welcome.text).toContain(`${stack.apiUrl}/communities/op-aanvraag`);
  });

  it('does keep at least one coordinator', async () => {
    await bramInOpenCommunity();
    const last = await anouk.request(LEAVE, { id: openId });
    expect(last.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_COORDINATOR',
    });
    expect(last.errors?.[0].message).toMatch(/at least one coordinator/);
    const demote = await anouk.request(SET_ROLE, {
      input: { communityId: openId, memberId: anoukId, role: 'MEMBER' },
    });
    expect(demote.errors?.[0].extensions?.reason).toBe('LAST_COORDINATOR');
    const removeSelf = await anouk.request(REMOVE, {
      input: { communityId: openId, memberId: anoukId },
    });
    expect(removeSelf.errors?.[0].extensions?.reason).toBe('LAST_COORDINATOR');

    // With a second coordinator, two leaving at once still leave one behind.
    await anouk.ok(SET_ROLE, {
      input: { communityId: openId, memberId: bramId, role: 'COORDINATOR' },
    });
    const results = await Promise.all([
      anouk.request(LEAVE, { id: openId }),
      bram.request(LEAVE, { id: openId }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions?.reason).toBe('LAST_COORDINATOR');
    expect(
      await countRows(stack, 'community_membership', `community_id = $1 AND role = 'COORDINATOR'`, [
        openId,
      ]),
    ).toBe(1);
  });

  it('does invite a new address by email; they sign in, complete the profile and accept', async () => {
    const bad = await anouk.request(INVITE, {
      input: { communityId: inviteOnly, email: 'geen-adres' },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'email' })],
    });
    expect(await countRows(stack, 'community_invitation')).toBe(0);

    await anouk.ok(INVITE, {
      input: { communityId: inviteOnly, email: 'Nieuw@MinVWS.nl', message: 'Doe mee!' },
    });
    const mail = await waitFor(
      async () => stack.mail.messagesTo('nieuw@minvws.nl').at(-1),
      'the invitation email',
    );
    expect(mail.subject).toBe('Uitnodiging voor de community Alleen op uitnodiging');
    expect(mail.text).toContain('Anouk de Vries nodigt je uit');
    expect(mail.text).toContain('Doe mee!');
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1];
    const stored: { token_hash: string }[] = await stack.dataSource.query(
      `SELECT token_hash FROM community_invitation`,
    );
    expect(JSON.stringify(stored)).not.toContain(token);

    // Someone else's session cannot use it.
    const wrong = await bram.request(ACCEPT, { token });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'INVITATION_FOR_ANOTHER_ADDRESS',
    });
    // The new address signs in; without a profile it may not accept yet.
    const newcomer = await sessionFor(stack, 'nieuw@minvws.nl');
    expect((await newcomer.request(ACCEPT, { token })).errors?.[0].extensions?.reason).toBe(
      'PROFILE_REQUIRED',
    );
    await newcomer.ok(
      `mutation { completeProfile(input: { name: "Nina Nieuw", organisationId: "${MINISTRY.AZ}", jobRole: ADVISER }) { id } }`,
    );
    const again = await sessionFor(stack, 'nieuw@minvws.nl');
    expect(await again.ok(ACCEPT, { token })).toEqual({
      acceptCommunityInvitation: {
        role: 'MEMBER',
        status: 'ACTIVE',
        community: { slug: 'uitnodiging', memberCount: 2 },
      },
    });
    expect((await again.request(ACCEPT, { token })).errors?.[0].extensions?.reason).toBe(
      'INVITATION_USED',
    );
  });

  it('does refuse joining an invite-only CoP without an invitation, with a clear message', async () => {
    const result = await bram.request(JOIN, {
      id: (await stack.dataSource.query(`SELECT id FROM community WHERE slug = 'uitnodiging'`))[0]
        .id,
    });
    expect(result.errors?.[0]).toMatchObject({
      message: 'This community is by invitation only: ask a coordinator to invite you.',
      extensions: { code: 'FORBIDDEN', reason: 'INVITATION_REQUIRED' },
    });
  });
});

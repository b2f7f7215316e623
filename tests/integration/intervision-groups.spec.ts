import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  ACCEPT,
  codeOf,
  draftCase,
  IntervisionWorld,
  METHOD,
  readCase,
  setUpIntervision,
} from './intervision-support';

const INVITE = `mutation($g: ID!, $m: ID!, $r: IntervisionGroupRole) {
  inviteToIntervisionGroup(input: { groupId: $g, memberId: $m, role: $r }) { status role } }`;
const JOIN = `mutation($g: ID!, $v: Int!, $a: Boolean!) {
  acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: $v, accept: $a }) {
    id viewerMembership { status agreementVersion agreementAcceptedAt } } }`;
const LEAVE = `mutation($g: ID!) { leaveIntervisionGroup(input: { groupId: $g }) }`;
const COPY = `mutation($input: CopyIntervisionMethodInput!) { copyIntervisionMethod(input: $input) {
  id key adapted nameNl phases { key writers kinds durationMinutes } } }`;
const UPDATE = `mutation($input: UpdateIntervisionMethodInput!) { updateIntervisionMethod(input: $input) { id nameNl } }`;

describe('intervision: groups, the agreement and methods', () => {
  let stack: TestStack;
  let w: IntervisionWorld;

  beforeAll(async () => {
    stack = await startStack();
    w = await setUpIntervision(stack, 'groepen');
  });
  afterAll(() => stack?.stop());

  async function copMember(name: string): Promise<string> {
    const id = await insertMember(stack, { email: `${name}@minbzk.nl`, name });
    await stack.dataSource.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
      [w.communityId, id],
    );
    return id;
  }
  /** 'nieuw', invited and joined as the first test does it; joined here when it did not run. */
  async function nieuwJoined(): Promise<void> {
    if ((await countRows(stack, 'member', `email = 'nieuw@minbzk.nl'`)) > 0) return;
    await w.clients.moderator.ok(INVITE, { g: w.groupId, m: await copMember('nieuw') });
    const client = await sessionFor(stack, 'nieuw@minbzk.nl');
    await client.ok(JOIN, { g: w.groupId, v: 1, a: true });
  }

  it('does record the agreement version and time, and refuses without acceptance', async () => {
    const id = await copMember('nieuw');
    await w.clients.moderator.ok(INVITE, { g: w.groupId, m: id });
    const client = await sessionFor(stack, 'nieuw@minbzk.nl');
    expect(await codeOf(client, JOIN, { g: w.groupId, v: 1, a: false })).toBe(
      'AGREEMENT_NOT_ACCEPTED',
    );
    expect(await codeOf(client, JOIN, { g: w.groupId, v: 2, a: true })).toBe(
      'AGREEMENT_VERSION_OUTDATED',
    );
    // An invitee reads the agreement but no case.
    const kase = await draftCase(w.clients.owner, w.groupId);
    expect(
      await codeOf(client, `query($id: ID!) { intervisionCase(id: $id) { id } }`, { id: kase }),
    ).toBe('CASE_NOT_FOUND');
    const joined = await client.ok<{
      acceptIntervisionAgreement: {
        viewerMembership: { status: string; agreementVersion: number; agreementAcceptedAt: string };
      };
    }>(JOIN, { g: w.groupId, v: 1, a: true });
    expect(joined.acceptIntervisionAgreement.viewerMembership).toMatchObject({
      status: 'ACTIVE',
      agreementVersion: 1,
      agreementAcceptedAt: expect.any(String),
    });
    expect((await readCase(client, kase)).state).toBe('DRAFT');
  });

  it('does keep invitations to CoP members, at most 10 participants, and one moderator', async () => {
    await nieuwJoined();
    const stranger = await insertMember(stack, { email: 'vreemd@minbzk.nl', name: 'Vreemd' });
    expect(await codeOf(w.clients.moderator, INVITE, { g: w.groupId, m: stranger })).toBe(
      'COMMUNITY_MEMBER_REQUIRED',
    );
    expect(await codeOf(w.clients.moderator, INVITE, { g: w.groupId, m: w.ids.p1 })).toBe(
      'ALREADY_IN_GROUP',
    );
    // owner, p1, p2 and 'nieuw' are in: six more invitations fill the group.
    for (let i = 0; i < 6; i++) {
      await w.clients.moderator.ok(INVITE, { g: w.groupId, m: await copMember(`extra${i}`) });
    }
    const before = await countRows(stack, 'intervision_group_member');
    expect(
      await codeOf(w.clients.moderator, INVITE, { g: w.groupId, m: await copMember('elfde') }),
    ).toBe('GROUP_FULL');
    expect(await countRows(stack, 'intervision_group_member')).toBe(before);
    // A second moderator does not take a participant's seat.
    await w.clients.moderator.ok(INVITE, { g: w.groupId, m: w.ids.copMember, r: 'MODERATOR' });
    expect(await codeOf(w.clients.moderator, LEAVE, { g: w.groupId })).toBe('LAST_MODERATOR');
  });

  it('does need three members who accepted the agreement before a case is taken up', async () => {
    const created = await w.clients.moderator.ok<{ createIntervisionGroup: { id: string } }>(
      `mutation($c: ID!) { createIntervisionGroup(input: { name: "Klein", communityId: $c,
        confidentialityText: "Wat hier gedeeld wordt, blijft hier." }) { id } }`,
      { c: w.communityId },
    );
    const groupId = created.createIntervisionGroup.id;
    await w.clients.moderator.ok(INVITE, { g: groupId, m: w.ids.p1 });
    await w.clients.p1.ok(JOIN, { g: groupId, v: 1, a: true });
    const kase = await draftCase(w.clients.p1, groupId);
    expect(
      await codeOf(w.clients.moderator, ACCEPT, {
        input: { caseId: kase, methodId: METHOD.incident },
      }),
    ).toBe('GROUP_TOO_SMALL');
    await w.clients.moderator.ok(INVITE, { g: groupId, m: w.ids.p2 });
    await w.clients.p2.ok(JOIN, { g: groupId, v: 1, a: true });
    await w.clients.moderator.ok(ACCEPT, { input: { caseId: kase, methodId: METHOD.incident } });
  });

  it('does let a moderator copy and adapt a method, and run a case with it', async () => {
    const copy = await w.clients.moderator.ok<{
      copyIntervisionMethod: { id: string; key: string; adapted: boolean; phases: unknown[] };
    }>(COPY, {
      input: {
        groupId: w.groupId,
        methodId: METHOD.roddel,
        nameNl: 'Roddelmethode kort',
        phases: [
          {
            key: 'vragen',
            titleNl: 'Vragen',
            titleEn: 'Questions',
            writers: ['CASE_OWNER', 'PARTICIPANTS'],
            kinds: ['CLARIFYING_QUESTION', 'ANSWER'],
            durationMinutes: 60,
          },
          {
            key: 'roddel',
            titleNl: 'Roddelen',
            titleEn: 'Gossip',
            writers: ['PARTICIPANTS'],
            kinds: ['ADVICE'],
          },
        ],
      },
    });
    expect(copy.copyIntervisionMethod).toMatchObject({ key: 'roddel-copy', adapted: true });
    expect(
      await codeOf(w.clients.moderator, COPY, {
        input: {
          groupId: w.groupId,
          methodId: METHOD.roddel,
          phases: [
            { key: 'x', titleNl: 'X', titleEn: 'X', writers: ['CASE_OWNER'], kinds: ['ADVICE'] },
          ],
        },
      }),
    ).toBe('INVALID_INPUT');
    expect(
      await codeOf(w.clients.p1, COPY, { input: { groupId: w.groupId, methodId: METHOD.bob } }),
    ).toBe('MODERATOR_REQUIRED');
    expect(
      await codeOf(w.clients.moderator, UPDATE, {
        input: { methodId: METHOD.bob, nameNl: 'Anders' },
      }),
    ).toBe('METHOD_NOT_EDITABLE');
    await w.clients.moderator.ok(UPDATE, {
      input: { methodId: copy.copyIntervisionMethod.id, nameNl: 'Roddelmethode (onze versie)' },
    });
    const kase = await draftCase(w.clients.p2, w.groupId, 'Met onze werkvorm');
    await w.clients.moderator.ok(ACCEPT, {
      input: { caseId: kase, methodId: copy.copyIntervisionMethod.id },
    });
    const view = await readCase(w.clients.p2, kase);
    expect(view.phases.map((p) => p.key)).toEqual(['vragen', 'roddel']);
    expect(view.expectedOfViewer).toMatchObject({ task: 'CONTRIBUTE', allowedKinds: ['ANSWER'] });
    // Another group cannot use (or even see) this group's method.
    const other = await w.clients.moderator.ok<{ createIntervisionGroup: { id: string } }>(
      `mutation($c: ID!) { createIntervisionGroup(input: { name: "Ander", communityId: $c,
        confidentialityText: "Wat hier gedeeld wordt, blijft hier." }) { id } }`,
      { c: w.communityId },
    );
    expect(
      await codeOf(w.clients.moderator, COPY, {
        input: {
          groupId: other.createIntervisionGroup.id,
          methodId: copy.copyIntervisionMethod.id,
        },
      }),
    ).toBe('METHOD_NOT_FOUND');
  });

  it('does end access to a CoP group for someone who leaves the CoP', async () => {
    const kase = await draftCase(w.clients.owner, w.groupId, 'Na het vertrek');
    const read = `query($id: ID!) { intervisionCase(id: $id) { id title } }`;
    expect(await codeOf(w.clients.p2, read, { id: kase })).toBe('ok');
    await stack.dataSource.query(
      `DELETE FROM community_membership WHERE community_id = $1 AND member_id = $2`,
      [w.communityId, w.ids.p2],
    );
    expect(await codeOf(w.clients.p2, read, { id: kase })).toBe('CASE_NOT_FOUND');
    const mine = await w.clients.p2.ok<{ myIntervisionGroups: { id: string }[] }>(
      `query { myIntervisionGroups { id } }`,
    );
    expect(mine.myIntervisionGroups.map((g) => g.id)).not.toContain(w.groupId);
  });
});

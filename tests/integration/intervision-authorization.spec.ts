import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { runMatrix } from './authorization-personas';
import {
  ACCEPT,
  ADVANCE,
  CASE_FIELDS,
  CLOSE_CASE,
  CONSENT,
  CONTRIBUTE,
  draftCase,
  IntervisionWorld,
  METHOD,
  REFLECT,
  SECRET,
  setUpIntervision,
} from './intervision-support';

/** From outsider to platform admin; 'member' is a group member who is not the case owner. */
type Persona = 'anonymous' | 'outsider' | 'copMember' | 'member' | 'owner' | 'moderator' | 'admin';
const PERSONAS: Persona[] = [
  'anonymous',
  'outsider',
  'copMember',
  'member',
  'owner',
  'moderator',
  'admin',
];
const IN_GROUP: Persona[] = ['member', 'owner', 'moderator'];

type Stage = 'none' | 'group' | 'draft' | 'accepted' | 'pitch' | 'closing' | 'reflected' | 'closed';

/** Outsiders and CoP members who are not in the group: NOT_FOUND; admins and members: FORBIDDEN. */
const only =
  (...who: Persona[]) =>
  (persona: Persona) =>
    who.includes(persona)
      ? 'ok'
      : IN_GROUP.includes(persona) || persona === 'admin'
        ? 'FORBIDDEN'
        : 'NOT_FOUND';
const readable = (persona: Persona) =>
  IN_GROUP.includes(persona) ? 'ok' : persona === 'admin' ? 'metadata' : 'NOT_FOUND';

const MATRIX: { name: string; query: string; stage: Stage; expected: (p: Persona) => string }[] = [
  {
    name: 'intervisionGroup',
    query: `query($g: ID!) { intervisionGroup(id: $g) { id name confidentialityText viewerMembership { status }
      members { role member { name } } cases { id state title question } methods { id } auditLog { action } } }`,
    stage: 'pitch',
    expected: (p) => (IN_GROUP.includes(p) ? 'ok' : p === 'admin' ? 'metadata' : 'NOT_FOUND'),
  },
  {
    name: 'intervisionGroups(communityId)',
    query: `query($c: ID!) { intervisionGroups(communityId: $c) { id cases { title } } }`,
    stage: 'none',
    expected: (p) => (IN_GROUP.includes(p) || p === 'admin' ? 'listed' : 'absent'),
  },
  {
    name: 'myIntervisionGroups',
    query: `query { myIntervisionGroups { id } }`,
    stage: 'none',
    expected: (p) => (IN_GROUP.includes(p) ? 'listed' : 'absent'),
  },
  {
    name: 'intervisionCase',
    query: `query($k: ID!) { intervisionCase(id: $k) { ${CASE_FIELDS} owner { name } group { id name } } }`,
    stage: 'pitch',
    expected: readable,
  },
  {
    name: 'createIntervisionGroup',
    query: `mutation($c: ID!) { createIntervisionGroup(input: { name: "Nieuwe groep", communityId: $c,
      confidentialityText: "Wat hier gedeeld wordt, blijft hier." }) { id } }`,
    stage: 'none',
    // A CoP decision: its coordinators and moderators create groups; the CoP is visible to all.
    expected: (p) => (p === 'moderator' ? 'ok' : 'FORBIDDEN'),
  },
  {
    name: 'inviteToIntervisionGroup',
    query: `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`,
    stage: 'none',
    expected: only('moderator'),
  },
  {
    name: 'acceptIntervisionAgreement',
    query: `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`,
    stage: 'none',
    expected: (p) =>
      IN_GROUP.includes(p) ? 'CONFLICT' : p === 'admin' ? 'FORBIDDEN' : 'NOT_FOUND',
  },
  {
    name: 'copyIntervisionMethod',
    query: `mutation($g: ID!) { copyIntervisionMethod(input: { groupId: $g, methodId: "${METHOD.bob}" }) { id } }`,
    stage: 'none',
    expected: only('moderator'),
  },
  {
    name: 'updateIntervisionMethod',
    query: `mutation($x: ID!) { updateIntervisionMethod(input: { methodId: $x, nameNl: "Onze werkvorm" }) { id } }`,
    stage: 'none',
    expected: only('moderator'),
  },
  {
    name: 'leaveIntervisionGroup',
    query: `mutation($g: ID!) { leaveIntervisionGroup(input: { groupId: $g }) }`,
    stage: 'group',
    // The moderator is the group's only one and may not leave it without a moderator.
    expected: (p) => (p === 'moderator' ? 'CONFLICT' : only('member', 'owner')(p)),
  },
  {
    name: 'draftIntervisionCase',
    query: `mutation($g: ID!) { draftIntervisionCase(input: { groupId: $g, title: "Matrix", situationWhat: "x", question: "y" }) { id } }`,
    stage: 'none',
    expected: only('member', 'owner', 'moderator'),
  },
  {
    name: 'acceptIntervisionCase',
    query: `mutation($k: ID!) { acceptIntervisionCase(input: { caseId: $k, methodId: "${METHOD.incident}" }) { id } }`,
    stage: 'draft',
    expected: only('moderator'),
  },
  {
    name: 'openIntervisionPhase',
    query: `mutation($k: ID!) { openIntervisionPhase(input: { caseId: $k }) { id } }`,
    stage: 'accepted',
    expected: only('moderator'),
  },
  {
    name: 'advanceIntervisionPhase',
    query: `mutation($k: ID!) { advanceIntervisionPhase(input: { caseId: $k }) { id } }`,
    stage: 'pitch',
    expected: only('moderator'),
  },
  {
    name: 'closeIntervisionPhase',
    query: `mutation($k: ID!) { closeIntervisionPhase(input: { caseId: $k }) { id } }`,
    stage: 'pitch',
    expected: only('moderator'),
  },
  {
    name: 'extendIntervisionPhase',
    query: `mutation($k: ID!) { extendIntervisionPhase(input: { caseId: $k, extraSeconds: 3600 }) { id } }`,
    stage: 'pitch',
    expected: only('moderator'),
  },
  {
    name: 'contributeToIntervisionCase (pitch)',
    query: `mutation($k: ID!) { contributeToIntervisionCase(input: { caseId: $k, kind: ANSWER, body: "Toelichting" }) { id } }`,
    stage: 'pitch',
    expected: only('owner'),
  },
  {
    name: 'editIntervisionContribution',
    query: 'edit',
    stage: 'pitch',
    expected: only('owner'),
  },
  {
    name: 'submitIntervisionReflection',
    query: REFLECT.replace('$id', '$k').replace('caseId: $id', 'caseId: $k'),
    stage: 'closing',
    expected: only('owner'),
  },
  {
    name: 'closeIntervisionCase',
    query: `mutation($k: ID!) { closeIntervisionCase(input: { caseId: $k, lessons: "Les" }) { id } }`,
    stage: 'reflected',
    expected: only('moderator'),
  },
  {
    name: 'consentToIntervisionLessonSharing',
    query: `mutation($k: ID!) { consentToIntervisionLessonSharing(input: { caseId: $k, scope: PLATFORM }) { id } }`,
    stage: 'closed',
    expected: only('owner'),
  },
  {
    name: 'shareIntervisionLessons (owner consented)',
    query: `mutation($k: ID!) { shareIntervisionLessons(input: { caseId: $k, scope: COMMUNITY }) { id } }`,
    stage: 'closed',
    expected: only('moderator'),
  },
  {
    name: 'answerIntervisionFollowUp',
    query: `mutation($k: ID!) { answerIntervisionFollowUp(input: { caseId: $k, answer: "Goed" }) { id } }`,
    stage: 'closed',
    expected: only('owner'),
  },
];

describe('intervision: authorization matrix', () => {
  let stack: TestStack;
  let w: IntervisionWorld;
  const clients = {} as Record<Persona, GraphqlClient>;
  let invitees = 0;
  let methodId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await setUpIntervision(stack, 'matrix');
    clients.anonymous = stack.graphql;
    clients.outsider = w.clients.outsider;
    clients.copMember = w.clients.copMember;
    clients.member = w.clients.p1;
    clients.owner = w.clients.owner;
    clients.moderator = w.clients.moderator;
    clients.admin = w.clients.admin;
    const copy = await w.clients.moderator.ok<{ copyIntervisionMethod: { id: string } }>(
      `mutation($g: ID!) { copyIntervisionMethod(input: { groupId: $g, methodId: "${METHOD.roddel}" }) { id } }`,
      { g: w.groupId },
    );
    methodId = copy.copyIntervisionMethod.id;
  });
  afterAll(() => stack?.stop());

  async function freshGroup(): Promise<string> {
    const [{ id }]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO intervision_group (name, context, community_id, confidentiality_text)
       VALUES ('Verse groep', 'COMMUNITY', $1, 'Wat hier gedeeld wordt, blijft hier.') RETURNING id`,
      [w.communityId],
    );
    await stack.dataSource.query(
      `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version, agreement_accepted_at)
       SELECT $1, m, CASE WHEN m = $2 THEN 'MODERATOR' ELSE 'PARTICIPANT' END, 'ACTIVE', 1, now()
         FROM unnest($3::uuid[]) AS m`,
      [id, w.ids.moderator, [w.ids.moderator, w.ids.owner, w.ids.p1, w.ids.p2]],
    );
    return id;
  }

  async function caseAt(stage: Stage): Promise<{ caseId: string; contributionId: string | null }> {
    if (stage === 'none' || stage === 'group') return { caseId: '', contributionId: null };
    const caseId = await draftCase(w.clients.owner, w.groupId, 'Geheimzinnige casus');
    let contributionId: string | null = null;
    if (stage === 'draft') return { caseId, contributionId };
    await w.clients.moderator.ok(ACCEPT, {
      input: { caseId, methodId: METHOD.incident, openFirstPhase: stage !== 'accepted' },
    });
    if (stage === 'accepted') return { caseId, contributionId };
    const pitch = await w.clients.owner.ok<{ contributeToIntervisionCase: { id: string } }>(
      CONTRIBUTE,
      { id: caseId, kind: 'ANSWER', body: SECRET },
    );
    contributionId = pitch.contributeToIntervisionCase.id;
    if (stage === 'pitch') return { caseId, contributionId };
    for (let i = 0; i < 6; i++) await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    if (stage === 'closing') return { caseId, contributionId };
    await w.clients.owner.ok(REFLECT, { id: caseId });
    if (stage === 'reflected') return { caseId, contributionId };
    await w.clients.moderator.ok(CLOSE_CASE, { id: caseId, lessons: 'Een les' });
    await w.clients.owner.ok(CONSENT, { id: caseId, scope: 'COMMUNITY' });
    return { caseId, contributionId };
  }

  async function freshInvitee(): Promise<string> {
    invitees += 1;
    const id = await insertMember(stack, {
      email: `genodigde${invitees}@minbzk.nl`,
      name: `Genodigde ${invitees}`,
    });
    await stack.dataSource.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       VALUES ($1, $2, 'MEMBER', 'ACTIVE', now())`,
      [w.communityId, id],
    );
    return id;
  }

  // One test per operation: each cell sets up its own case, so the whole matrix is long.
  it.each(MATRIX.map((op) => [op.name, op] as const))(
    'does answer %s for every persona as the matrix says, leaking nothing',
    async (_name, op) => {
      // One persona at a time: each cell sets up its own case in the shared group.
      const { mismatches } = await runMatrix({
        ops: [op],
        personas: PERSONAS,
        sequential: true,
        expected: (_op, { persona }) => op.expected(persona),
        answer: async (_op, { persona }) => {
          const { caseId, contributionId } = await caseAt(op.stage);
          const groupId = op.stage === 'group' ? await freshGroup() : w.groupId;
          const query =
            op.query === 'edit'
              ? `mutation($x: ID!) { editIntervisionContribution(input: { contributionId: $x, body: "Anders" }) { id } }`
              : op.query;
          const result = await clients[persona].request<Record<string, unknown>>(query, {
            g: groupId,
            c: w.communityId,
            k: caseId,
            x: op.name === 'updateIntervisionMethod' ? methodId : contributionId,
            m: await freshInvitee(),
          });
          const body = JSON.stringify(result);
          let actual = result.errors?.[0]?.extensions?.code ?? 'ok';
          if (op.name.startsWith('intervisionGroups') || op.name === 'myIntervisionGroups') {
            if (actual === 'ok') {
              const list = Object.values(result.data!)[0] as { id: string }[];
              actual = list.some((g) => g.id === w.groupId) ? 'listed' : 'absent';
            }
          }
          const mayRead = IN_GROUP.includes(persona);
          if (actual === 'ok' && persona === 'admin' && op.name.startsWith('intervision')) {
            actual = 'metadata';
          }
          // Nothing of a case's content reaches anyone outside the group: not the situation,
          // not the title, not the contributions, not in an error message.
          if (!mayRead && /Geheim|Geheimzinnige|Toelichting|Een les/.test(body)) actual = 'leak';
          return actual;
        },
      });
      expect(mismatches).toEqual([]);
    },
  );

  it('does answer a case outside your group exactly like a missing one', async () => {
    const { caseId } = await caseAt('pitch');
    const query = `query($k: ID!) { intervisionCase(id: $k) { id } }`;
    const missing = await clients.copMember.request(query, {
      k: '00000000-0000-4000-8000-00000000dead',
    });
    const secret = await clients.copMember.request(query, { k: caseId });
    expect(secret.errors?.[0].message).toBe(missing.errors?.[0].message);
    expect(secret.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
  });

  it('does end all access when a member leaves the group', async () => {
    const { caseId } = await caseAt('pitch');
    const query = `query($k: ID!) { intervisionCase(id: $k) { id title } }`;
    expect((await w.clients.p2.request(query, { k: caseId })).errors).toBeUndefined();
    await w.clients.p2.ok(`mutation($g: ID!) { leaveIntervisionGroup(input: { groupId: $g }) }`, {
      g: w.groupId,
    });
    const after = await w.clients.p2.request(query, { k: caseId });
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(after)).not.toContain('Geheimzinnige');
  });

  it('does send no email to anyone outside the group', async () => {
    // A case of its own (run alone, this test has no other), and all its emails out.
    await caseAt('closed');
    await stack.settle();
    await stack.mail.waitFor((m) => m.to.includes(w.emails.owner));
    for (const who of ['copMember', 'outsider', 'admin'] as const) {
      expect(stack.mail.messagesTo(w.emails[who])).toEqual([]);
    }
  });
});

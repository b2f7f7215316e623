import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import {
  type Cell as PersonaCell,
  IN_COMMUNITY,
  type Persona,
  PERSONAS,
  type Policy,
  runMatrix,
  sees,
  setUpPersonas,
} from './authorization-personas';
import { insertCommunity } from './communities-support';

const POLICIES: Policy[] = ['OPEN', 'ON_REQUEST', 'INVITE_ONLY', 'HIDDEN'];

type Cell = PersonaCell;

/** What each operation must answer: 'ok', an error code, or (queries) what is shown. */
const MATRIX: {
  name: string;
  query: string;
  /** Mutations get a fresh CoP per cell. */
  mutates: boolean;
  expected: (cell: Cell) => string;
}[] = [
  {
    name: 'community(id)',
    query: `query($c: ID!) { community(id: $c) { id memberCount } }`,
    mutates: false,
    expected: (cell) => (sees(cell) ? 'ok' : 'NOT_FOUND'),
  },
  {
    name: 'community.members',
    query: `query($c: ID!) { community(id: $c) { members { totalCount } joinRequests { totalCount } } }`,
    mutates: false,
    expected: (cell) =>
      !sees(cell)
        ? 'NOT_FOUND'
        : cell.persona === 'coordinator' || cell.persona === 'admin'
          ? 'members+requests'
          : IN_COMMUNITY.includes(cell.persona)
            ? 'members'
            : 'nothing',
  },
  {
    name: 'communities(search)',
    query: `query { communities(search: "matrix", first: 100) { totalCount nodes { id } } }`,
    mutates: false,
    expected: (cell) => (sees(cell) ? 'listed' : 'absent'),
  },
  {
    name: 'joinCommunity',
    query: `mutation($c: ID!) { joinCommunity(input: { communityId: $c }) { status } }`,
    mutates: true,
    expected: (cell) =>
      !sees(cell)
        ? 'NOT_FOUND'
        : IN_COMMUNITY.includes(cell.persona)
          ? 'CONFLICT'
          : cell.policy === 'OPEN'
            ? 'ok'
            : 'FORBIDDEN',
  },
  {
    name: 'requestToJoinCommunity',
    query: `mutation($c: ID!) { requestToJoinCommunity(input: { communityId: $c }) { status } }`,
    mutates: true,
    expected: (cell) =>
      !sees(cell)
        ? 'NOT_FOUND'
        : IN_COMMUNITY.includes(cell.persona) || cell.persona === 'pending'
          ? 'CONFLICT'
          : cell.policy === 'OPEN' || cell.policy === 'ON_REQUEST'
            ? 'ok'
            : 'FORBIDDEN',
  },
  {
    name: 'updateCommunity',
    query: `mutation($c: ID!) { updateCommunity(input: { communityId: $c, welcomeMessage: "Hoi" }) { id } }`,
    mutates: true,
    expected: (cell) => coordinatorOnly(cell),
  },
  {
    name: 'setCommunityPhase',
    query: `mutation($c: ID!) { setCommunityPhase(input: { communityId: $c, phase: DEEPENING }) { phase } }`,
    mutates: true,
    expected: (cell) => coordinatorOnly(cell),
  },
  {
    name: 'inviteToCommunity',
    query: `mutation($c: ID!) { inviteToCommunity(input: { communityId: $c, email: "nieuw@minvws.nl" }) { id } }`,
    mutates: true,
    expected: (cell) =>
      !sees(cell)
        ? 'NOT_FOUND'
        : cell.persona === 'coordinator' || cell.persona === 'moderator'
          ? 'ok'
          : 'FORBIDDEN',
  },
  {
    name: 'decideJoinRequest',
    query: `mutation($c: ID!, $applicant: ID!) { decideJoinRequest(input: { communityId: $c, memberId: $applicant, approve: true }) { approved } }`,
    mutates: true,
    expected: (cell) => coordinatorOnly(cell),
  },
  {
    name: 'removeCommunityMember',
    query: `mutation($c: ID!, $target: ID!) { removeCommunityMember(input: { communityId: $c, memberId: $target }) }`,
    mutates: true,
    expected: (cell) => coordinatorOnly(cell),
  },
  {
    name: 'setCommunityRole',
    query: `mutation($c: ID!, $target: ID!) { setCommunityRole(input: { communityId: $c, memberId: $target, role: MODERATOR }) { role } }`,
    mutates: true,
    expected: (cell) => coordinatorOnly(cell),
  },
  {
    name: 'leaveCommunity',
    query: `mutation($c: ID!) { leaveCommunity(input: { communityId: $c }) }`,
    mutates: true,
    expected: (cell) =>
      !sees(cell)
        ? 'NOT_FOUND'
        : IN_COMMUNITY.includes(cell.persona) || cell.persona === 'pending'
          ? 'ok'
          : 'NOT_FOUND',
  },
  {
    name: 'approveCommunity',
    query: `mutation($c: ID!) { approveCommunity(input: { communityId: $c }) { status } }`,
    mutates: true,
    // Admin-only before any look-up, so it reveals nothing; the CoPs here are already open.
    expected: (cell) => (cell.persona === 'admin' ? 'CONFLICT' : 'FORBIDDEN'),
  },
];

function coordinatorOnly(cell: Cell): string {
  if (!sees(cell)) return 'NOT_FOUND';
  return cell.persona === 'coordinator' ? 'ok' : 'FORBIDDEN';
}

describe('communities: authorization matrix', () => {
  let stack: TestStack;
  const clients = {} as Record<Persona, GraphqlClient>;
  const ids = {} as Record<Persona | 'coCoordinator' | 'target' | 'applicant', string>;
  let counter = 0;

  /** A CoP with every persona in place (one coordinator more, so leaving is allowed). */
  async function freshCommunity(policy: Policy): Promise<string> {
    counter += 1;
    return insertCommunity(stack, {
      name: `Matrix ${policy} ${counter}`,
      slug: `matrix-${policy.toLowerCase().replace('_', '-')}-${counter}`,
      joinPolicy: policy,
      members: [
        { memberId: ids.pending, status: 'PENDING' },
        { memberId: ids.applicant, status: 'PENDING' },
        { memberId: ids.member },
        { memberId: ids.target },
        { memberId: ids.moderator, role: 'MODERATOR' },
        { memberId: ids.coordinator, role: 'COORDINATOR' },
        { memberId: ids.coCoordinator, role: 'COORDINATOR' },
      ],
    });
  }

  beforeAll(async () => {
    stack = await startStack();
    await setUpPersonas(stack, { ids, clients }, ['coCoordinator', 'target', 'applicant']);
  });
  afterAll(() => stack?.stop());

  it('does answer every query and mutation as the matrix says, for every persona and join policy', async () => {
    const shared = Object.fromEntries(
      await Promise.all(POLICIES.map(async (p) => [p, await freshCommunity(p)] as const)),
    ) as Record<Policy, string>;
    const { mismatches, cells } = await runMatrix({
      ops: MATRIX,
      personas: PERSONAS,
      policies: POLICIES,
      expected: (op, cell) => op.expected(cell),
      answer: async (op, { policy, persona }) => {
        const communityId = op.mutates ? await freshCommunity(policy) : shared[policy];
        const result = await clients[persona].request<Record<string, unknown>>(op.query, {
          c: communityId,
          applicant: ids.applicant,
          target: ids.target,
        });
        let actual = result.errors?.[0]?.extensions?.code ?? 'ok';
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shape differs per operation
        const data = result.data as Record<string, any> | null;
        if (op.name === 'community.members' && actual === 'ok') {
          const c = data!.community;
          actual =
            c.members && c.joinRequests
              ? 'members+requests'
              : c.members
                ? 'members'
                : c.joinRequests
                  ? 'requests'
                  : 'nothing';
        }
        if (op.name === 'communities(search)' && actual === 'ok') {
          const nodes: { id: string }[] = data!.communities.nodes;
          actual = nodes.some((n) => n.id === communityId) ? 'listed' : 'absent';
          // Counts and results agree: nothing hidden is counted either.
          if (data!.communities.totalCount !== nodes.length) actual = 'count-leak';
        }
        // Hidden CoPs never show up in errors: not by name, slug or id.
        if (!sees({ policy, persona }) && JSON.stringify(result).includes('matrix-hidden'))
          actual = 'leak';
        return actual;
      },
    });
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * PERSONAS.length * POLICIES.length);
  });

  it('does answer a hidden CoP exactly like a missing one', async () => {
    const hidden = await freshCommunity('HIDDEN');
    const query = `query($c: ID!) { community(id: $c) { id } }`;
    const missing = await clients.otherMember.request(query, {
      c: '00000000-0000-4000-8000-00000000dead',
    });
    const secret = await clients.otherMember.request(query, { c: hidden });
    expect(secret.errors?.map((e) => e.message)).toEqual(missing.errors?.map((e) => e.message));
    expect(secret.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
    const bySlug = await clients.otherMember.request(
      `{ community(slug: "matrix-hidden-${counter}") { id } }`,
    );
    expect(bySlug.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import {
  type Cell as PersonaCell,
  IN_COMMUNITY,
  type Persona,
  personaMemberships,
  PERSONAS,
  type Policy as AnyPolicy,
  runMatrix,
  sees,
  setUpPersonas,
} from './authorization-personas';
import { insertCommunity } from './communities-support';
import { insertMeeting, localInDays } from './meetings-support';

type Policy = Extract<AnyPolicy, 'OPEN' | 'HIDDEN'>;
const POLICIES: Policy[] = ['OPEN', 'HIDDEN'];
const MODERATING = ['moderator', 'coordinator'];

type Cell = PersonaCell<Policy>;
const allowed = (who: string[]) => (cell: Cell) =>
  !sees(cell) ? 'NOT_FOUND' : who.includes(cell.persona) ? 'ok' : 'FORBIDDEN';

const MATRIX: {
  name: string;
  query: string;
  /** Which meeting the operation gets: a fresh upcoming one, a fresh past one, or the shared one. */
  meeting: 'shared' | 'fresh' | 'held';
  expected: (cell: Cell) => string;
}[] = [
  {
    name: 'meetings(communityId)',
    query: `query($c: ID!) { meetings(communityId: $c) { totalCount nodes { id title goingCount } } }`,
    meeting: 'shared',
    expected: allowed(IN_COMMUNITY),
  },
  {
    name: 'meeting(id)',
    query: `query($m: ID!) { meeting(id: $m) { id title agenda onlineUrl viewerRsvp { status } followUps { id } } }`,
    meeting: 'shared',
    expected: allowed(IN_COMMUNITY),
  },
  {
    name: 'myUpcomingMeetings',
    query: `query { myUpcomingMeetings(first: 100) { totalCount nodes { id } } }`,
    meeting: 'shared',
    expected: (cell) => (IN_COMMUNITY.includes(cell.persona) ? 'listed' : 'absent'),
  },
  {
    name: 'GET /meetings/:id/ics',
    query: 'ics',
    meeting: 'shared',
    expected: allowed(IN_COMMUNITY),
  },
  {
    name: 'scheduleMeeting',
    query: `mutation($c: ID!, $s: String!, $e: String!) { scheduleMeeting(input: {
      communityId: $c, title: "Matrix", startsAt: $s, endsAt: $e, address: "Turfmarkt 147" }) { id } }`,
    meeting: 'shared',
    expected: allowed(MODERATING),
  },
  {
    name: 'updateMeeting',
    query: `mutation($m: ID!) { updateMeeting(input: { meetingId: $m, title: "Anders" }) { id } }`,
    meeting: 'fresh',
    expected: allowed(MODERATING),
  },
  {
    name: 'cancelMeeting',
    query: `mutation($m: ID!) { cancelMeeting(input: { meetingId: $m }) { id } }`,
    meeting: 'fresh',
    expected: allowed(MODERATING),
  },
  {
    name: 'rsvpToMeeting',
    query: `mutation($m: ID!) { rsvpToMeeting(input: { meetingId: $m, response: GOING }) { status } }`,
    meeting: 'fresh',
    expected: allowed(IN_COMMUNITY),
  },
  {
    name: 'recordMeetingFollowUp',
    query: `mutation($m: ID!) { recordMeetingFollowUp(input: { meetingId: $m, text: "Actie" }) { id } }`,
    meeting: 'held',
    expected: allowed(['coordinator']),
  },
  {
    name: 'recordMeetingNotes',
    query: `mutation($m: ID!) { recordMeetingNotes(input: { meetingId: $m, notes: "Verslag" }) { id } }`,
    meeting: 'held',
    expected: allowed(['coordinator']),
  },
];

const HTTP_CODE: Record<number, string> = {
  200: 'ok',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

describe('meetings: authorization matrix', () => {
  let stack: TestStack;
  const tokens = {} as Record<Persona, string | null>;
  const clients = {} as Record<Persona, GraphqlClient>;
  const ids = {} as Record<Persona, string>;
  const communities = {} as Record<Policy, string>;
  const shared = {} as Record<Policy, string>;

  beforeAll(async () => {
    stack = await startStack();
    await setUpPersonas(stack, { ids, clients, tokens });
    for (const policy of POLICIES) {
      communities[policy] = await insertCommunity(stack, {
        name: `Matrix ${policy}`,
        slug: `matrix-${policy.toLowerCase()}`,
        joinPolicy: policy,
        members: personaMemberships(ids),
      });
      shared[policy] = await insertMeeting(stack, {
        communityId: communities[policy],
        title: `Geheimzinnig ${policy}`,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
      });
    }
  });
  afterAll(() => stack?.stop());

  async function meetingFor(kind: 'shared' | 'fresh' | 'held', policy: Policy): Promise<string> {
    if (kind === 'shared') return shared[policy];
    const now = Date.now();
    const offset = kind === 'held' ? -2 * 86_400_000 : 86_400_000;
    return insertMeeting(stack, {
      communityId: communities[policy],
      title: `Geheimzinnig ${policy}`,
      startsAt: new Date(now + offset),
      endsAt: new Date(now + offset + 3_600_000),
    });
  }

  it('does answer every meeting query and mutation as the matrix says', async () => {
    const { mismatches, cells } = await runMatrix({
      ops: MATRIX,
      personas: PERSONAS,
      policies: POLICIES,
      expected: (op, cell) => op.expected(cell),
      answer: async (op, { policy, persona }) => {
        const meetingId = await meetingFor(op.meeting, policy);
        let actual: string;
        let body: string;
        if (op.query === 'ics') {
          const response = await fetch(`${stack.apiUrl}/meetings/${meetingId}/ics`, {
            headers: tokens[persona] ? { authorization: `Bearer ${tokens[persona]}` } : {},
          });
          body = await response.text();
          actual = HTTP_CODE[response.status] ?? String(response.status);
        } else {
          const result = await clients[persona].request<Record<string, unknown>>(op.query, {
            c: communities[policy],
            m: meetingId,
            s: localInDays(3, '10:00'),
            e: localInDays(3, '11:00'),
          });
          body = JSON.stringify(result);
          actual = result.errors?.[0]?.extensions?.code ?? 'ok';
          if (op.name === 'myUpcomingMeetings' && actual === 'ok') {
            const data = result.data as {
              myUpcomingMeetings: { totalCount: number; nodes: { id: string }[] };
            };
            actual = data.myUpcomingMeetings.nodes.some((n) => n.id === meetingId)
              ? 'listed'
              : 'absent';
            if (data.myUpcomingMeetings.totalCount !== data.myUpcomingMeetings.nodes.length)
              actual = 'count-leak';
          }
        }
        // Nothing about a meeting leaks to those who may not see it: not its title, not its CoP.
        const mayRead = IN_COMMUNITY.includes(persona);
        if (!mayRead && /Geheimzinnig|matrix-hidden|Matrix HIDDEN/.test(body)) actual = 'leak';
        return actual;
      },
    });
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * PERSONAS.length * POLICIES.length);
  });

  it('does answer a meeting of a hidden CoP exactly like a missing one', async () => {
    const query = `query($m: ID!) { meeting(id: $m) { id } }`;
    const missing = await clients.otherMember.request(query, {
      m: '00000000-0000-4000-8000-00000000dead',
    });
    const secret = await clients.otherMember.request(query, { m: shared.HIDDEN });
    expect(secret.errors?.map((e) => e.message)).toEqual(missing.errors?.map((e) => e.message));
    expect(secret.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
    const rsvp = `mutation($m: ID!) { rsvpToMeeting(input: { meetingId: $m, response: GOING }) { status } }`;
    const missingRsvp = await clients.admin.request(rsvp, {
      m: '00000000-0000-4000-8000-00000000dead',
    });
    const secretRsvp = await clients.otherMember.request(rsvp, { m: shared.HIDDEN });
    expect(secretRsvp.errors?.[0].extensions).toEqual(missingRsvp.errors?.[0].extensions);
  });
});

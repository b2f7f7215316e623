import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import {
  type Cell,
  IN_COMMUNITY,
  type Persona,
  personaMemberships,
  PERSONAS,
  type Policy,
  runMatrix,
  sees,
  setUpPersonas,
} from './authorization-personas';
import { insertCommunity } from './communities-support';
import { insertLesson } from './harvest-support';

const POLICIES: Policy[] = ['OPEN', 'ON_REQUEST', 'INVITE_ONLY', 'HIDDEN'];
const inCommunity = (cell: Cell) => IN_COMMUNITY.includes(cell.persona);

/** Members read both lessons of a CoP; everyone who may see the CoP reads the shared one. */
const readable = (cell: Cell) =>
  !sees(cell) ? 'NOT_FOUND' : inCommunity(cell) ? 'members+shared' : 'shared';

/** Lessons here are written by `member`: the author and coordinators may change them. */
const changeable = (audience: 'MEMBERS' | 'PLATFORM') => (cell: Cell) =>
  !sees(cell)
    ? 'NOT_FOUND'
    : !inCommunity(cell) && audience === 'MEMBERS'
      ? 'NOT_FOUND'
      : cell.persona === 'member' || cell.persona === 'coordinator'
        ? 'ok'
        : 'FORBIDDEN';

const MATRIX: {
  name: string;
  query: string;
  /** Mutations of a lesson get a fresh lesson per cell, written by `member`. */
  lesson?: 'MEMBERS' | 'PLATFORM';
  expected: (cell: Cell) => string;
}[] = [
  {
    name: 'harvest(communityId)',
    query: `query($c: ID!) { harvest(communityId: $c) { totalCount nodes { id audience community { id } } } }`,
    expected: readable,
  },
  {
    name: 'community.harvest',
    query: `query($c: ID!) { community(id: $c) { harvest { totalCount nodes { id audience } } } }`,
    expected: readable,
  },
  {
    name: 'harvest(audience: PLATFORM)',
    query: `{ harvest(audience: PLATFORM, first: 100) { totalCount nodes { id audience community { id slug } } } }`,
    expected: (cell) => (sees(cell) ? 'shared, named' : 'shared, unnamed'),
  },
  // The platform's lesson pages (/oogst and /oogst/<id>) read through these.
  {
    name: 'lessons',
    query: `{ lessons(first: 100) { totalCount nodes { id community { id } } } }`,
    expected: (cell) => (inCommunity(cell) ? 'members+shared' : sees(cell) ? 'shared' : 'none'),
  },
  {
    name: 'readableLesson (members only)',
    query: `query($members: ID!) { readableLesson(id: $members) { id title } }`,
    expected: (cell) => (inCommunity(cell) ? 'ok' : 'NOT_FOUND'),
  },
  {
    name: 'readableLesson (shared)',
    query: `query($shared: ID!) { readableLesson(id: $shared) { id title } }`,
    expected: (cell) => (sees(cell) ? 'ok' : 'NOT_FOUND'),
  },
  {
    name: 'harvestLesson',
    query: `mutation($c: ID!) { harvestLesson(input: { communityId: $c, title: "Matrixles", description: "Tekst", type: NEW_PRACTICE_IMPLEMENTED, audience: MEMBERS }) { id } }`,
    expected: (cell) => (!sees(cell) ? 'NOT_FOUND' : inCommunity(cell) ? 'ok' : 'FORBIDDEN'),
  },
  {
    name: 'updateLesson (members only)',
    query: `mutation($l: ID!) { updateLesson(input: { lessonId: $l, title: "Herzien" }) { id } }`,
    lesson: 'MEMBERS',
    expected: changeable('MEMBERS'),
  },
  {
    name: 'updateLesson (shared)',
    query: `mutation($l: ID!) { updateLesson(input: { lessonId: $l, title: "Herzien" }) { id } }`,
    lesson: 'PLATFORM',
    expected: changeable('PLATFORM'),
  },
  {
    name: 'deleteLesson (members only)',
    query: `mutation($l: ID!) { deleteLesson(input: { lessonId: $l }) }`,
    lesson: 'MEMBERS',
    expected: changeable('MEMBERS'),
  },
  {
    name: 'deleteLesson (shared)',
    query: `mutation($l: ID!) { deleteLesson(input: { lessonId: $l }) }`,
    lesson: 'PLATFORM',
    expected: changeable('PLATFORM'),
  },
];

describe('harvest: authorization matrix', () => {
  let stack: TestStack;
  const clients = {} as Record<Persona, GraphqlClient>;
  const ids = {} as Record<Persona, string>;
  const communities = {} as Record<Policy, string>;
  const lessons = {} as Record<Policy, { members: string; shared: string }>;

  beforeAll(async () => {
    stack = await startStack();
    await setUpPersonas(stack, { ids, clients });
    for (const policy of POLICIES) {
      communities[policy] = await insertCommunity(stack, {
        name: `Oogst ${policy}`,
        slug: `oogst-${policy.toLowerCase().replace('_', '-')}`,
        joinPolicy: policy,
        members: personaMemberships(ids),
      });
      const lesson = (audience: 'MEMBERS' | 'PLATFORM') =>
        insertLesson(stack, {
          communityId: communities[policy],
          authorId: ids.member,
          title: `Les ${policy} ${audience}`,
          audience,
        });
      lessons[policy] = { members: await lesson('MEMBERS'), shared: await lesson('PLATFORM') };
    }
  });
  afterAll(() => stack?.stop());

  it('does answer every harvest query and mutation as the matrix says', async () => {
    const { mismatches, cells } = await runMatrix({
      ops: MATRIX,
      personas: PERSONAS,
      policies: POLICIES,
      expected: (op, cell) => op.expected(cell),
      answer: async (op, { policy, persona }) => {
        const cell = { policy, persona };
        const lessonId = op.lesson
          ? await insertLesson(stack, {
              communityId: communities[policy],
              authorId: ids.member,
              title: `Te wijzigen ${policy}`,
              audience: op.lesson,
            })
          : null;
        const result = await clients[persona].request<Record<string, unknown>>(op.query, {
          c: communities[policy],
          l: lessonId,
          members: lessons[policy].members,
          shared: lessons[policy].shared,
        });
        let actual = result.errors?.[0]?.extensions?.code ?? 'ok';
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shape differs per operation
        const data = result.data as Record<string, any> | null;
        if (actual === 'ok' && op.name === 'lessons') {
          const found = (data!.lessons.nodes as { id: string }[]).map((n) => n.id);
          const own = lessons[policy];
          actual =
            found.includes(own.members) && found.includes(own.shared)
              ? 'members+shared'
              : found.includes(own.members)
                ? 'members without shared'
                : found.includes(own.shared)
                  ? 'shared'
                  : 'none';
        } else if (actual === 'ok' && !op.name.includes('Lesson')) {
          const connection =
            op.name === 'community.harvest' ? data!.community.harvest : data!.harvest;
          const nodes: { id: string; community?: { id: string } | null }[] = connection.nodes;
          const found = nodes.map((n) => n.id);
          const own = lessons[policy];
          if (op.name === 'harvest(audience: PLATFORM)') {
            const shared = nodes.find((n) => n.id === own.shared);
            actual = !shared
              ? 'absent'
              : found.includes(own.members)
                ? 'members-only leak'
                : shared.community
                  ? 'shared, named'
                  : 'shared, unnamed';
          } else {
            actual =
              found.includes(own.members) && found.includes(own.shared)
                ? 'members+shared'
                : found.includes(own.shared)
                  ? 'shared'
                  : `unexpected ${found.length}`;
          }
          // Counts and results agree: nothing unreadable is counted.
          if (connection.totalCount !== nodes.length) actual = 'count-leak';
        }
        // A hidden CoP never shows up for those who may not see it: not by name, slug or id.
        const text = JSON.stringify({ data: result.data, errors: result.errors });
        if (
          !sees(cell) &&
          (text.includes('oogst-hidden') ||
            text.includes('Oogst HIDDEN') ||
            text.includes(communities.HIDDEN))
        )
          actual = 'leak';
        return actual;
      },
    });
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * PERSONAS.length * POLICIES.length);
  });

  it('does answer a lesson in a hidden CoP exactly like a missing one', async () => {
    const query = `mutation($l: ID!) { updateLesson(input: { lessonId: $l, title: "Probeer" }) { id } }`;
    const missing = await clients.otherMember.request(query, {
      l: '00000000-0000-4000-8000-00000000dead',
    });
    const secret = await clients.otherMember.request(query, { l: lessons.HIDDEN.shared });
    expect(secret.errors?.map((e) => e.message)).toEqual(missing.errors?.map((e) => e.message));
    expect(secret.errors?.[0].extensions).toEqual(missing.errors?.[0].extensions);
  });
});

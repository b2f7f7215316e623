import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { expectedFor, signInPersonas } from './authorization-personas';

/** The people the leergroep matrix asks about, from outsider to platform admin. */
type Persona = 'anonymous' | 'otherMember' | 'applicant' | 'groupMember' | 'facilitator' | 'admin';
const PERSONAS: Persona[] = [
  'anonymous',
  'otherMember',
  'applicant',
  'groupMember',
  'facilitator',
  'admin',
];
const MANAGES = ['facilitator', 'admin'];
const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** What each operation must answer per persona: 'ok', an error code, or what is shown. */
const MATRIX: {
  name: string;
  query: string;
  summarise?: (data: Record<string, unknown>) => string;
  expected: (persona: Persona) => string;
}[] = [
  {
    name: 'learningGroups',
    query: `{ learningGroups(first: 10) { totalCount nodes { id name status } } }`,
    expected: () => 'ok',
  },
  {
    name: 'learningGroup.groups (members and schedule)',
    query: `query($running: ID!) { learningGroup(id: $running) { groups { number members { id } sessions } } }`,
    summarise: (data) => {
      const groups = (data.learningGroup as { groups: { number: number }[] | null }).groups;
      return groups === null ? 'nothing' : `groups ${groups.map((g) => g.number).join(',')}`;
    },
    expected: (p) =>
      MANAGES.includes(p) ? 'groups 1,2' : p === 'groupMember' ? 'groups 1' : 'nothing',
  },
  {
    name: 'learningGroup.applications and proposal',
    query: `query($open: ID!) { learningGroup(id: $open) { applications { id } proposal { proposedAt } } }`,
    summarise: (data) => {
      const g = data.learningGroup as { applications: unknown[] | null; proposal: unknown };
      return g.applications === null && g.proposal === null
        ? 'nothing'
        : `applications ${g.applications?.length}`;
    },
    expected: (p) => (MANAGES.includes(p) ? 'applications 5' : 'nothing'),
  },
  {
    name: 'learningGroup.viewerApplication',
    query: `query($open: ID!) { learningGroup(id: $open) { viewerApplication { id learningWish } } }`,
    summarise: (data) =>
      (data.learningGroup as { viewerApplication: unknown }).viewerApplication ? 'own' : 'none',
    expected: (p) => (p === 'applicant' ? 'own' : 'none'),
  },
  {
    name: 'learningGroupApplication(id) of the applicant',
    query: `query($application: ID!) { learningGroupApplication(id: $application) { id applicant { id } programme { name } } }`,
    expected: (p) =>
      p === 'anonymous'
        ? 'UNAUTHENTICATED'
        : p === 'applicant' || MANAGES.includes(p)
          ? 'ok'
          : 'NOT_FOUND',
  },
  {
    name: 'proposeLearningGroupComposition',
    query: `mutation($open: ID!) { proposeLearningGroupComposition(input: { learningGroupId: $open }) { status } }`,
    expected: (p) =>
      p === 'anonymous' ? 'UNAUTHENTICATED' : MANAGES.includes(p) ? 'ok' : 'FORBIDDEN',
  },
  {
    name: 'confirmLearningGroupComposition (already running)',
    query: `mutation($running: ID!) { confirmLearningGroupComposition(input: { learningGroupId: $running }) { status } }`,
    expected: (p) =>
      p === 'anonymous' ? 'UNAUTHENTICATED' : MANAGES.includes(p) ? 'CONFLICT' : 'FORBIDDEN',
  },
  {
    name: 'finishLearningGroup (not running)',
    query: `mutation($open: ID!) { finishLearningGroup(input: { learningGroupId: $open }) { status } }`,
    expected: (p) => (MANAGES.includes(p) ? 'CONFLICT' : 'FORBIDDEN'),
  },
  {
    name: 'createLearningGroup',
    query: `mutation($facilitator: ID!) { createLearningGroup(input: { name: "Matrix", facilitatorId: $facilitator, cohortStartsOn: "2027-01-01", cohortEndsOn: "2027-12-31", firstSessionAt: "2027-01-12T14:00" }) { id } }`,
    expected: (p) => (p === 'anonymous' ? 'UNAUTHENTICATED' : p === 'admin' ? 'ok' : 'FORBIDDEN'),
  },
];

describe('leergroepen authorization matrix', () => {
  let stack: TestStack;
  const ids = {} as Record<Persona, string>;
  const clients = {} as Record<Persona, GraphqlClient>;
  const vars: Record<string, string> = {};

  async function programme(memberId: string, n: number): Promise<string> {
    const rows: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
       VALUES ($1, $2, $3, 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', true) RETURNING id`,
      [memberId, `Programma ${n}`, ministry((n % 12) + 1)],
    );
    return rows[0].id;
  }

  async function learningGroup(status: string): Promise<string> {
    const rows: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status)
       VALUES ($1, $2, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, $3) RETURNING id`,
      [`Leergroep ${status}`, ids.facilitator, status],
    );
    return rows[0].id;
  }

  async function apply(groupId: string, memberId: string, n: number, status = 'APPLIED') {
    const rows: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish, status)
       VALUES ($1, $2, $3, 'Leren van andere programma''s.', $4) RETURNING id`,
      [groupId, memberId, await programme(memberId, n), status],
    );
    return rows[0].id;
  }

  beforeAll(async () => {
    stack = await startStack();
    await signInPersonas(stack, PERSONAS, { ids, clients });
    vars.facilitator = ids.facilitator;

    // A running leergroep: groupMember and three others in group 1, four more in group 2.
    vars.running = await learningGroup('RUNNING');
    const others: string[] = [];
    for (let i = 0; i < 7; i++)
      others.push(await insertMember(stack, { email: `lid${i}@minbzk.nl`, name: `Lid ${i}` }));
    const placed = [ids.groupMember, ...others];
    for (const [i, memberId] of placed.entries()) {
      await apply(vars.running, memberId, i, 'PLACED');
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [vars.running, memberId, i < 4 ? 1 : 2],
      );
    }
    // A leergroep open for applications: the applicant and four others applied.
    vars.open = await learningGroup('OPEN_FOR_APPLICATIONS');
    vars.application = await apply(vars.open, ids.applicant, 20);
    for (let i = 0; i < 4; i++) await apply(vars.open, others[i], 30 + i);
  }, 60_000);

  afterAll(() => stack?.stop());

  it('does answer a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    const malformed = await clients.admin.request(`{ learningGroup(id: "x") { id } }`);
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', message: 'id must be a learning group id' }],
    });
    const unknown = await clients.admin.request(
      `{ learningGroup(id: "00000000-0000-4000-8000-00000000ffff") { id } }`,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const application = await clients.admin.request(
      `{ learningGroupApplication(id: "00000000-0000-4000-8000-00000000ffff") { id } }`,
    );
    expect(application.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  const cells = MATRIX.flatMap((op) => PERSONAS.map((persona) => ({ op, persona })));
  it.each(cells.map((c) => [c.op.name, c.persona, c] as const))(
    'does answer %s for %s as the matrix says',
    async (_name, persona, { op }) => {
      const used = Object.fromEntries(
        Object.entries(vars).filter(([key]) => op.query.includes(`$${key}`)),
      );
      const result = await clients[persona].request<Record<string, unknown>>(op.query, used);
      const actual = result.errors?.length
        ? (result.errors[0].extensions?.code ?? 'ERROR')
        : op.summarise
          ? op.summarise(result.data!)
          : 'ok';
      // Everything here needs a member: anonymous callers are told to sign in first.
      expect(actual).toBe(expectedFor(persona, () => op.expected(persona)));
    },
  );
});

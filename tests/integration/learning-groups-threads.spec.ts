import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import { expectedFor } from './authorization-personas';
import { type Persona, PERSONAS, type Session, SessionsWorld } from './learning-groups-support';

describe('leergroep rode draden', () => {
  let stack: TestStack;
  let w: SessionsWorld;
  let ids: Record<Persona, string>;
  let clients: Record<Persona, GraphqlClient>;
  let running: string;

  beforeAll(async () => {
    stack = await startStack();
    w = await SessionsWorld.start(stack);
    ({ ids, clients } = w);
  }, 60_000);

  afterAll(() => stack?.stop());

  const CREATE = `mutation($input: CreateLearningGroupThreadInput!) {
    createLearningGroupThread(input: $input) { id title body themes author { id } sessions { id groupNumber } }
  }`;
  const UPDATE_THREAD = `mutation($input: UpdateLearningGroupThreadInput!) {
    updateLearningGroupThread(input: $input) { id title themes sessions { id } }
  }`;
  const LIST = `query($g: ID!, $theme: String, $first: Int) {
    learningGroupThreads(learningGroupId: $g, theme: $theme, first: $first) {
      totalCount
      nodes { id title themes author { id name } sessions { id groupNumber sequence } }
    }
  }`;
  interface Thread {
    id: string;
    title: string;
    themes: string[];
    sessions: { id: string; groupNumber: number }[];
  }
  let s1: Session[];
  let s2: Session[];
  const count = async () =>
    (await stack.dataSource.query(`SELECT count(*)::int AS n FROM learning_group_thread`))[0]
      .n as number;

  // Each test its own running leergroep: threads and counts start from nothing.
  beforeEach(async () => {
    running = await w.freshRunning();
    s1 = await w.sessionsOf(clients.facilitator, running, 1);
    s2 = await w.sessionsOf(clients.facilitator, running, 2);
  });

  /** member1's rode draad in group 1 (themes sturing and budget, the first two sessions). */
  const recordSteering = () =>
    clients.member1.ok(CREATE, {
      input: {
        learningGroupId: running,
        title: '  Sturen zonder mandaat ',
        body: 'Komt elke bijeenkomst terug.',
        themes: ['Sturing', ' sturing ', 'Budget'],
        sessionIds: [s1[0].id, s1[1].id],
      },
    });

  it('does let a member record a rode draad with themes (as tags) and sessions of their group', async () => {
    const { createLearningGroupThread } = await clients.member1.ok<{
      createLearningGroupThread: Thread & { author: { id: string } };
    }>(CREATE, {
      input: {
        learningGroupId: running,
        title: '  Sturen zonder mandaat ',
        body: 'Komt elke bijeenkomst terug.',
        themes: ['Sturing', ' sturing ', 'Budget'],
        sessionIds: [s1[0].id, s1[1].id],
      },
    });
    expect(createLearningGroupThread).toMatchObject({
      title: 'Sturen zonder mandaat',
      themes: ['sturing', 'budget'],
      author: { id: ids.member1 },
      sessions: [{ id: s1[0].id }, { id: s1[1].id }],
    });
  });

  it('does refuse bad input with fields, writing nothing', async () => {
    const before = await count();
    const other = await clients.member1.request(CREATE, {
      input: { learningGroupId: running, title: 'Andere groep', sessionIds: [s2[0].id] },
    });
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'sessionIds.0',
          message: 'sessionIds must be sessions of your group in this leergroep',
        },
      ],
    });
    const short = await clients.member1.request(CREATE, {
      input: { learningGroupId: running, title: 'x', themes: ['a'] },
    });
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (short.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['themes', 'title']);
    expect(await count()).toBe(before);
  });

  it('does list per leergroep, filter by theme and show each viewer only the sessions of groups they see', async () => {
    await recordSteering();
    await clients.facilitator.ok(CREATE, {
      input: {
        learningGroupId: running,
        title: 'Eigenaarschap in de keten',
        themes: ['Eigenaarschap', 'sturing'],
        sessionIds: [s1[2].id, s2[2].id],
      },
    });
    const all = await clients.facilitator.ok<{
      learningGroupThreads: { totalCount: number; nodes: Thread[] };
    }>(LIST, { g: running });
    expect(all.learningGroupThreads.totalCount).toBe(2);
    const ownership = await clients.member2.ok<{
      learningGroupThreads: { totalCount: number; nodes: Thread[] };
    }>(LIST, { g: running, theme: 'EIGENAARSCHAP' });
    expect(ownership.learningGroupThreads.totalCount).toBe(1);
    expect(ownership.learningGroupThreads.nodes[0].sessions).toEqual([
      { id: s2[2].id, groupNumber: 2, sequence: 3 },
    ]);
    const forMember1 = await clients.member1.ok<{
      learningGroupThreads: { nodes: Thread[] };
    }>(LIST, { g: running, theme: 'sturing' });
    expect(forMember1.learningGroupThreads.nodes.map((t) => t.sessions.length)).toEqual([1, 2]);
    expect(
      forMember1.learningGroupThreads.nodes.flatMap((t) => t.sessions.map((x) => x.groupNumber)),
    ).toEqual([1, 1, 1]);
  });

  it('does let only the author and the facilitator change a rode draad', async () => {
    await recordSteering();
    const list = await clients.member1.ok<{ learningGroupThreads: { nodes: Thread[] } }>(LIST, {
      g: running,
      theme: 'budget',
    });
    const threadId = list.learningGroupThreads.nodes[0].id;
    const input = { threadId, title: 'Sturen zonder mandaat (bijgewerkt)', themes: ['sturing'] };
    const byOther = await clients.member2.request(UPDATE_THREAD, { input });
    expect(byOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOutsider = await clients.otherMember.request(UPDATE_THREAD, { input });
    expect(byOutsider.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const { updateLearningGroupThread } = await clients.facilitator.ok<{
      updateLearningGroupThread: Thread;
    }>(UPDATE_THREAD, { input: { ...input, sessionIds: [s2[0].id] } });
    expect(updateLearningGroupThread).toMatchObject({
      title: 'Sturen zonder mandaat (bijgewerkt)',
      themes: ['sturing'],
      sessions: [{ id: s2[0].id }],
    });
    const own = await clients.member1.ok<{ updateLearningGroupThread: Thread }>(UPDATE_THREAD, {
      input: { ...input, sessionIds: [s1[0].id] },
    });
    expect(own.updateLearningGroupThread.sessions).toEqual([{ id: s1[0].id }]);
  });

  const THREAD_MATRIX: { name: string; query: string }[] = [
    {
      name: 'learningGroupThreads',
      query: `query($g: ID!) { learningGroupThreads(learningGroupId: $g) { totalCount nodes { id sessions { id } } } }`,
    },
    {
      name: 'createLearningGroupThread',
      query: `mutation($g: ID!) { createLearningGroupThread(input: { learningGroupId: $g, title: "Matrix" }) { id } }`,
    },
  ];
  it.each(THREAD_MATRIX.flatMap((op) => PERSONAS.map((p) => [op.name, p, op] as const)))(
    'does answer %s for %s as the matrix says',
    async (_name, persona, op) => {
      const result = await clients[persona].request(op.query, { g: running });
      const actual = result.errors?.length ? result.errors[0].extensions?.code : 'ok';
      const expected = expectedFor(persona, () =>
        persona === 'otherMember' || persona === 'applicant' ? 'FORBIDDEN' : 'ok',
      );
      expect(actual).toBe(expected);
    },
  );

  it('does read a page of rode draden in a fixed number of statements', async () => {
    for (let i = 0; i < 12; i++)
      await clients.facilitator.ok(CREATE, {
        input: {
          learningGroupId: running,
          title: `Rode draad ${i}`,
          themes: ['lijst'],
          sessionIds: [s1[i % 9].id, s2[i % 9].id],
        },
      });
    const counted = (first: number) =>
      stack.countQueries(() => clients.member1.ok(LIST, { g: running, theme: 'lijst', first }));
    const few = await counted(2);
    const many = await counted(12);
    expect(many.queries).toBe(few.queries);
  });
});

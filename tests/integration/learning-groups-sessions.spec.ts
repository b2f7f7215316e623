import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

type Persona =
  'anonymous' | 'otherMember' | 'applicant' | 'member1' | 'member2' | 'facilitator' | 'admin';
const PERSONAS: Persona[] = [
  'anonymous',
  'otherMember',
  'applicant',
  'member1',
  'member2',
  'facilitator',
  'admin',
];
const MANAGES = ['facilitator', 'admin'];

const SESSIONS = `query($g: ID!, $n: Int!) {
  learningGroupSessions(learningGroupId: $g, groupNumber: $n) {
    id groupNumber sequence startsAt startsAtLocal agenda notes
    attendance { status member { id name } }
  }
}`;
const UPDATE = `mutation($input: UpdateLearningGroupSessionInput!) {
  updateLearningGroupSession(input: $input) { id startsAtLocal agenda notes }
}`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) {
  recordLearningGroupAttendance(input: $input) { id attendance { status member { id } } }
}`;

interface Session {
  id: string;
  sequence: number;
  startsAt: string;
  startsAtLocal: string;
  agenda: string;
  notes: string;
  attendance: { status: string; member: { id: string } | null }[];
}

describe('leergroep sessions', () => {
  let stack: TestStack;
  const ids = {} as Record<Persona, string>;
  const clients = {} as Record<Persona, GraphqlClient>;
  const group1: string[] = [];
  const group2: string[] = [];
  let running: string;

  async function learningGroup(status: string, cadence = 6): Promise<string> {
    const rows: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status, cadence_weeks)
       VALUES ($1, $2, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, $3, $4) RETURNING id`,
      [`Leergroep ${status} ${cadence}`, ids.facilitator, status, cadence],
    );
    return rows[0].id;
  }

  async function place(groupId: string, members: string[], number: number) {
    for (const memberId of members)
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [groupId, memberId, number],
      );
  }

  async function sessionsOf(client: GraphqlClient, g: string, n: number): Promise<Session[]> {
    const data = await client.ok<{ learningGroupSessions: Session[] }>(SESSIONS, { g, n });
    return data.learningGroupSessions;
  }

  beforeAll(async () => {
    stack = await startStack();
    for (const who of PERSONAS) {
      if (who === 'anonymous') continue;
      ids[who] = await insertMember(stack, {
        email: `${who.toLowerCase()}@minbzk.nl`,
        name: `Persona ${who}`,
        admin: who === 'admin',
      });
      clients[who] = await sessionFor(stack, `${who.toLowerCase()}@minbzk.nl`);
    }
    clients.anonymous = stack.graphql;
    group1.push(ids.member1);
    group2.push(ids.member2);
    for (let i = 0; i < 6; i++) {
      const id = await insertMember(stack, { email: `lid${i}@minbzk.nl`, name: `Lid ${i}` });
      (i < 3 ? group1 : group2).push(id);
    }
    running = await learningGroup('RUNNING');
    await place(running, group1, 1);
    await place(running, group2, 2);
    // The applicant applied but was not placed.
    const [programme]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
       VALUES ($1, 'Programma', '00000000-0000-4000-8000-000000000003', 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', false)
       RETURNING id`,
      [ids.applicant],
    );
    await stack.dataSource.query(
      `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish, status)
       VALUES ($1, $2, $3, 'Leren van andere programma''s.', 'NOT_PLACED')`,
      [running, ids.applicant, programme.id],
    );
  }, 60_000);

  afterAll(() => stack?.stop());

  it('does materialise the schedule once, the same on every read (group 2 a week later)', async () => {
    const [first, second, other] = await Promise.all([
      sessionsOf(clients.facilitator, running, 1),
      sessionsOf(clients.member1, running, 1),
      sessionsOf(clients.admin, running, 2),
    ]);
    expect(first.map((s) => s.id)).toEqual(second.map((s) => s.id));
    expect(first.map((s) => s.sequence)).toEqual(first.map((_, i) => i + 1));
    // Every 6 weeks from 12 January to the end of 2027: 9 sessions, always at 14:00 local.
    expect(first).toHaveLength(9);
    expect(first[0]).toMatchObject({ startsAtLocal: '2027-01-12T14:00', agenda: '', notes: '' });
    expect(first[0].startsAt).toBe('2027-01-12T13:00:00.000Z');
    expect(first[3].startsAtLocal).toBe('2027-05-18T14:00'); // summer time: still 14:00
    expect(first[3].startsAt).toBe('2027-05-18T12:00:00.000Z');
    expect(other[0].startsAtLocal).toBe('2027-01-19T14:00');
    const again = await sessionsOf(clients.facilitator, running, 1);
    expect(again.map((s) => s.id)).toEqual(first.map((s) => s.id));
    const [{ count }] = await stack.dataSource.query(
      `SELECT count(*)::int AS count FROM learning_group_session WHERE learning_group_id = $1`,
      [running],
    );
    expect(count).toBe(first.length + other.length);
  });

  it('does show no sessions before the leergroep is confirmed', async () => {
    const open = await learningGroup('OPEN_FOR_APPLICATIONS');
    expect(await sessionsOf(clients.facilitator, open, 1)).toEqual([]);
  });

  it('does let the facilitator reschedule, set the agenda and notes, seen by the group', async () => {
    const [session] = await sessionsOf(clients.facilitator, running, 1);
    const { updateLearningGroupSession } = await clients.facilitator.ok<{
      updateLearningGroupSession: Session;
    }>(UPDATE, {
      input: {
        sessionId: session.id,
        startsAt: '2027-01-13T09:30',
        agenda: '  Kennismaken en leervragen  ',
      },
    });
    expect(updateLearningGroupSession).toMatchObject({
      startsAtLocal: '2027-01-13T09:30',
      agenda: 'Kennismaken en leervragen',
    });
    await clients.admin.ok(UPDATE, {
      input: { sessionId: session.id, notes: 'Goede start; volgende keer casus.' },
    });
    const [seen] = await sessionsOf(clients.member1, running, 1);
    expect(seen).toMatchObject({
      id: session.id,
      startsAt: '2027-01-13T08:30:00.000Z',
      agenda: 'Kennismaken en leervragen',
      notes: 'Goede start; volgende keer casus.',
    });
    // The leergroep's group overview shows the moved session too, not the computed schedule.
    const { learningGroup } = await clients.member1.ok<{
      learningGroup: { groups: { number: number; sessions: string[] }[] };
    }>(`query($g: ID!) { learningGroup(id: $g) { groups { number sessions } } }`, { g: running });
    expect(learningGroup.groups.find((g) => g.number === 1)?.sessions[0]).toBe(
      '2027-01-13T08:30:00.000Z',
    );
  });

  it('does refuse a time that does not exist in Amsterdam, a bad format and a time outside the cohort, writing nothing', async () => {
    const sessions = await sessionsOf(clients.facilitator, running, 1);
    const session = sessions[2];
    for (const [startsAt, message] of [
      ['2027-03-28T02:30', 'startsAt does not exist in Amsterdam (the clocks move forward then)'],
      ['2027-02-30T14:00', 'startsAt must be a local time like 2027-01-12T14:00'],
      ['2028-02-01T14:00', 'startsAt must fall within the cohort'],
      ['morgen', 'startsAt must be a local time like 2027-01-12T14:00'],
    ]) {
      const result = await clients.facilitator.request(UPDATE, {
        input: { sessionId: session.id, startsAt, agenda: 'Mag niet landen' },
      });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'startsAt', message }],
      });
    }
    const after = await sessionsOf(clients.facilitator, running, 1);
    expect(after[2]).toEqual(session);
    const long = await clients.facilitator.request(UPDATE, {
      input: { sessionId: session.id, agenda: 'x'.repeat(4001) },
    });
    expect(long.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'agenda', message: 'agenda must be at most 4000 characters' }],
    });
    const unknown = await clients.facilitator.request(UPDATE, {
      input: { sessionId: '00000000-0000-4000-8000-00000000ffff', agenda: 'x' },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('does record attendance per member of the group, refusing anyone else without writing', async () => {
    const [session] = await sessionsOf(clients.facilitator, running, 1);
    const bad = await clients.facilitator.request(ATTENDANCE, {
      input: {
        sessionId: session.id,
        attendance: [
          { memberId: group1[0], status: 'PRESENT' },
          { memberId: group2[0], status: 'PRESENT' },
          { memberId: group1[0], status: 'ABSENT' },
        ],
      },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'attendance.1.memberId', message: 'memberId must be a member of this group' },
        { field: 'attendance.2.memberId', message: 'memberId appears more than once' },
      ],
    });
    const badStatus = await clients.facilitator.request(ATTENDANCE, {
      input: { sessionId: session.id, attendance: [{ memberId: group1[0], status: 'LATE' }] },
    });
    expect(badStatus.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await sessionsOf(clients.facilitator, running, 1))[0].attendance).toEqual([]);

    await clients.facilitator.ok(ATTENDANCE, {
      input: {
        sessionId: session.id,
        attendance: [
          { memberId: group1[0], status: 'PRESENT' },
          { memberId: group1[1], status: 'ABSENT' },
          { memberId: group1[2], status: 'EXCUSED' },
        ],
      },
    });
    // Again for one member: the status changes, no second row.
    await clients.facilitator.ok(ATTENDANCE, {
      input: { sessionId: session.id, attendance: [{ memberId: group1[1], status: 'EXCUSED' }] },
    });
    const [seen] = await sessionsOf(clients.member1, running, 1);
    const byMember = Object.fromEntries(seen.attendance.map((a) => [a.member?.id, a.status]));
    expect(byMember).toEqual({
      [group1[0]]: 'PRESENT',
      [group1[1]]: 'EXCUSED',
      [group1[2]]: 'EXCUSED',
    });
  });

  describe('authorization matrix', () => {
    const vars: Record<string, string> = {};
    beforeAll(async () => {
      vars.g = running;
      vars.session = (await sessionsOf(clients.facilitator, running, 1))[1].id;
      vars.member = group1[0];
    });

    const MATRIX: { name: string; query: string; expected: (p: Persona) => string }[] = [
      {
        name: 'learningGroupSessions of group 1',
        query: `query($g: ID!) { learningGroupSessions(learningGroupId: $g, groupNumber: 1) { id agenda notes attendance { status } } }`,
        expected: (p) => (MANAGES.includes(p) || p === 'member1' ? 'ok' : 'FORBIDDEN'),
      },
      {
        name: 'learningGroupSessions of group 2',
        query: `query($g: ID!) { learningGroupSessions(learningGroupId: $g, groupNumber: 2) { id } }`,
        expected: (p) => (MANAGES.includes(p) || p === 'member2' ? 'ok' : 'FORBIDDEN'),
      },
      {
        name: 'updateLearningGroupSession (group 1)',
        query: `mutation($session: ID!) { updateLearningGroupSession(input: { sessionId: $session, agenda: "Agenda" }) { id } }`,
        expected: (p) => (MANAGES.includes(p) ? 'ok' : p === 'member1' ? 'FORBIDDEN' : 'NOT_FOUND'),
      },
      {
        name: 'recordLearningGroupAttendance (group 1)',
        query: `mutation($session: ID!, $member: ID!) { recordLearningGroupAttendance(input: { sessionId: $session, attendance: [{ memberId: $member, status: PRESENT }] }) { id } }`,
        expected: (p) => (MANAGES.includes(p) ? 'ok' : p === 'member1' ? 'FORBIDDEN' : 'NOT_FOUND'),
      },
    ];
    const cells = MATRIX.flatMap((op) => PERSONAS.map((persona) => ({ op, persona })));
    it.each(cells.map((c) => [c.op.name, c.persona, c] as const))(
      'does answer %s for %s as the matrix says',
      async (_name, persona, { op }) => {
        const used = Object.fromEntries(
          Object.entries(vars).filter(([key]) => op.query.includes(`$${key}`)),
        );
        const result = await clients[persona].request(op.query, used);
        const actual = result.errors?.length
          ? (result.errors[0].extensions?.code ?? 'ERROR')
          : 'ok';
        expect(actual).toBe(persona === 'anonymous' ? 'UNAUTHENTICATED' : op.expected(persona));
      },
    );
  });

  it('does read a group’s sessions with attendance in a fixed number of statements', async () => {
    async function statements(cadence: number) {
      const g = await learningGroup('RUNNING', cadence);
      await place(g, group1, 1);
      const sessions = await sessionsOf(clients.facilitator, g, 1); // materialise first
      for (const s of sessions)
        await clients.facilitator.ok(ATTENDANCE, {
          input: {
            sessionId: s.id,
            attendance: group1.map((memberId) => ({ memberId, status: 'PRESENT' })),
          },
        });
      const { result, queries } = await stack.countQueries(() =>
        sessionsOf(clients.facilitator, g, 1),
      );
      return { count: result.length, queries };
    }
    const few = await statements(12);
    const many = await statements(2);
    expect(many.count).toBeGreaterThan(few.count * 4);
    expect(many.queries).toBe(few.queries);
  });

  describe('rode draden', () => {
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

    beforeAll(async () => {
      s1 = await sessionsOf(clients.facilitator, running, 1);
      s2 = await sessionsOf(clients.facilitator, running, 2);
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
        const expected =
          persona === 'anonymous'
            ? 'UNAUTHENTICATED'
            : persona === 'otherMember' || persona === 'applicant'
              ? 'FORBIDDEN'
              : 'ok';
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
});

describe('leergroep reflections after a session', () => {
  let stack: TestStack;
  let facilitator: GraphqlClient;
  let admin: GraphqlClient;
  let outsider: GraphqlClient;
  const group1: { id: string; email: string; client: GraphqlClient }[] = [];
  const group2: { id: string; email: string; client: GraphqlClient }[] = [];
  let learningGroupId: string;
  let sessions: { id: string; sequence: number }[];

  const SESSIONS = `query($g: ID!, $n: Int!) {
    learningGroupSessions(learningGroupId: $g, groupNumber: $n) {
      id sequence reflections { member { id } happened yielded adjust }
    }
  }`;
  const SUBMIT = `mutation($input: LearningGroupReflectionInput!) {
    submitLearningGroupReflection(input: $input) { sessionId happened yielded adjust member { id } }
  }`;
  const EDIT = `mutation($input: LearningGroupReflectionInput!) {
    updateLearningGroupReflection(input: $input) { happened }
  }`;
  const answers = (sessionId: string, happened = 'We deelden casussen.') => ({
    sessionId,
    happened,
    yielded: 'Inzicht in sturing.',
    adjust: 'Meer tijd voor de casus.',
  });

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    facilitator = await sessionFor(stack, 'begeleider@adviespool.nl');
    await insertMember(stack, { email: 'admin@minbzk.nl', name: 'Beheer', admin: true });
    admin = await sessionFor(stack, 'admin@minbzk.nl');
    await insertMember(stack, { email: 'buiten@minbzk.nl', name: 'Buitenstaander' });
    outsider = await sessionFor(stack, 'buiten@minbzk.nl');
    // The first session of group 1 was two days ago; a session every week; group 2 a week later.
    const [row]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status, cadence_weeks, session_minutes)
       VALUES ('Leergroep reflectie', $1, current_date - 10, current_date + 60,
               date_trunc('minute', now() - interval '2 days'), 4, 'RUNNING', 1, 120) RETURNING id`,
      [facilitatorId],
    );
    learningGroupId = row.id;
    for (let i = 0; i < 8; i++) {
      const email = `lid${i}@minbzk.nl`;
      const id = await insertMember(stack, { email, name: `Lid ${i}` });
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [learningGroupId, id, i < 4 ? 1 : 2],
      );
      (i < 4 ? group1 : group2).push({ id, email, client: await sessionFor(stack, email) });
    }
  }, 60_000);

  afterAll(() => stack?.stop());

  it('does email each member of the group once after the session, with a link to the form', async () => {
    const data = await group1[0].client.ok<{
      learningGroupSessions: { id: string; sequence: number }[];
    }>(SESSIONS, { g: learningGroupId, n: 1 });
    sessions = data.learningGroupSessions;
    for (const member of group1) {
      const mail = await stack.mail.waitFor(
        (m) => m.to.includes(member.email) && m.subject.includes('Reflectie op bijeenkomst 1'),
      );
      expect(mail.text).toContain(`/leergroepen/${learningGroupId}#reflectie-${sessions[0].id}`);
    }
    // Planning again (a change to the session) sends nothing twice.
    await facilitator.ok(
      `mutation($id: ID!) { updateLearningGroupSession(input: { sessionId: $id, notes: "Goed gesprek." }) { id } }`,
      { id: sessions[0].id },
    );
    await stack.settle();
    const invites = stack.mail.messages.filter((m) => m.subject.includes('Reflectie op'));
    expect(invites).toHaveLength(4);
    expect(invites.flatMap((m) => m.to).sort()).toEqual(group1.map((m) => m.email).sort());
  });

  it('does take one reflection per member after the session, editable until the next one', async () => {
    const [first, second] = sessions;
    const { submitLearningGroupReflection } = await group1[0].client.ok<{
      submitLearningGroupReflection: { member: { id: string }; happened: string };
    }>(SUBMIT, { input: answers(first.id, '  We deelden casussen.  ') });
    expect(submitLearningGroupReflection).toMatchObject({
      member: { id: group1[0].id },
      happened: 'We deelden casussen.',
    });
    const again = await group1[0].client.request(SUBMIT, { input: answers(first.id) });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const early = await group1[0].client.request(SUBMIT, { input: answers(second.id) });
    expect(early.errors?.[0].extensions?.code).toBe('CONFLICT');
    const bad = await group1[1].client.request(SUBMIT, {
      input: { ...answers(first.id), happened: 'x', adjust: 'x' },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      (bad.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['adjust', 'happened']);
    for (const [client, code] of [
      [facilitator, 'FORBIDDEN'],
      [admin, 'FORBIDDEN'],
      [outsider, 'NOT_FOUND'],
      [group2[0].client, 'NOT_FOUND'],
    ] as const) {
      const refused = await client.request(SUBMIT, { input: answers(first.id) });
      expect(refused.errors?.[0].extensions?.code).toBe(code);
    }
    const notYet = await group1[1].client.request(EDIT, { input: answers(first.id) });
    expect(notYet.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await group1[0].client.ok(EDIT, { input: answers(first.id, 'Bijgewerkt.') });
    const [{ n }] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM learning_group_reflection`,
    );
    expect(n).toBe(1);

    // Once the next session has started, the reflection is closed.
    await stack.dataSource.query(
      `UPDATE learning_group_session SET starts_at = now() - interval '1 minute' WHERE id = $1`,
      [second.id],
    );
    const closed = await group1[0].client.request(EDIT, { input: answers(first.id, 'Te laat.') });
    expect(closed.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('does show the facilitator every answer of a session and a member only their own', async () => {
    const first = sessions[0];
    await group1[1].client.ok(SUBMIT, { input: answers(first.id, 'Tweede reflectie.') });
    type Answer = {
      learningGroupSessions: { id: string; reflections: { member: { id: string } }[] }[];
    };
    const read = async (client: GraphqlClient) =>
      (await client.ok<Answer>(SESSIONS, { g: learningGroupId, n: 1 })).learningGroupSessions
        .find((s) => s.id === first.id)!
        .reflections.map((r) => r.member.id);
    expect((await read(facilitator)).sort()).toEqual([group1[0].id, group1[1].id].sort());
    expect((await read(admin)).sort()).toEqual([group1[0].id, group1[1].id].sort());
    expect(await read(group1[0].client)).toEqual([group1[0].id]);
    expect(await read(group1[2].client)).toEqual([]);
  });
});

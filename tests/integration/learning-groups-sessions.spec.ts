import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import { expectedFor } from './authorization-personas';
import {
  MANAGES,
  type Persona,
  PERSONAS,
  type Session,
  SessionsWorld,
} from './learning-groups-support';

const UPDATE = `mutation($input: UpdateLearningGroupSessionInput!) {
  updateLearningGroupSession(input: $input) { id startsAtLocal agenda notes }
}`;
const ATTENDANCE = `mutation($input: RecordAttendanceInput!) {
  recordLearningGroupAttendance(input: $input) { id attendance { status member { id } } }
}`;

describe('leergroep sessions', () => {
  let stack: TestStack;
  let w: SessionsWorld;
  let clients: Record<Persona, GraphqlClient>;
  let group1: string[];
  let group2: string[];
  let running: string;
  const learningGroup = (status: string, cadence?: number) => w.learningGroup(status, cadence);
  const place = (groupId: string, members: string[], n: number) => w.place(groupId, members, n);
  const sessionsOf = (client: GraphqlClient, g: string, n: number) => w.sessionsOf(client, g, n);

  beforeAll(async () => {
    stack = await startStack();
    w = await SessionsWorld.start(stack);
    ({ clients, group1, group2, running } = w);
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
    const running = await w.freshRunning(); // its own: this test changes sessions
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
    const running = await w.freshRunning(); // its own: this test changes sessions
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
    const running = await w.freshRunning(); // its own: this test changes sessions
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
        expect(actual).toBe(expectedFor(persona, () => op.expected(persona)));
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
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

describe('leergroep reflections after a session', () => {
  let stack: TestStack;
  let facilitator: GraphqlClient;
  let admin: GraphqlClient;
  let outsider: GraphqlClient;
  const group1: { id: string; email: string; client: GraphqlClient }[] = [];
  const group2: { id: string; email: string; client: GraphqlClient }[] = [];
  let learningGroupId: string;
  let facilitatorId: string;
  let leergroepen = 0;

  /** The sessions of group 1, as its first member reads them (which plans them). */
  const readSessions = async () => {
    const data = await group1[0].client.ok<{
      learningGroupSessions: { id: string; sequence: number }[];
    }>(SESSIONS, { g: learningGroupId, n: 1 });
    return data.learningGroupSessions;
  };

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
    facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    facilitator = await sessionFor(stack, 'begeleider@adviespool.nl');
    await insertMember(stack, { email: 'admin@minbzk.nl', name: 'Beheer', admin: true });
    admin = await sessionFor(stack, 'admin@minbzk.nl');
    await insertMember(stack, { email: 'buiten@minbzk.nl', name: 'Buitenstaander' });
    outsider = await sessionFor(stack, 'buiten@minbzk.nl');
  }, 60_000);

  // Each test its own leergroep with its own members: reflections start from nothing.
  beforeEach(async () => {
    leergroepen += 1;
    group1.length = 0;
    group2.length = 0;
    // The first session of group 1 was two days ago; a session every week; group 2 a week later.
    const [row]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status, cadence_weeks, session_minutes)
       VALUES ('Leergroep reflectie', $1, current_date - 10, current_date + 60,
               date_trunc('minute', now() - interval '2 days'), 4, 'RUNNING', 1, 120) RETURNING id`,
      [facilitatorId],
    );
    learningGroupId = row.id;
    for (let i = 0; i < 8; i++) {
      const email = leergroepen === 1 ? `lid${i}@minbzk.nl` : `lid${i}.${leergroepen}@minbzk.nl`;
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
    const sessions = await readSessions();
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
    const sessions = await readSessions();
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
    const sessions = await readSessions();
    await group1[0].client.ok(SUBMIT, { input: answers(sessions[0].id) });
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

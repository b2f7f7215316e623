import { migrations } from '@leerhuis/migrations';
import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

/** Intervisie groups inside a leergroep: created, joined and seen by its participants only. */
type Who = 'facilitator' | 'a' | 'b' | 'c' | 'outsider' | 'admin';
const WHO: Who[] = ['facilitator', 'a', 'b', 'c', 'outsider', 'admin'];

const CREATE = `mutation($input: CreateIntervisionGroupInput!) {
  createIntervisionGroup(input: $input) { id context learningGroupId learningGroupName } }`;
const INVITE = `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`;
const ACCEPT = `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`;
const GROUP = `query($g: ID!) { intervisionGroup(id: $g) { id name learningGroupName members { member { id } } } }`;
const LIST = `query($l: ID) { intervisionGroups(learningGroupId: $l) { id name confidentialityText members { member { id } } } }`;
const AGREEMENT = 'Wat in deze groep gedeeld wordt, blijft in deze groep.';

describe('intervision inside a leergroep', () => {
  let stack: TestStack;
  const ids = {} as Record<Who, string>;
  const clients = {} as Record<Who, GraphqlClient>;
  let learningGroupId: string;

  const errorOf = async (client: GraphqlClient, query: string, variables: object) => {
    const result = await client.request(query, variables as Record<string, unknown>);
    const ext = result.errors?.[0]?.extensions;
    return ext ? { code: ext.code, reason: ext.reason, fields: ext.fields } : 'ok';
  };
  const groupCount = async () =>
    (
      (await stack.dataSource.query(`SELECT count(*)::int AS n FROM intervision_group`)) as {
        n: number;
      }[]
    )[0].n;

  beforeAll(async () => {
    stack = await startStack();
    for (const who of WHO) {
      const email = `${who}.leergroep-intervisie@minbzk.nl`;
      ids[who] = await insertMember(stack, {
        email,
        name: `Leergroep ${who}`,
        admin: who === 'admin',
      });
      clients[who] = await sessionFor(stack, email);
    }
  }, 60_000);

  // Each test its own leergroep (a and b in group 1, c in group 2) and no intervision groups:
  // removing the previous one takes its groups with it.
  beforeEach(async () => {
    await removeLearningGroups();
    const rows: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status)
       VALUES ('Leergroep Transitie', $1, '2026-01-01', '2026-12-31', '2026-01-15T09:00:00Z', 4, 'RUNNING') RETURNING id`,
      [ids.facilitator],
    );
    learningGroupId = rows[0].id;
    // a and b in group 1, c in group 2: all participants of the leergroep.
    for (const [who, number] of [
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ] as const) {
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, $3)`,
        [learningGroupId, ids[who], number],
      );
    }
  });

  afterAll(() => stack?.stop());

  async function removeLearningGroups(): Promise<void> {
    await stack.dataSource.query(`DELETE FROM learning_group_member`);
    await stack.dataSource.query(`DELETE FROM learning_group_application`);
    await stack.dataSource.query(`DELETE FROM learning_group`);
  }

  /** What the first test does: a creates a group in the leergroep, as its moderator. */
  async function createGroup(): Promise<string> {
    const data = await clients.a.ok<{ createIntervisionGroup: { id: string } }>(CREATE, {
      input: { name: 'Intervisie Transitie', learningGroupId, confidentialityText: AGREEMENT },
    });
    return data.createIntervisionGroup.id;
  }

  /** ...and invites b, c and the facilitator, who accept the agreement. */
  async function createGroupWithMembers(): Promise<string> {
    const id = await createGroup();
    for (const who of ['b', 'c', 'facilitator'] as const) {
      await clients.a.ok(INVITE, { g: id, m: ids[who] });
      await clients[who].ok(ACCEPT, { g: id });
    }
    return id;
  }

  it('lets a participant create a group in the leergroep, as its moderator', async () => {
    const data = await clients.a.ok<{
      createIntervisionGroup: {
        id: string;
        context: string;
        learningGroupId: string;
        learningGroupName: string;
      };
    }>(CREATE, {
      input: { name: 'Intervisie Transitie', learningGroupId, confidentialityText: AGREEMENT },
    });
    expect(data.createIntervisionGroup).toMatchObject({
      context: 'LEARNING_GROUP',
      learningGroupId,
      learningGroupName: 'Leergroep Transitie',
    });
  });

  it('refuses bad input with a specific code and writes nothing', async () => {
    const before = await groupCount();
    const communityId = '00000000-0000-4000-8000-00000000aaaa';
    expect(
      await errorOf(clients.a, CREATE, {
        input: {
          name: 'Twee plekken',
          communityId,
          learningGroupId,
          confidentialityText: AGREEMENT,
        },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ONE_CONTEXT_ONLY',
      fields: [{ field: 'communityId' }, { field: 'learningGroupId' }],
    });
    expect(
      await errorOf(clients.a, CREATE, {
        input: {
          name: 'Onbekende leergroep',
          learningGroupId: '00000000-0000-4000-8000-00000000ffff',
          confidentialityText: AGREEMENT,
        },
      }),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'LEARNING_GROUP_NOT_FOUND',
      fields: [{ field: 'learningGroupId' }],
    });
    for (const who of ['outsider', 'admin'] as const) {
      expect(
        await errorOf(clients[who], CREATE, {
          input: { name: 'Van buiten', learningGroupId, confidentialityText: AGREEMENT },
        }),
      ).toMatchObject({ code: 'FORBIDDEN', reason: 'LEARNING_GROUP_PARTICIPANT_REQUIRED' });
    }
    expect(await groupCount()).toBe(before);
  });

  it('invites participants (any group of the leergroep, and its facilitator) and refuses others', async () => {
    const groupId = await createGroup();
    for (const who of ['b', 'c', 'facilitator'] as const) {
      await clients.a.ok(INVITE, { g: groupId, m: ids[who] });
    }
    expect(await errorOf(clients.a, INVITE, { g: groupId, m: ids.outsider })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVITEE_NOT_IN_LEARNING_GROUP',
      fields: [{ field: 'memberId' }],
    });
    const rows: unknown[] = await stack.dataSource.query(
      `SELECT 1 FROM intervision_group_member WHERE group_id = $1 AND member_id = $2`,
      [groupId, ids.outsider],
    );
    expect(rows).toHaveLength(0);
    for (const who of ['b', 'c', 'facilitator'] as const) {
      await clients[who].ok(ACCEPT, { g: groupId });
    }
    const group = await clients.b.ok<{
      intervisionGroup: { members: { member: { id: string } }[] };
    }>(GROUP, { g: groupId });
    expect(group.intervisionGroup.members.map((m) => m.member.id).sort()).toEqual(
      [ids.a, ids.b, ids.c, ids.facilitator].sort(),
    );
  });

  it('tells outsiders nothing: NOT_FOUND for the group, FORBIDDEN for the listing', async () => {
    const groupId = await createGroup();
    expect(await errorOf(clients.outsider, GROUP, { g: groupId })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'GROUP_NOT_FOUND',
    });
    expect(await errorOf(clients.outsider, LIST, { l: learningGroupId })).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'LEARNING_GROUP_PARTICIPANT_REQUIRED',
    });
    const my = await clients.outsider.ok<{ myIntervisionGroups: { id: string }[] }>(
      `{ myIntervisionGroups { id } }`,
    );
    expect(my.myIntervisionGroups).toEqual([]);
  });

  it("lists a leergroep's groups to its participants: only the ones they are in (admins: metadata)", async () => {
    const groupId = await createGroupWithMembers();
    // The facilitator creates a second group; a is not in it.
    const second = await clients.facilitator.ok<{ createIntervisionGroup: { id: string } }>(
      CREATE,
      {
        input: { name: 'Intervisie facilitator', learningGroupId, confidentialityText: AGREEMENT },
      },
    );
    const secondId = second.createIntervisionGroup.id;
    const ofA = await clients.a.ok<{ intervisionGroups: { id: string }[] }>(LIST, {
      l: learningGroupId,
    });
    expect(ofA.intervisionGroups.map((g) => g.id)).toEqual([groupId]);
    // A participant of the leergroep outside that group learns nothing about it.
    expect(await errorOf(clients.a, GROUP, { g: secondId })).toMatchObject({ code: 'NOT_FOUND' });
    const ofFacilitator = await clients.facilitator.ok<{ intervisionGroups: { id: string }[] }>(
      LIST,
      { l: learningGroupId },
    );
    expect(ofFacilitator.intervisionGroups.map((g) => g.id).sort()).toEqual(
      [groupId, secondId].sort(),
    );
    const ofAdmin = await clients.admin.ok<{
      intervisionGroups: { id: string; confidentialityText: string; members: unknown }[];
    }>(LIST, { l: learningGroupId });
    expect(ofAdmin.intervisionGroups).toHaveLength(2);
    expect(ofAdmin.intervisionGroups.every((g) => g.members === null)).toBe(true);
    expect(await errorOf(clients.a, LIST, { l: null })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ONE_CONTEXT_ONLY',
    });
  });

  it('ends access when someone is no longer a participant of the leergroep', async () => {
    const groupId = await createGroupWithMembers();
    await stack.dataSource.query(
      `DELETE FROM learning_group_member WHERE learning_group_id = $1 AND member_id = $2`,
      [learningGroupId, ids.c],
    );
    expect(await errorOf(clients.c, GROUP, { g: groupId })).toMatchObject({ code: 'NOT_FOUND' });
    const my = await clients.c.ok<{ myIntervisionGroups: { id: string }[] }>(
      `{ myIntervisionGroups { id } }`,
    );
    expect(my.myIntervisionGroups).toEqual([]);
    expect(await errorOf(clients.c, LIST, { l: learningGroupId })).toMatchObject({
      code: 'FORBIDDEN',
    });
    // And they cannot be invited back while outside.
    expect(await errorOf(clients.a, INVITE, { g: groupId, m: ids.c })).toMatchObject({
      reason: 'INVITEE_NOT_IN_LEARNING_GROUP',
    });
  });

  it('keeps the database consistent: context check and cascade from the leergroep', async () => {
    await createGroupWithMembers();
    await expect(
      stack.dataSource.query(
        `INSERT INTO intervision_group (name, context, confidentiality_text) VALUES ('Zonder leergroep', 'LEARNING_GROUP', $1)`,
        [AGREEMENT],
      ),
    ).rejects.toThrow(/intervision_group_context/);
    await expect(
      stack.dataSource.query(
        `INSERT INTO intervision_group (name, context, learning_group_id, confidentiality_text) VALUES ('Onbekend', 'LEARNING_GROUP', $1, $2)`,
        ['00000000-0000-4000-8000-00000000ffff', AGREEMENT],
      ),
    ).rejects.toThrow(/intervision_group_learning_group/);
    await stack.dataSource.query(`DELETE FROM learning_group_member WHERE learning_group_id = $1`, [
      learningGroupId,
    ]);
    await stack.dataSource.query(
      `DELETE FROM learning_group_application WHERE learning_group_id = $1`,
      [learningGroupId],
    );
    await stack.dataSource.query(`DELETE FROM learning_group WHERE id = $1`, [learningGroupId]);
    expect(await groupCount()).toBe(0);
  });

  it('has a reversible migration', async () => {
    const Migration = migrations.find((m) => m.name === 'IntervisionInLearningGroups1763800000014');
    const migration = new Migration!();
    const runner = stack.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await expect(
        runner.query(
          `INSERT INTO intervision_group (name, context, confidentiality_text) VALUES ('Na down', 'LEARNING_GROUP', $1)`,
          [AGREEMENT],
        ),
      ).rejects.toThrow(/intervision_group_context/);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
  });
});

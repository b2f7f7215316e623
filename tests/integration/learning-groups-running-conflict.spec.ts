import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  type Applicant,
  APPLY,
  CompositionWorld,
  CONFIRM,
  DESCRIBE,
  ministry,
  PHASES,
  PROPOSE,
  TYPES,
} from './learning-groups-composition-support';

describe('leergroepen: a member runs in one leergroep at a time', () => {
  let stack: TestStack;
  let w: CompositionWorld;
  let facilitator: GraphqlClient;
  let facilitatorId: string;
  let applicants: Applicant[];
  const createGroup = (name: string, extra?: Record<string, unknown>) => w.createGroup(name, extra);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await CompositionWorld.start(stack, 1);
    ({ facilitator, facilitatorId, applicants } = w);
  }, 60_000);

  afterAll(() => stack?.stop());

  /** The first leergroep, running, with the applicant in group 1 (as a confirmed one is). */
  async function runningWith(memberId: string): Promise<string> {
    const [{ id }]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status)
       VALUES ('Leergroep programmadirecteuren 2027', $1, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 7, 'RUNNING') RETURNING id`,
      [facilitatorId],
    );
    await stack.dataSource.query(
      `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, 1)`,
      [id, memberId],
    );
    return id;
  }

  it('does refuse to confirm a member who is already in a running leergroep, storing nothing', async () => {
    const firstGroupId = await runningWith(applicants[0].id);
    const groupId = await createGroup('Tweede leergroep', { targetSize: 4 });
    // Four new directors and one who already runs in the first leergroep.
    const fresh: { client: GraphqlClient; programmeId: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const email = `nieuw${i}@rijksoverheid.nl`;
      const m = ministry(8 + i);
      await insertMember(stack, { email, name: `Nieuwe directeur ${i}`, organisationId: m });
      const client = await sessionFor(stack, email);
      const { describeProgramme } = await client.ok<{ describeProgramme: { id: string } }>(
        DESCRIBE,
        {
          input: {
            name: `Nieuw programma ${i}`,
            ministryId: m,
            type: TYPES[i],
            strategy: 'POLICY',
            phase: PHASES[i % 3],
            hasBudget: true,
          },
        },
      );
      fresh.push({ client, programmeId: describeProgramme.id });
    }
    for (const f of [...fresh, applicants[0]]) {
      await f.client.ok(APPLY, {
        input: {
          learningGroupId: groupId,
          programmeId: f.programmeId,
          learningWish: 'Leren van andere programma’s.',
        },
      });
    }
    await facilitator.ok(PROPOSE, { g: groupId });
    const refused = await facilitator.request(CONFIRM, { g: groupId });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      memberIds: [applicants[0].id],
      fields: [
        {
          field: `members.${applicants[0].id}`,
          message: 'already in the running leergroep Leergroep programmadirecteuren 2027',
        },
      ],
    });
    expect(
      await countRows(stack, 'learning_group_member', 'learning_group_id = $1', [groupId]),
    ).toBe(0);
    expect(
      await countRows(
        stack,
        'learning_group_application',
        `learning_group_id = $1 AND status <> 'APPLIED'`,
        [groupId],
      ),
    ).toBe(0);
    expect(
      await countRows(stack, 'learning_group', `id = $1 AND status = 'COMPOSING'`, [groupId]),
    ).toBe(1);

    // Once the first leergroep is finished, its members are free: the same proposal confirms.
    const finished = await facilitator.ok<{ finishLearningGroup: { status: string } }>(
      `mutation($g: ID!) { finishLearningGroup(input: { learningGroupId: $g }) { status } }`,
      { g: firstGroupId },
    );
    expect(finished.finishLearningGroup.status).toBe('FINISHED');
    const confirmed = await facilitator.ok<{ confirmLearningGroupComposition: { status: string } }>(
      CONFIRM,
      { g: groupId },
    );
    expect(confirmed.confirmLearningGroupComposition.status).toBe('RUNNING');
    expect(
      await countRows(stack, 'learning_group_member', 'learning_group_id = $1', [groupId]),
    ).toBe(5);
  }, 30_000);
});

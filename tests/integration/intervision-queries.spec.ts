import { startStack, TestStack } from '../support/stack';
import { draftCase, IntervisionWorld, setUpIntervision } from './intervision-support';

const LIST = `query { myIntervisionGroups { id name memberCount viewerMembership { status }
  members { role member { id name } } cases { id title state } } }`;

describe('intervision: list queries', () => {
  let stack: TestStack;
  let w: IntervisionWorld;

  beforeAll(async () => {
    stack = await startStack();
    w = await setUpIntervision(stack, 'lijsten');
  });
  afterAll(() => stack?.stop());

  /** A further group with the same members and a case, inserted directly (test setup). */
  async function addGroup(n: number): Promise<void> {
    const [{ id }]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO intervision_group (name, context, community_id, confidentiality_text)
       VALUES ($1, 'COMMUNITY', $2, 'Wat hier gedeeld wordt, blijft hier.') RETURNING id`,
      [`Groep ${n}`, w.communityId],
    );
    await stack.dataSource.query(
      `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version, agreement_accepted_at)
       SELECT $1, m, CASE WHEN m = $2 THEN 'MODERATOR' ELSE 'PARTICIPANT' END, 'ACTIVE', 1, now()
         FROM unnest($3::uuid[]) AS m`,
      [id, w.ids.moderator, [w.ids.moderator, w.ids.owner, w.ids.p1, w.ids.p2]],
    );
    await draftCase(w.clients.owner, id, `Casus ${n}`);
  }

  it('does answer my groups with their members and cases in a bounded number of statements', async () => {
    await draftCase(w.clients.owner, w.groupId);
    for (let n = 0; n < 2; n++) await addGroup(n);
    const few = await stack.countQueries(() =>
      w.clients.p1.ok<{ myIntervisionGroups: unknown[] }>(LIST),
    );
    for (let n = 2; n < 12; n++) await addGroup(n);
    const many = await stack.countQueries(() =>
      w.clients.p1.ok<{ myIntervisionGroups: unknown[] }>(LIST),
    );
    expect(few.result.myIntervisionGroups).toHaveLength(3);
    expect(many.result.myIntervisionGroups).toHaveLength(13);
    expect(many.queries).toBe(few.queries);
  });
});

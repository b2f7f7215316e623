import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const ROUNDS = `query($first: Int!) { coffeeDateRounds(first: $first) {
  totalCount nodes { id period state participantCount } } }`;
const MATCHES = `{ myCoffeeDateMatches { id kind partners { id name organisation { name } } } }`;

describe('coffee dates: list queries in a fixed number of SQL statements', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  let member: GraphqlClient;

  beforeAll(async () => {
    stack = await startStack();
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const me = await insertMember(stack, { email: 'ik@minbzk.nl', name: 'Ik' });
    member = await sessionFor(stack, 'ik@minbzk.nl');
    // 12 past monthly rounds, each with me and a partner from another ministry.
    for (let month = 1; month <= 12; month++) {
      const period = `2025-${String(month).padStart(2, '0')}`;
      const partner = await insertMember(stack, {
        email: `partner${month}@minfin.nl`,
        name: `Partner ${month}`,
        organisationId: MINISTRY.FIN,
      });
      const [{ id: roundId }] = await stack.dataSource.query(
        `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
         VALUES ('MONTHLY', $1, 'CLOSED', 's', $2::date, $2::date + 7, $2::date + 21, $2::date + 27) RETURNING id`,
        [period, `${period}-01`],
      );
      await stack.dataSource.query(
        `INSERT INTO coffee_date_participant (round_id, member_id, via) VALUES ($1, $2, 'ROUND'), ($1, $3, 'ROUND')`,
        [roundId, me, partner],
      );
      const [{ id: matchId }] = await stack.dataSource.query(
        `INSERT INTO coffee_date_match (round_id, kind, slot_starts_at) VALUES ($1, 'PAIR', $2::date + 10) RETURNING id`,
        [roundId, `${period}-01`],
      );
      await stack.dataSource.query(
        `INSERT INTO coffee_date_match_member (match_id, member_id, round_id) VALUES ($1, $2, $3), ($1, $4, $3)`,
        [matchId, me, roundId, partner],
      );
    }
  });
  afterAll(() => stack?.stop());

  it('does list rounds with participant counts in the same number of statements for 2 or 12', async () => {
    const small = await stack.countQueries(() =>
      admin.ok<{ coffeeDateRounds: { nodes: unknown[] } }>(ROUNDS, { first: 2 }),
    );
    const large = await stack.countQueries(() =>
      admin.ok<{ coffeeDateRounds: { nodes: unknown[] } }>(ROUNDS, { first: 12 }),
    );
    expect(small.result.coffeeDateRounds.nodes).toHaveLength(2);
    expect(large.result.coffeeDateRounds.nodes).toHaveLength(12);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(5);
  });

  it("does load a member's 12 koffiedates with partners and their organisations in a fixed number of statements", async () => {
    const { result, queries } = await stack.countQueries(() =>
      member.ok<{ myCoffeeDateMatches: { partners: unknown[] }[] }>(MATCHES),
    );
    expect(result.myCoffeeDateMatches).toHaveLength(12);
    expect(result.myCoffeeDateMatches.every((m) => m.partners.length === 1)).toBe(true);
    expect(queries).toBeLessThanOrEqual(6);
  });
});

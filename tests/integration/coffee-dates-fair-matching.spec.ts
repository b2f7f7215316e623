import { CoffeeDateRoundService } from '@leerhuis/coffee-dates';

import { insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { storedGroups } from './coffee-dates-support';

const MINISTRIES = Object.values(MINISTRY);

/** A round row straight in the database (setup, not behaviour under test). */
async function insertRound(
  stack: TestStack,
  period: string,
  state: string,
  memberIds: string[],
): Promise<string> {
  const [{ id }] = await stack.dataSource.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', $1, $2, $1, ($1 || '-01')::date + time '09:00',
             ($1 || '-01')::date + 7, ($1 || '-01')::date + 21, ($1 || '-01')::date + 27)
     RETURNING id`,
    [period, state],
  );
  await stack.dataSource.query(
    `INSERT INTO coffee_date_participant (round_id, member_id, via)
     SELECT $1, unnest($2::uuid[]), 'ROUND'`,
    [id, memberIds],
  );
  return id;
}

async function insertTrio(stack: TestStack, roundId: string, memberIds: string[]) {
  const [{ id }] = await stack.dataSource.query(
    `INSERT INTO coffee_date_match (round_id, kind, slot_starts_at) VALUES ($1, 'TRIO', now()) RETURNING id`,
    [roundId],
  );
  await stack.dataSource.query(
    `INSERT INTO coffee_date_match_member (match_id, member_id, round_id)
     SELECT $1, unnest($2::uuid[]), $3`,
    [id, memberIds, roundId],
  );
}

describe('coffee dates: fair and bulk matching (issue 16)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ worker: true, env: { COFFEE_DATE_REPEAT_WINDOW_MONTHS: '6' } });
  });
  afterAll(() => stack?.stop());

  it('does keep members with two trios this year out of the trio, counting only the last 12 months', async () => {
    const id = (name: string, i: number) =>
      insertMember(stack, {
        email: `${name}@rijksoverheid.nl`,
        name: `Deelnemer ${name.toUpperCase()}`,
        organisationId: MINISTRIES[i % MINISTRIES.length],
      });
    const [x, y, z, a, b] = await Promise.all(['x', 'y', 'z', 'a', 'b'].map(id));
    const others = await Promise.all(['p', 'q', 'r', 's'].map((n, i) => id(n, i + 5)));
    // x and y were in two trios this year; z too, but more than 12 months ago.
    for (const [period, trio] of [
      ['2026-02', [x, others[0], others[1]]],
      ['2026-07', [y, others[2], others[3]]],
      ['2026-09', [x, others[2], others[1]]],
      ['2026-10', [y, others[0], others[3]]],
      ['2025-10', [z, others[0], others[1]]],
      ['2025-11', [z, others[2], others[3]]],
    ] as const) {
      const round = await insertRound(stack, period, 'CLOSED', [...trio]);
      await insertTrio(stack, round, [...trio]);
    }
    const roundId = await insertRound(stack, '2026-12', 'MATCHING', [x, y, z, a, b]);
    await stack.worker!.get(CoffeeDateRoundService).match(roundId);
    const groups = await storedGroups(stack, roundId);
    expect(groups.map((g) => [g.kind, [...g.memberIds].sort()]).sort()).toEqual(
      [
        ['PAIR', [x, y].sort()],
        ['TRIO', [z, a, b].sort()],
      ].sort(),
    );
  });

  it("does keep an agency's staff apart from its ministry's (the tree walked once per organisation)", async () => {
    const [{ id: agency }] = await stack.dataSource.query(
      `INSERT INTO organisation (name, abbreviation, type, parent_id)
       VALUES ('Dienst Test', 'DT', 'EXECUTIVE_AGENCY', $1) RETURNING id`,
      [MINISTRY.BZK],
    );
    const ministry = await insertMember(stack, {
      email: 'bzk@minbzk.nl',
      name: 'Ministerie Lid',
      organisationId: MINISTRY.BZK,
    });
    const atAgency = await insertMember(stack, {
      email: 'dienst@dienst.nl',
      name: 'Dienst Lid',
      organisationId: agency,
    });
    const other = await insertMember(stack, {
      email: 'fin@minfin.nl',
      name: 'Financiën Lid',
      organisationId: MINISTRY.FIN,
    });
    const roundId = await insertRound(stack, '2027-02', 'MATCHING', [ministry, atAgency, other]);
    await stack.worker!.get(CoffeeDateRoundService).match(roundId);
    const groups = await storedGroups(stack, roundId);
    // Ministry and agency may not meet, so no trio: one pair with the FIN member.
    expect(groups).toHaveLength(1);
    expect(groups[0].memberIds).toContain(other);
  });

  it('does tell members and admins the repeat window from the config', async () => {
    await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lid' });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheer', admin: true });
    const member = await sessionFor(stack, 'lid@minbzk.nl');
    const admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const status = await member.ok<{ myCoffeeDate: { repeatWindowMonths: number } }>(
      `{ myCoffeeDate { repeatWindowMonths } }`,
    );
    expect(status.myCoffeeDate.repeatWindowMonths).toBe(6);
    const roundId = await insertRound(stack, '2027-03', 'OPEN', []);
    const round = await admin.ok<{ coffeeDateRound: { repeatWindowMonths: number } }>(
      `query($id: ID!) { coffeeDateRound(id: $id) { repeatWindowMonths } }`,
      { id: roundId },
    );
    expect(round.coffeeDateRound.repeatWindowMonths).toBe(6);
  });

  it('does store a round of 300 in a handful of statements, not one per group', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 300; i++) {
      ids.push(
        await insertMember(stack, {
          email: `bulk${i}@rijksoverheid.nl`,
          name: `Bulk ${i}`,
          organisationId: MINISTRIES[i % MINISTRIES.length],
        }),
      );
    }
    const roundId = await insertRound(stack, '2027-01', 'MATCHING', ids);
    const service = stack.worker!.get(CoffeeDateRoundService);
    const { queries } = await stack.countQueries(() => service.match(roundId));
    const groups = await storedGroups(stack, roundId);
    expect(groups).toHaveLength(150);
    expect(groups.flatMap((g) => g.memberIds).sort()).toEqual([...ids].sort());
    // One INSERT per group (and one for its members) would be 300 statements.
    expect(queries).toBeLessThan(60);
  });
});

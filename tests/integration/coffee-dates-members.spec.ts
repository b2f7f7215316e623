import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { openRound, rematchedAfterDecline } from './coffee-dates-journeys';
import {
  BLOCK,
  CLOSE_ROUND,
  confirmLink,
  FEEDBACK,
  linkFrom,
  MATCH_ROUND,
  MY_BLOCKS,
  MY_MATCHES,
  MY_STATUS,
  OPEN_ROUND,
  OPT_IN,
  PAUSE,
  PREVIEW,
  RESUME,
  settle,
  storedGroups,
} from './coffee-dates-support';
import { insertCommunity } from './communities-support';

const MATCH = /^Je koffiedate van /;

/** A round inserted directly (test setup), e.g. a closed one from the past. */
async function insertRound(stack: TestStack, period: string, state: string): Promise<string> {
  const [{ id }] = await stack.dataSource.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', $1, $2, 'seed', $3::date, $3::date + 7, $3::date + 21, $3::date + 27) RETURNING id`,
    [period, state, `${period}-01`],
  );
  return id;
}

describe("coffee dates: members' choices, decline re-matching, bad input and authorization", () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  const ids: Record<string, string> = {};
  const client: Record<string, GraphqlClient> = {};

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const people: [string, string][] = [
      ['anna', MINISTRY.BZK],
      ['bert', MINISTRY.EZK],
      ['carla', MINISTRY.BZK],
      ['dirk', MINISTRY.FIN],
      ['eva', MINISTRY.SZW],
    ];
    for (const [name, organisationId] of people) {
      const email = `${name}@rijksoverheid.nl`;
      ids[name] = await insertMember(stack, {
        email,
        name: name[0].toUpperCase() + name.slice(1),
        organisationId,
      });
      client[name] = await sessionFor(stack, email);
    }
  });
  // The koffiedate invitations follow each member's notification setting (default: the digest).
  beforeAll(() =>
    stack.dataSource.query(`UPDATE notification_settings SET coffee_date = 'IMMEDIATE'`),
  );
  afterAll(() => stack?.stop());

  /** Anna, Bert and Carla's round after the decline test: Bert re-matched with the one left out. */
  const rematched = () =>
    rematchedAfterDecline(
      stack,
      admin,
      ['anna', 'bert', 'carla'].map((n) => ({
        id: ids[n],
        email: `${n}@rijksoverheid.nl`,
        client: client[n],
      })),
      ids.bert,
    );

  it('does allow admin operations to admins only (anonymous: UNAUTHENTICATED, member: FORBIDDEN)', async () => {
    const closed = await insertRound(stack, '2020-01', 'CLOSED');
    const operations: [string, Record<string, unknown>][] = [
      [OPEN_ROUND, {}],
      [MATCH_ROUND, { id: closed }],
      [CLOSE_ROUND, { id: closed }],
      [PREVIEW, { id: closed }],
      ['{ coffeeDateRounds { nodes { id participantCount } } }', {}],
      [
        'query($id: ID!) { coffeeDateRound(id: $id) { id stats { participants } } }',
        { id: closed },
      ],
    ];
    const before = await countRows(stack, 'coffee_date_round');
    for (const [query, variables] of operations) {
      const anonymous = await stack.graphql.request(query, variables);
      expect({ query, code: anonymous.errors?.[0].extensions?.code }).toEqual({
        query,
        code: 'UNAUTHENTICATED',
      });
      const member = await client.anna.request(query, variables);
      expect({ query, code: member.errors?.[0].extensions?.code }).toEqual({
        query,
        code: 'FORBIDDEN',
      });
    }
    expect(await countRows(stack, 'coffee_date_round')).toBe(before);
    const rounds = await admin.ok<{
      coffeeDateRounds: { nodes: { id: string; participantCount: number }[] };
    }>('{ coffeeDateRounds { nodes { id participantCount } } }');
    expect(rounds.coffeeDateRounds.nodes).toEqual([{ id: closed, participantCount: 0 }]);
    // Members' own queries need a session.
    expect((await stack.graphql.request(MY_STATUS)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // Stats are for admins, also where a member sees the round.
    const open = await admin.ok<{ openCoffeeDateRound: { id: string } }>(OPEN_ROUND);
    const roundId = open.openCoffeeDateRound.id;
    const seen = await client.anna.ok<{ myCoffeeDate: { openRound: { id: string } } }>(
      '{ myCoffeeDate { openRound { id stats { participants } } } }',
    );
    expect(seen.myCoffeeDate.openRound).toEqual({ id: roundId, stats: null });
  });

  it('does refuse opting in to a closed round and stores nothing', async () => {
    const closed = await insertRound(stack, '2020-02', 'CLOSED');
    const result = await client.anna.request(OPT_IN, { everyMonth: true, roundId: closed });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ROUND_NOT_OPEN',
    });
    expect(await countRows(stack, 'coffee_date_participant')).toBe(0);
    expect(await countRows(stack, 'coffee_date_preference')).toBe(0);
  });

  it('does refuse blocking yourself, and keeps every block list private', async () => {
    const self = await client.anna.request(BLOCK, { id: ids.anna });
    expect(self.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CANNOT_BLOCK_YOURSELF',
      fields: [{ field: 'memberId', message: expect.any(String) }],
    });
    const unknown = await client.anna.request(BLOCK, {
      id: '00000000-0000-4000-8000-0000000000ff',
    });
    expect(unknown.errors?.[0].extensions?.reason).toBe('MEMBER_NOT_FOUND');
    expect(await countRows(stack, 'coffee_date_block')).toBe(0);

    const list = await client.anna.ok<{ blockCoffeeDateMember: { id: string }[] }>(BLOCK, {
      id: ids.eva,
    });
    expect(list.blockCoffeeDateMember.map((m) => m.id)).toEqual([ids.eva]);
    // Nobody else sees Anna's list, not even Eva.
    for (const other of ['bert', 'eva']) {
      const blocks = await client[other].ok<{ myCoffeeDateBlocks: unknown[] }>(MY_BLOCKS);
      expect(blocks.myCoffeeDateBlocks).toEqual([]);
    }
  });

  it('does pause for 1 to 6 months only, leaves the open round, and resumes', async () => {
    await openRound(stack, admin);
    const joined = await client.anna.ok<{ optInToCoffeeDates: Record<string, unknown> }>(OPT_IN, {
      everyMonth: true,
    });
    expect(joined.optInToCoffeeDates).toMatchObject({ everyMonth: true, joinedOpenRound: true });
    for (const months of [0, 7]) {
      const refused = await client.anna.request(PAUSE, { months });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'PAUSE_OUT_OF_RANGE',
      });
    }
    const paused = await client.anna.ok<{ pauseCoffeeDates: Record<string, unknown> }>(PAUSE, {
      months: 2,
    });
    const until = new Date();
    until.setUTCMonth(until.getUTCMonth() + 2);
    expect(paused.pauseCoffeeDates).toMatchObject({
      paused: true,
      everyMonth: true,
      joinedOpenRound: false,
    });
    expect(String(paused.pauseCoffeeDates.pausedUntil).slice(0, 7)).toBe(
      until.toISOString().slice(0, 7),
    );
    const resumed = await client.anna.ok<{ resumeCoffeeDates: Record<string, unknown> }>(RESUME);
    expect(resumed.resumeCoffeeDates).toEqual({
      paused: false,
      pausedUntil: null,
      everyMonth: true,
      joinedOpenRound: true,
    });
  });

  it('does tell the one left out why, and re-matches the partner of someone who declines', async () => {
    // Anna in the open round, as the pause test leaves her.
    const roundId = await openRound(stack, admin);
    await client.anna.ok(OPT_IN, { everyMonth: true });
    await client.bert.ok(OPT_IN, { everyMonth: false });
    await client.carla.ok(OPT_IN, { everyMonth: false });
    // Anna (BZK) and Carla (BZK) may not meet: only one pair, with Bert, is possible.
    await admin.ok(MATCH_ROUND, { id: roundId });
    await settle(stack);
    const groups = await storedGroups(stack, roundId);
    expect(groups).toHaveLength(1);
    const pair = groups[0].memberIds;
    expect(pair).toContain(ids.bert);
    const partner = pair.find((id) => id !== ids.bert)!;
    const leftOut = partner === ids.anna ? ids.carla : ids.anna;
    const emailOf = (id: string) =>
      id === ids.anna ? 'anna@rijksoverheid.nl' : 'carla@rijksoverheid.nl';
    const noMatch = stack.mail
      .messagesTo(emailOf(leftOut))
      .filter((m) => /^Geen koffiedate-match/.test(m.subject));
    expect(noMatch).toHaveLength(1);
    expect(noMatch[0].text).toMatch(/ministerie|rules|regels/);

    const partnerMail = stack.mail.messagesTo(emailOf(partner)).find((m) => MATCH.test(m.subject))!;
    expect(partnerMail.subject).toContain('Bert');
    const decline = linkFrom(partnerMail.text, 'Lukt het niet? Afzeggen');
    const first = await confirmLink(decline);
    expect(first.status).toBe(200);
    await settle(stack);
    // Bert and the one left out now meet; both hear it.
    const regrouped = await storedGroups(stack, roundId);
    expect(regrouped.map((g) => g.memberIds)).toEqual([[ids.bert, leftOut].sort()]);
    const leftOutMatch = stack.mail
      .messagesTo(emailOf(leftOut))
      .filter((m) => MATCH.test(m.subject));
    expect(leftOutMatch).toHaveLength(1);
    expect(leftOutMatch[0].subject).toContain('Bert');
    const bertMatches = stack.mail
      .messagesTo('bert@rijksoverheid.nl')
      .filter((m) => MATCH.test(m.subject));
    expect(bertMatches).toHaveLength(2);
    expect(bertMatches[1].subject).toContain(leftOut === ids.anna ? 'Anna' : 'Carla');

    // The decline link works once.
    const again = await confirmLink(decline);
    expect({ status: again.status, code: again.code }).toEqual({ status: 409, code: 'LINK_USED' });
    expect(again.page).toContain('al gebruikt');
  });

  it("does refuse feedback on someone else's match and a rating outside 1–5, storing nothing", async () => {
    const { roundId, leftOut } = await rematched();
    const [group] = await storedGroups(stack, roundId);
    const bad = await client.bert.request(FEEDBACK, {
      matchId: group.matchId,
      met: true,
      rating: 6,
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'RATING_OUT_OF_RANGE',
      fields: [{ field: 'rating', message: expect.any(String) }],
    });
    const zero = await client.bert.request(FEEDBACK, {
      matchId: group.matchId,
      met: true,
      rating: 0,
    });
    expect(zero.errors?.[0].extensions?.reason).toBe('RATING_OUT_OF_RANGE');
    const other = await client.dirk.request(FEEDBACK, {
      matchId: group.matchId,
      met: true,
      rating: 4,
    });
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_MATCH',
    });
    expect(await countRows(stack, 'coffee_date_match_member', 'feedback_at IS NOT NULL')).toBe(0);

    await client.bert.ok(FEEDBACK, {
      matchId: group.matchId,
      met: true,
      rating: 4,
      nextStep: 'INTRODUCE_SOMEONE',
    });
    // Bert sees his own feedback; Dirk sees no matches; the partner never sees Bert's rating.
    const bert = await client.bert.ok<{ myCoffeeDateMatches: { rating: number | null }[] }>(
      MY_MATCHES,
    );
    expect(bert.myCoffeeDateMatches[0]).toMatchObject({ rating: 4, nextStep: 'INTRODUCE_SOMEONE' });
    const dirk = await client.dirk.ok<{ myCoffeeDateMatches: unknown[] }>(MY_MATCHES);
    expect(dirk.myCoffeeDateMatches).toEqual([]);
    const partnerClient = leftOut === ids.anna ? client.anna : client.carla;
    const theirs = await partnerClient.ok<{
      myCoffeeDateMatches: { id: string; rating: number | null }[];
    }>(MY_MATCHES);
    expect(theirs.myCoffeeDateMatches.find((m) => m.id === group.matchId)).toMatchObject({
      rating: null,
      partners: [{ id: ids.bert, name: 'Bert' }],
    });
  });

  it('does send "no match after all" when nobody is left to re-match with', async () => {
    const { roundId, leftOut } = await rematched();
    const [group] = await storedGroups(stack, roundId);
    await client.bert.ok(`mutation($id: ID!) { declineCoffeeDate(input: { matchId: $id }) }`, {
      id: group.matchId,
    });
    await settle(stack);
    const email = leftOut === ids.anna ? 'anna@rijksoverheid.nl' : 'carla@rijksoverheid.nl';
    const afterAll = await waitFor(
      async () => stack.mail.messagesTo(email).find((m) => /^Toch geen koffiedate/.test(m.subject)),
      'a "no match after all" email',
    );
    expect(afterAll.text).toContain('afgezegd');
    const twice = await client.bert.request(
      `mutation($id: ID!) { declineCoffeeDate(input: { matchId: $id }) }`,
      {
        id: group.matchId,
      },
    );
    expect(twice.errors?.[0].extensions?.reason).toBe('ALREADY_DECLINED');
  });

  it('does send the only participant of a round a "no match this month" email', async () => {
    const lonely = await insertRound(stack, '2019-05', 'OPEN');
    await stack.dataSource.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via) VALUES ($1, $2, 'ROUND')`,
      [lonely, ids.dirk],
    );
    await admin.ok(MATCH_ROUND, { id: lonely });
    const mail = await waitFor(
      async () =>
        stack.mail
          .messagesTo('dirk@rijksoverheid.nl')
          .find((m) => /^Geen koffiedate-match/.test(m.subject)),
      'a "no match" email to the only participant',
    );
    expect(mail.text).toContain('de enige aanmelding');
  });

  it('does unsubscribe with one POST to the List-Unsubscribe address (RFC 8058)', async () => {
    await openRound(stack, admin); // which invites Eva
    const invitation = stack.mail
      .messagesTo('eva@rijksoverheid.nl')
      .find((m) => /doe je mee\?$/.test(m.subject))!;
    const url = /^<(.+)>$/.exec(invitation.headers['list-unsubscribe'])![1];
    // What a mail client sends, without cookies or a confirmation page.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(response.status).toBe(200);
    const status = await client.eva.ok<{ myCoffeeDate: { unsubscribed: boolean } }>(MY_STATUS);
    expect(status.myCoffeeDate.unsubscribed).toBe(true);
  });

  it('does split a team into mixed-style groups on the chosen day, for its coordinator only', async () => {
    const team = [ids.anna, ids.bert, ids.carla, ids.dirk, ids.eva];
    const communityId = await insertCommunity(stack, {
      name: 'Team Energie',
      slug: 'team-energie',
      joinPolicy: 'OPEN',
      members: team.map((memberId, i) => ({ memberId, role: i === 0 ? 'COORDINATOR' : 'MEMBER' })),
    });
    const day = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const request = `mutation($c: ID, $m: [ID!], $d: String!) {
      requestTeamCoffeeDate(input: { communityId: $c, memberIds: $m, meetOn: $d }) { id kind state meetOn } }`;
    const notCoordinator = await client.bert.request(request, { c: communityId, d: day });
    expect(notCoordinator.errors?.[0].extensions?.reason).toBe('NOT_TEAM_COORDINATOR');
    const tooFew = await client.anna.request(request, { m: team.slice(0, 3), d: day });
    expect(tooFew.errors?.[0].extensions?.reason).toBe('TEAM_SIZE');
    const past = await client.anna.request(request, { c: communityId, d: '2020-01-01' });
    expect(past.errors?.[0].extensions?.reason).toBe('TEAM_DATE');
    const rounds = await countRows(stack, 'coffee_date_round', "kind = 'TEAM'");
    expect(rounds).toBe(0);

    const made = await client.anna.ok<{
      requestTeamCoffeeDate: { id: string; kind: string; meetOn: string };
    }>(request, { c: communityId, d: day });
    expect(made.requestTeamCoffeeDate).toMatchObject({ kind: 'TEAM', meetOn: day });
    await waitFor(
      async () =>
        ['anna', 'bert', 'carla', 'dirk', 'eva'].every((n) =>
          stack.mail
            .messagesTo(`${n}@rijksoverheid.nl`)
            .some((m) => m.text.includes('team-koffiedate')),
        ),
      'a team koffiedate email to each of the five',
      20_000,
    );
    const groups = await storedGroups(stack, made.requestTeamCoffeeDate.id);
    expect(groups.flatMap((g) => g.memberIds).sort()).toEqual([...team].sort());
    expect(groups.every((g) => g.kind === 'GROUP' && g.memberIds.length >= 2)).toBe(true);
  });
});

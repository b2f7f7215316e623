import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import type { TestStack } from '../support/stack';
import {
  confirmLink,
  linkFrom,
  MATCH_ROUND,
  OPEN_ROUND,
  OPT_IN,
  settle,
  storedGroups,
} from './coffee-dates-support';

/**
 * Steps of a koffiedate round as tests take them, for a test that starts further on: it calls
 * the step it needs instead of leaning on the tests before it. A month has one monthly round,
 * so each step leaves a round that already went through it as it is.
 */

/** This month's round open and every member invited (opening again returns the same round). */
export async function openRound(stack: TestStack, admin: GraphqlClient): Promise<string> {
  const open = await admin.ok<{ openCoffeeDateRound: { id: string } }>(OPEN_ROUND);
  await settle(stack);
  return open.openCoffeeDateRound.id;
}

/** ...and matched after these members opted in (for this round only), match emails sent. */
export async function matchedRound(
  stack: TestStack,
  admin: GraphqlClient,
  members: GraphqlClient[],
): Promise<string> {
  const roundId = await openRound(stack, admin);
  if ((await countRows(stack, 'coffee_date_match', 'round_id = $1', [roundId])) === 0) {
    for (const member of members) await member.ok(OPT_IN, { everyMonth: false });
    await admin.ok(MATCH_ROUND, { id: roundId });
    await settle(stack);
  }
  return roundId;
}

/**
 * Three members who may meet one other (`stays`) only: matched, and the partner of `stays`
 * declined through the match email's link, so `stays` was re-matched with the one left out.
 * Returns the round and the one left out, now `stays`' partner.
 */
export async function rematchedAfterDecline(
  stack: TestStack,
  admin: GraphqlClient,
  three: { id: string; email: string; client: GraphqlClient }[],
  stays: string,
): Promise<{ roundId: string; leftOut: string }> {
  const roundId = await openRound(stack, admin);
  if ((await countRows(stack, 'coffee_date_match', 'round_id = $1', [roundId])) === 0) {
    for (const { client } of three) await client.ok(OPT_IN, { everyMonth: false });
    await admin.ok(MATCH_ROUND, { id: roundId });
    await settle(stack);
    const [pair] = await storedGroups(stack, roundId);
    const partner = three.find((m) => m.id !== stays && pair.memberIds.includes(m.id))!;
    const mail = stack.mail
      .messagesTo(partner.email)
      .find((m) => /^Je koffiedate van /.test(m.subject))!;
    await confirmLink(linkFrom(mail.text, 'Lukt het niet? Afzeggen'));
    await settle(stack);
  }
  const [group] = await storedGroups(stack, roundId);
  return { roundId, leftOut: group.memberIds.find((id) => id !== stays)! };
}

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import type { TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

/** The people every authorization matrix asks about, from outsider to platform admin. */
export type Persona =
  'anonymous' | 'otherMember' | 'pending' | 'member' | 'moderator' | 'coordinator' | 'admin';
export const PERSONAS: Persona[] = [
  'anonymous',
  'otherMember',
  'pending',
  'member',
  'moderator',
  'coordinator',
  'admin',
];
export const IN_COMMUNITY = ['member', 'moderator', 'coordinator'];

export type Policy = 'OPEN' | 'ON_REQUEST' | 'INVITE_ONLY' | 'HIDDEN';
export interface Cell<P extends Policy = Policy> {
  policy: P;
  persona: Persona;
}

/** Who may know a CoP exists: admins and its members always, everyone else unless hidden. */
export const sees = ({ policy, persona }: Cell) =>
  persona === 'admin' || IN_COMMUNITY.includes(persona) || policy !== 'HIDDEN';

/**
 * A member for every persona (and for `extras`), a signed-in client per persona, and the CoP
 * that 'otherMember' coordinates. Fills the given records so specs keep their own names.
 */
export async function setUpPersonas<Extra extends string>(
  stack: TestStack,
  ids: Record<string, string>,
  clients: Record<Persona, GraphqlClient>,
  extras: readonly Extra[] = [],
): Promise<void> {
  for (const who of [...PERSONAS, ...extras]) {
    if (who === 'anonymous') continue;
    ids[who] = await insertMember(stack, {
      email: `${who.toLowerCase()}@minbzk.nl`,
      name: `Persona ${who}`,
      admin: who === 'admin',
    });
  }
  for (const who of PERSONAS) {
    clients[who] =
      who === 'anonymous'
        ? stack.graphql
        : await sessionFor(stack, `${who.toLowerCase()}@minbzk.nl`);
  }
  await insertCommunity(stack, {
    name: 'Andere community',
    slug: 'andere',
    joinPolicy: 'OPEN',
    members: [{ memberId: ids.otherMember, role: 'COORDINATOR' }],
  });
}

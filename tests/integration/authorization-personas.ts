import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionTokenFor } from '../support/members';
import type { TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

/** The people every CoP authorization matrix asks about, from outsider to platform admin. */
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

/** Where signInPersonas puts each persona's member id, client and (if asked) session token. */
export interface PersonaRecords<P extends string> {
  ids: Partial<Record<P, string>>;
  clients: Record<P, GraphqlClient>;
  tokens?: Record<P, string | null>;
}

/**
 * A member for every persona (`<persona>@minbzk.nl`, 'admin' a platform admin) and for each
 * of `extras` (members without a session), and a signed-in client per persona; 'anonymous'
 * gets the stack's client and no session. Fills the given records so specs keep their names.
 */
export async function signInPersonas<P extends string>(
  stack: TestStack,
  personas: readonly P[],
  into: PersonaRecords<P>,
  extras: readonly string[] = [],
): Promise<void> {
  const ids = into.ids as Record<string, string>;
  for (const who of [...personas, ...extras]) {
    if (who === 'anonymous') continue;
    ids[who] = await insertMember(stack, {
      email: `${who.toLowerCase()}@minbzk.nl`,
      name: `Persona ${who}`,
      admin: who === 'admin',
    });
  }
  for (const who of personas) {
    const token =
      who === 'anonymous' ? null : await sessionTokenFor(stack, `${who.toLowerCase()}@minbzk.nl`);
    if (into.tokens) into.tokens[who] = token;
    into.clients[who] = token ? stack.graphql.withBearer(token) : stack.graphql;
  }
}

/** The CoP personas signed in (see signInPersonas), and the CoP 'otherMember' coordinates. */
export async function setUpPersonas(
  stack: TestStack,
  into: PersonaRecords<Persona>,
  extras: readonly string[] = [],
): Promise<void> {
  await signInPersonas(stack, PERSONAS, into, extras);
  await insertCommunity(stack, {
    name: 'Andere community',
    slug: 'andere',
    joinPolicy: 'OPEN',
    members: [{ memberId: into.ids.otherMember!, role: 'COORDINATOR' }],
  });
}

/** The memberships that make a CoP's personas what their names say. */
export function personaMemberships(ids: Partial<Record<Persona, string>>) {
  return [
    { memberId: ids.pending!, status: 'PENDING' as const },
    { memberId: ids.member! },
    { memberId: ids.moderator!, role: 'MODERATOR' },
    { memberId: ids.coordinator!, role: 'COORDINATOR' },
  ];
}

/** What every operation answers anonymous callers; the matrix says what others get. */
export function expectedFor(persona: string, expected: () => string): string {
  return persona === 'anonymous' ? 'UNAUTHENTICATED' : expected();
}

/**
 * Asks every operation for every persona (and, with policies, for every join policy) and
 * collects the cells whose answer differs from the matrix, as
 * `<operation> × <persona>[ × <policy>]: <actual>, expected <expected>`. The personas of
 * one row run in parallel unless `sequential` (when cells share state).
 */
export async function runMatrix<
  Op extends { name: string },
  P extends string,
  Pol = undefined,
>(matrix: {
  ops: readonly Op[];
  personas: readonly P[];
  policies?: readonly Pol[];
  sequential?: boolean;
  answer: (op: Op, cell: { persona: P; policy: Pol }) => Promise<string>;
  expected: (op: Op, cell: { persona: P; policy: Pol }) => string;
}): Promise<{ mismatches: string[]; cells: number }> {
  const mismatches: string[] = [];
  let cells = 0;
  const ask = async (op: Op, cell: { persona: P; policy: Pol }) => {
    const actual = await matrix.answer(op, cell);
    const expected = expectedFor(cell.persona, () => matrix.expected(op, cell));
    cells += 1;
    if (actual !== expected) {
      const where = matrix.policies ? ` × ${String(cell.policy)}` : '';
      mismatches.push(`${op.name} × ${cell.persona}${where}: ${actual}, expected ${expected}`);
    }
  };
  for (const op of matrix.ops) {
    for (const policy of matrix.policies ?? [undefined as Pol]) {
      if (matrix.sequential) {
        for (const persona of matrix.personas) await ask(op, { persona, policy });
      } else {
        await Promise.all(matrix.personas.map((persona) => ask(op, { persona, policy })));
      }
    }
  }
  return { mismatches, cells };
}

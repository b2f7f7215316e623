import type { GraphqlClient } from '@leerhuis/platform-testing';

import type { SeedableStack } from '../support/stack';

export const PROPOSE = `mutation($input: ProposeCommunityInput!) {
  proposeCommunity(input: $input) { id slug name status joinPolicy phase viewerMembership { role status } }
}`;

/** Inserts an active CoP with members directly (test setup, not behaviour under test). */
export async function insertCommunity(
  stack: SeedableStack,
  values: {
    name: string;
    slug: string;
    joinPolicy: 'OPEN' | 'ON_REQUEST' | 'INVITE_ONLY' | 'HIDDEN';
    goal?: string;
    themes?: string[];
    phase?: string;
    status?: 'ACTIVE' | 'PROPOSED';
    members?: { memberId: string; role?: string; status?: 'ACTIVE' | 'PENDING' }[];
  },
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO community (slug, name, goal, themes, join_policy, phase, status, starts_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '2026-01-01') RETURNING id`,
    [
      values.slug,
      values.name,
      values.goal ?? '',
      values.themes ?? [],
      values.joinPolicy,
      values.phase ?? 'PREPARATION',
      values.status ?? 'ACTIVE',
    ],
  );
  for (const m of values.members ?? []) {
    await stack.dataSource.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'ACTIVE' THEN now() END)`,
      [rows[0].id, m.memberId, m.role ?? 'MEMBER', m.status ?? 'ACTIVE'],
    );
  }
  return rows[0].id;
}

/** The error code (or 'ok') of a request. */
export async function outcome(
  client: GraphqlClient,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<string> {
  const result = await client.request(query, variables);
  return result.errors?.[0]?.extensions?.code ?? 'ok';
}

import { GraphqlClient, waitFor } from '@leerhuis/platform-testing';

import type { SeedableStack, TestStack } from './stack';

export const MINISTRY = {
  AZ: '00000000-0000-4000-8000-000000000001',
  BZK: '00000000-0000-4000-8000-000000000003',
  EZK: '00000000-0000-4000-8000-000000000004',
  FIN: '00000000-0000-4000-8000-000000000005',
  IenW: '00000000-0000-4000-8000-000000000007',
  SZW: '00000000-0000-4000-8000-000000000011',
};

/** Inserts a member directly (test setup, not behaviour under test). */
export async function insertMember(
  stack: SeedableStack,
  values: {
    email: string;
    name: string;
    organisationId?: string;
    admin?: boolean;
    visibility?: Record<string, string>;
  },
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO member (email, name, organisation_id, job_role, platform_role, visibility)
     VALUES ($1, $2, $3, 'ADVISER', $4, $5) RETURNING id`,
    [
      values.email,
      values.name,
      values.organisationId ?? MINISTRY.BZK,
      values.admin ? 'ADMIN' : 'MEMBER',
      values.visibility ?? {},
    ],
  );
  return rows[0].id;
}

/** Opens a session directly (test setup); returns its raw token. */
export async function sessionTokenFor(stack: SeedableStack, email: string): Promise<string> {
  const { createHash, randomBytes } = await import('node:crypto');
  const token = randomBytes(32).toString('base64url');
  await stack.dataSource.query(
    `INSERT INTO session (token_hash, email, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
    [createHash('sha256').update(token).digest('hex'), email],
  );
  return token;
}

/** Opens a session directly (test setup); returns a client that sends it as a bearer token. */
export async function sessionFor(stack: SeedableStack, email: string): Promise<GraphqlClient> {
  return stack.graphql.withBearer(await sessionTokenFor(stack, email));
}

/** The token from the newest sign-in email to `email` (the worker must be running). */
export async function signInTokenFromMail(
  stack: TestStack,
  email: string,
  after = 0,
): Promise<string> {
  const mail = await waitFor(
    async () => stack.mail.messagesTo(email).slice(after).at(-1),
    `a sign-in email to ${email}`,
  );
  const match = /token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`no token in the email: ${mail.text}`);
  return match[1];
}

/** Inserts an organisation directly (test setup); the type defaults to a directorate-general. */
export async function insertOrganisation(
  stack: TestStack,
  values: { name: string; parentId?: string | null; type?: string; abbreviation?: string },
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO organisation (name, abbreviation, type, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      values.name,
      values.abbreviation ?? null,
      values.type ?? 'DIRECTORATE_GENERAL',
      values.parentId === undefined ? MINISTRY.BZK : values.parentId,
    ],
  );
  return rows[0].id;
}

/** Rows of a table matching an SQL condition: to show that a refusal wrote nothing. */
export async function countRows(
  stack: TestStack,
  table: string,
  where = 'true',
  params: unknown[] = [],
): Promise<number> {
  const rows: { n: number }[] = await stack.dataSource.query(
    `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    params,
  );
  return rows[0].n;
}

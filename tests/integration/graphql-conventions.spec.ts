import type { GraphqlClient } from '@leerhuis/platform-testing';

import {
  insertMember,
  insertOrganisation,
  MINISTRY,
  sessionFor,
  sessionTokenFor,
} from '../support/members';
import { startStack, TestStack } from '../support/stack';

const MEMBERS_PAGE = `query($first: Int!) {
  members(first: $first) { edges { node { name organisation { name parent { name } } } } totalCount }
}`;
const MINISTRIES = Object.values(MINISTRY);

describe('GraphQL conventions', () => {
  let stack: TestStack;
  /** The same API with tight query limits. */
  let limited: TestStack;
  let member: GraphqlClient;

  beforeAll(async () => {
    [stack, limited] = await Promise.all([
      startStack(),
      startStack({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COMPLEXITY: '200' } }),
    ]);
    const organisations: string[] = [];
    for (let i = 0; i < 30; i++) {
      organisations.push(
        await insertOrganisation(stack, {
          name: `Directoraat-generaal ${String(i).padStart(2, '0')}`,
          parentId: MINISTRIES[i % MINISTRIES.length],
        }),
      );
    }
    await stack.dataSource.query(
      `INSERT INTO member (email, name, organisation_id, job_role)
       SELECT 'lid' || i || '@rijksoverheid.nl', 'Lid ' || lpad(i::text, 3, '0'), ($1::uuid[])[1 + i % 30], 'ADVISER'
         FROM generate_series(1, 120) AS i`,
      [organisations],
    );
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    member = await sessionFor(stack, 'anouk@minbzk.nl');
  });
  afterAll(() => Promise.all([stack?.stop(), limited?.stop()]));

  it('does load a members page with a fixed number of SQL statements, whatever its size', async () => {
    type Page = {
      members: {
        edges: {
          node: { name: string; organisation: { name: string; parent: { name: string } | null } };
        }[];
        totalCount: number;
      };
    };
    const small = await stack.countQueries(() => member.ok<Page>(MEMBERS_PAGE, { first: 10 }));
    const large = await stack.countQueries(() => member.ok<Page>(MEMBERS_PAGE, { first: 100 }));
    console.log(
      `SQL statements for members(first: 10): ${small.queries}, (first: 100): ${large.queries}`,
    );

    expect(small.result.members.edges).toHaveLength(10);
    expect(large.result.members.edges).toHaveLength(100);
    expect(large.result.members.totalCount).toBe(121);
    // The seeded members' organisations are DGs, so both relation levels resolve.
    const seeded = large.result.members.edges.filter((e) => e.node.name.startsWith('Lid '));
    expect(seeded).toHaveLength(99);
    expect(
      seeded.every(
        (e) => e.node.organisation.name.startsWith('Directoraat') && e.node.organisation.parent,
      ),
    ).toBe(true);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
  });

  it('does refuse a too-deep query before any resolver runs', async () => {
    const deep = `{ organisations { edges { node { parent { parent { parent { parent { name } } } } } } } }`;
    const { result, queries } = await limited.countQueries(() => limited.graphql.request(deep));
    expect(result.status).toBe(400);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      limit: 6,
      actual: 8,
    });
    expect(queries).toBe(0);
  });

  it('does refuse a too-complex query before any resolver runs', async () => {
    const complex = `{ members(first: 100) { edges { node { name email bio organisation { name } } } } }`;
    const { result, queries } = await limited.countQueries(() => limited.graphql.request(complex));
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      limit: 200,
    });
    expect(queries).toBe(0);
  });

  it('does refuse a cross-site simple request (text/plain) carrying the session cookie', async () => {
    const token = await sessionTokenFor(stack, 'anouk@minbzk.nl');
    const response = await fetch(`${stack.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: `leerhuis_session=${token}` },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
    await response.text();

    // signOut did not run: the session still works.
    const me = await stack.graphql
      .withCookie(`leerhuis_session=${token}`)
      .ok<{ me: { email: string } }>(`{ me { email } }`);
    expect(me.me.email).toBe('anouk@minbzk.nl');
  });

  it('does refuse GET queries without the preflight header and answer them with it', async () => {
    const token = await sessionTokenFor(stack, 'anouk@minbzk.nl');
    const url = `${stack.apiUrl}/graphql?query=${encodeURIComponent('{ me { email } }')}`;
    const plain = await fetch(url, { headers: { cookie: `leerhuis_session=${token}` } });
    expect(plain.status).toBe(400);
    expect(await plain.text()).not.toContain('anouk@minbzk.nl');

    const preflighted = await fetch(url, {
      headers: { cookie: `leerhuis_session=${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { me: { email: 'anouk@minbzk.nl' } } });
  });

  it('does give every response an X-Request-Id and echo a sane incoming one', async () => {
    const generated = await stack.graphql.request(`{ __typename }`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const echoed = await stack.graphql.request(
      `{ __typename }`,
      {},
      { 'x-request-id': 'trace-42.a_b' },
    );
    expect(echoed.headers.get('x-request-id')).toBe('trace-42.a_b');

    const insane = await stack.graphql.request(
      `{ __typename }`,
      {},
      { 'x-request-id': 'x'.repeat(65) },
    );
    expect(insane.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const page = await fetch(`${stack.apiUrl}/auth/sign-in`, {
      headers: { 'x-request-id': 'page-1' },
    });
    expect(page.headers.get('x-request-id')).toBe('page-1');
  });

  it('does answer unknown fields with GRAPHQL_VALIDATION_FAILED', async () => {
    const response = await member.request(`{ members { edges { node { salary } } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0].message).toContain('salary');
  });

  it('does answer variables that do not fit their type with 400 BAD_USER_INPUT naming the field', async () => {
    const response = await member.request(MEMBERS_PAGE, { first: 'ten' });
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'first' })],
    });
  });

  // Last: breaks the organisation table of this file's database.
  it('does answer an unexpected failure with INTERNAL_SERVER_ERROR and a request id, no internals', async () => {
    await stack.dataSource.query(
      `ALTER TABLE organisation RENAME COLUMN abbreviation TO abbr_gone`,
    );
    const response = await member.request(
      `{ organisations { edges { node { name abbreviation } } } }`,
      {},
      { 'x-request-id': 'broken-1' },
    );
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    const [error] = response.errors!;
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'broken-1' });
    expect(error.message).toBe('Internal server error (request broken-1)');
    expect(JSON.stringify(response.errors)).not.toMatch(
      /abbr|SELECT|QueryFailed|does not exist|stack/i,
    );
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import {
  PERSISTED_OPERATIONS as manifest,
  persistedHash as hashOf,
} from '../support/persisted-operations';
import { startStack, TestStack } from '../support/stack';

describe('persisted operations (the allow-list from codegen)', () => {
  /** As in production: GRAPHQL_PERSISTED_ONLY on. */
  let enforced: TestStack;
  /** As in development and the other tests: the default outside production, off. */
  let open: TestStack;
  let anouk: GraphqlClient;

  beforeAll(async () => {
    [enforced, open] = await Promise.all([
      startStack({ env: { GRAPHQL_PERSISTED_ONLY: 'true' } }),
      startStack(),
    ]);
    for (const s of [enforced, open])
      await insertMember(s, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    anouk = await sessionFor(enforced, 'anouk@minbzk.nl');
  });
  afterAll(() => Promise.all([enforced?.stop(), open?.stop()]));

  it('does run a listed operation sent by its hash alone, with variables', async () => {
    const me = await anouk.persisted<{ me: { member: { name: string } } }>(hashOf('Me'));
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.member.name).toBe('Anouk de Vries');

    const cops = await anouk.persisted<{ communities: { totalCount: number } }>(
      hashOf('Communities'),
      { mine: true, first: 20 },
    );
    expect(cops.errors).toBeUndefined();
    expect(cops.data?.communities.totalCount).toBe(0);
  });

  it('does run the listed document sent as text too', async () => {
    const hash = hashOf('SignInProviders');
    const listed = manifest[hash];
    const result = await enforced.graphql.request(listed);
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('signInProviders');
  });

  it('does refuse a document that is not on the list, before any resolver runs', async () => {
    const { result, queries } = await enforced.countQueries(() =>
      anouk.request('{ members(search: "anouk", first: 50) { totalCount } }'),
    );
    expect(result.status).toBe(403);
    expect(result.data).toBeNull();
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OPERATION_NOT_ALLOWED',
    });
    // Only the session lookup: no search ran.
    expect(queries).toBeLessThanOrEqual(2);

    // A listed document with one field more is another document.
    const changed = manifest[hashOf('Me')].replace('email', 'email needsProfile');
    expect((await anouk.request(changed)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('does refuse a tampered hash, and a listed hash sent with another document', async () => {
    const hash = hashOf('Me');
    const tampered = `${hash.slice(0, -1)}${hash.endsWith('0') ? '1' : '0'}`;
    const unknown = await anouk.persisted(tampered);
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const swapped = await anouk.persisted(hash, {}, '{ members(first: 50) { totalCount } }');
    expect(swapped.status).toBe(400);
    expect(swapped.data).toBeNull();
    expect(swapped.errors).toHaveLength(1);
  });

  it('does run any document outside production, and listed ones by hash', async () => {
    const viewer = await sessionFor(open, 'anouk@minbzk.nl');
    expect(await viewer.ok('{ __typename }')).toEqual({ __typename: 'Query' });
    const me = await viewer.persisted<{ me: { member: { name: string } } }>(hashOf('Me'));
    expect(me.data?.me.member.name).toBe('Anouk de Vries');
    expect((await viewer.persisted('0'.repeat(64))).errors?.[0].extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

/** `{ a0: <field> a1: <field> … }` with `count` aliases. */
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const MEMBER_SEARCH = 'members(search:"anouk"){totalCount}';
const STYLES = 'boundarySpannerStyles { style }';

describe('GraphQL limits against alias amplification', () => {
  let stack: TestStack;
  /** Low thresholds, and X-Forwarded-For trusted so each test can be its own IP. */
  let limited: TestStack;
  let anouk: GraphqlClient;

  beforeAll(async () => {
    [stack, limited] = await Promise.all([
      startStack(),
      startStack({
        env: {
          TRUST_PROXY_HOPS: '1',
          GRAPHQL_EXPENSIVE_COMPLEXITY: '100',
          GRAPHQL_EXPENSIVE_LIMIT_PER_MEMBER: '3',
          GRAPHQL_EXPENSIVE_LIMIT_PER_IP: '5',
        },
      }),
    ]);
    for (const s of [stack, limited]) {
      await insertMember(s, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
      await insertMember(s, { email: 'bram@minfin.nl', name: 'Bram Jansen' });
    }
    anouk = await sessionFor(stack, 'anouk@minbzk.nl');
  });
  afterAll(() => Promise.all([stack?.stop(), limited?.stop()]));

  it('does refuse 2,150 aliases of members(search:) before any search runs', async () => {
    // As the probe sent it: about 95 kB, under the 100 kB body limit.
    const query = aliased(2150, MEMBER_SEARCH);
    expect(query.length).toBeLessThan(100_000);
    const { result: refused, queries } = await stack.countQueries(() => anouk.request(query));
    expect(refused.status).toBe(400);
    expect(refused.data).toBeNull();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ROOT_FIELDS',
      limit: 30,
      actual: 2150,
    });
    // Only the session lookup: no search ran.
    expect(queries).toBeLessThanOrEqual(2);
  });

  it('does refuse 2,000 × boundarySpannerStyles from an anonymous visitor', async () => {
    const refused = await stack.graphql.request(aliased(2000, STYLES));
    expect(refused.status).toBe(400);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ROOT_FIELDS',
    });
  });

  it('does count aliases at every depth and through fragments', async () => {
    const deep = await anouk.request(`{ me { ${aliased(101, 'email').slice(1, -1)} } }`);
    expect(deep.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'TOO_MANY_ALIASES',
      limit: 100,
      actual: 101,
    });
    // 20 spreads of a fragment with 6 aliases: 120, though the text has only 6.
    const spreads = `{ me { ${Array.from({ length: 20 }, (_, i) => `s${i}: member { ...F }`).join(' ')} } }
      fragment F on Member { a: name b: name c: name d: name e: name f: name }`;
    const viaFragments = await anouk.request(spreads);
    expect(viaFragments.errors![0].extensions).toMatchObject({
      reason: 'TOO_MANY_ALIASES',
      actual: 140,
    });
  });

  it('does accept an operation within the limits', async () => {
    const answered = await anouk.request<Record<string, { totalCount: number }>>(
      aliased(30, MEMBER_SEARCH),
    );
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.a29.totalCount).toBe(1);
  });

  it('does give a search its cost, so many searches exceed the complexity limit', async () => {
    // 30 searches of 100 members with a few fields: within the root-field limit, too costly.
    const refused = await anouk.request(
      aliased(30, 'members(search: "anouk", first: 100) { totalCount edges { node { id name } } }'),
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
    });
  });

  it('does rate-limit expensive operations per member, with retryAfterSeconds', async () => {
    const bram = await sessionFor(limited, 'bram@minfin.nl');
    const expensive = aliased(5, MEMBER_SEARCH);
    // Each from another address: only the per-member counter can refuse.
    for (let i = 1; i <= 3; i++) {
      const allowed = await bram.request(expensive, {}, { 'x-forwarded-for': `10.1.0.${i}` });
      expect(allowed.errors).toBeUndefined();
    }
    const refused = await bram.request(expensive, {}, { 'x-forwarded-for': '10.1.0.4' });
    expect(refused.status).toBe(429);
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      reason: 'TOO_MANY_EXPENSIVE_REQUESTS',
    });
    const retryAfter = refused.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('retry-after')).toBe(String(retryAfter));

    // Cheap operations still work for Bram, and others are not affected.
    expect(
      (await bram.request(`{ me { email } }`, {}, { 'x-forwarded-for': '10.1.0.5' })).errors,
    ).toBeUndefined();
    const anoukThere = await sessionFor(limited, 'anouk@minbzk.nl');
    expect(
      (await anoukThere.request(expensive, {}, { 'x-forwarded-for': '10.1.0.6' })).errors,
    ).toBeUndefined();
  });

  it('does rate-limit expensive operations per IP address, also anonymous ones', async () => {
    const expensive = aliased(10, STYLES);
    for (let i = 0; i < 5; i++) {
      const allowed = await limited.graphql.request(
        expensive,
        {},
        { 'x-forwarded-for': '10.2.0.1' },
      );
      expect(allowed.errors).toBeUndefined();
    }
    const refused = await limited.graphql.request(expensive, {}, { 'x-forwarded-for': '10.2.0.1' });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    // A cheap operation from the same address, and the same one from another, still work.
    expect(
      (await limited.graphql.request(`{ __typename }`, {}, { 'x-forwarded-for': '10.2.0.1' }))
        .errors,
    ).toBeUndefined();
    expect(
      (await limited.graphql.request(expensive, {}, { 'x-forwarded-for': '10.2.0.2' })).errors,
    ).toBeUndefined();
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { SEARCH } from './search-support';

// The session, then: tsquery, the viewer's CoP scope, one per kind, the CoPs of shared lessons.
const BOUND = 8;

describe('search: SQL statements per search', () => {
  let stack: TestStack;
  let member: GraphqlClient;

  beforeAll(async () => {
    stack = await startStack();
    const anouk = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    const bram = await insertMember(stack, { email: 'bram@minbzk.nl', name: 'Bram Samenwerking' });
    member = await sessionFor(stack, 'anouk@minbzk.nl');
    for (let i = 0; i < 30; i += 1) {
      const id = await insertCommunity(stack, {
        name: `Samenwerking ${String(i).padStart(2, '0')}`,
        slug: `samenwerking-${i}`,
        joinPolicy: (['OPEN', 'ON_REQUEST', 'HIDDEN'] as const)[i % 3],
        members: i % 2 === 0 ? [{ memberId: anouk }, { memberId: bram }] : [{ memberId: bram }],
      });
      await stack.dataSource.query(
        `WITH t AS (
           INSERT INTO discussion_thread (community_id, author_id, title, body)
           SELECT $1, $2, 'Samenwerking in de keten ' || n, 'Over samenwerking en ketens ' || n
             FROM generate_series(1, 3) n RETURNING id, community_id)
         INSERT INTO discussion_reply (thread_id, community_id, author_id, body)
         SELECT t.id, t.community_id, $2, 'Samenwerking werkt' FROM t`,
        [id, bram],
      );
      await stack.dataSource.query(
        `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
         SELECT $1, $2, 'Samenwerking les ' || n, 'Tekst over samenwerking', 'PROFESSIONAL_DEVELOPMENT',
                CASE WHEN n % 2 = 0 THEN 'PLATFORM' ELSE 'MEMBERS' END
           FROM generate_series(1, 2) n`,
        [id, bram],
      );
    }
    await stack.dataSource.query(
      `INSERT INTO member (email, name, organisation_id, job_role, bio)
       SELECT 'lid' || n || '@minbzk.nl', 'Lid ' || n, organisation_id, 'ADVISER', 'Samenwerking is mijn vak'
         FROM member, generate_series(1, 30) n WHERE email = 'anouk@minbzk.nl'`,
    );
  });
  afterAll(() => stack?.stop());

  it.each(['samenwerking', 'samenwerkng'])(
    'does search %j with a fixed number of statements, whatever the page size',
    async (q) => {
      const small = await stack.countQueries(() => member.ok(SEARCH, { q, first: 1 }));
      const large = await stack.countQueries(() => member.ok(SEARCH, { q, first: 20 }));
      console.log(
        `SQL statements per search: first 1 → ${small.queries}, first 20 → ${large.queries}`,
      );
      const data = large.result as { search: Record<string, { hits: unknown[] }> };
      // The large page really is larger: every kind fills it.
      for (const kind of ['communities', 'discussions', 'lessons', 'members']) {
        expect(data.search[kind].hits.length).toBeGreaterThan(1);
      }
      expect(large.queries).toBe(small.queries);
      expect(small.queries).toBeLessThanOrEqual(BOUND);
    },
  );

  it('does run no search statement for a query without words (the session only)', async () => {
    const { queries } = await stack.countQueries(() => member.ok(SEARCH, { q: '?!&|' }));
    expect(queries).toBeLessThanOrEqual(1);
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const NESTED = `author { name } contributors { name } community { slug memberCount } viewerCanEdit`;
const CASES: { name: string; query: string; bound: number }[] = [
  {
    name: 'harvest(communityId)',
    query: `query($c: ID!, $first: Int) { harvest(communityId: $c, first: $first) { totalCount nodes { title ${NESTED} } } }`,
    bound: 10,
  },
  {
    name: 'harvest(audience: PLATFORM)',
    query: `query($first: Int) { harvest(audience: PLATFORM, first: $first) { totalCount nodes { title ${NESTED} } } }`,
    bound: 10,
  },
  {
    name: 'communities { harvest }',
    query: `query($first: Int) { communities(mine: true, first: $first) { nodes { slug harvest(first: 3) { totalCount nodes { title ${NESTED} } } } } }`,
    bound: 12,
  },
];

describe('harvest: SQL statements per list query', () => {
  let stack: TestStack;
  let member: GraphqlClient;
  let first: string;

  beforeAll(async () => {
    stack = await startStack();
    const anouk = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    const bram = await insertMember(stack, { email: 'bram@minbzk.nl', name: 'Bram Bakker' });
    member = await sessionFor(stack, 'anouk@minbzk.nl');
    for (let i = 0; i < 25; i += 1) {
      const id = await insertCommunity(stack, {
        name: `Kring ${String(i).padStart(2, '0')}`,
        slug: `kring-${i}`,
        joinPolicy: i % 5 === 0 ? 'HIDDEN' : 'OPEN',
        members: i % 2 === 0 ? [{ memberId: anouk }, { memberId: bram }] : [{ memberId: bram }],
      });
      first ??= id;
      // Every CoP gets 4 lessons, two shared, each with both members as contributors.
      await stack.dataSource.query(
        `WITH l AS (
           INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
           SELECT $1, $2, 'Les ' || n, 'Tekst', 'PROFESSIONAL_DEVELOPMENT',
                  CASE WHEN n % 2 = 0 THEN 'PLATFORM' ELSE 'MEMBERS' END
             FROM generate_series(1, 4) n RETURNING id)
         INSERT INTO harvest_lesson_contributor (lesson_id, member_id, position)
         SELECT l.id, m.id, m.position FROM l, unnest($3::uuid[]) WITH ORDINALITY AS m(id, position)`,
        [id, bram, [anouk, bram]],
      );
    }
    // One CoP with many lessons, for the first case.
    await stack.dataSource.query(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
       SELECT $1, $2, 'Extra ' || n, 'Tekst', 'NEW_PRACTICE_IMPLEMENTED', 'MEMBERS'
         FROM generate_series(1, 60) n`,
      [first, anouk],
    );
  });
  afterAll(() => stack?.stop());

  it.each(CASES)(
    'does read $name with a fixed number of statements, whatever the page size',
    async ({ query, bound }) => {
      const variables = (size: number) => ({ c: first, first: size });
      const small = await stack.countQueries(() => member.ok(query, variables(3)));
      const large = await stack.countQueries(() => member.ok(query, variables(40)));
      console.log(`SQL statements: first 3 → ${small.queries}, first 40 → ${large.queries}`);
      expect(large.queries).toBe(small.queries);
      expect(small.queries).toBeLessThanOrEqual(bound);
    },
  );
});

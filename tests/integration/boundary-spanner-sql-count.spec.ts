import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const PROFILE = `boundarySpannerProfile { preferredStyles scores { style score } }`;
const CASES: { name: string; query: string; bound: number }[] = [
  {
    name: 'members { boundarySpannerProfile }',
    query: `query($first: Int) { members(first: $first) { nodes { name ${PROFILE} } } }`,
    bound: 8,
  },
  {
    name: 'community { members { member { boundarySpannerProfile } } teamProfile }',
    query: `query($first: Int) { community(slug: "kring") {
      members(first: $first) { nodes { member { name ${PROFILE} } } }
      teamProfile { profileCount withoutVisibleProfile styles { style averageScore } }
    } }`,
    bound: 14,
  },
];

describe('boundary-spanner: SQL statements per list query', () => {
  let stack: TestStack;
  let viewer: GraphqlClient;

  beforeAll(async () => {
    stack = await startStack();
    const memberIds: string[] = [];
    for (let i = 0; i < 45; i += 1) {
      memberIds.push(
        await insertMember(stack, {
          email: `lid${i}@minbzk.nl`,
          name: `Lid ${String(i).padStart(2, '0')}`,
        }),
      );
    }
    viewer = await sessionFor(stack, 'lid0@minbzk.nl');
    await insertCommunity(stack, {
      name: 'Kring',
      slug: 'kring',
      joinPolicy: 'OPEN',
      members: memberIds.map((memberId) => ({ memberId })),
    });
    // Two profiles each (history), visibility varying; inserted directly (setup, not behaviour).
    await stack.dataSource.query(
      `WITH a AS (
         INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version, submitted_at)
         SELECT m, 1, now() FROM unnest($1::uuid[]) m, generate_series(1, 2) RETURNING id, member_id)
       INSERT INTO boundary_spanner_profile (member_id, attempt_id, questionnaire_version, scores, preferred_styles)
       SELECT member_id, id, 1,
              '{"VERBINDER":80,"MOTIVATOR":50,"CARTOGRAAF":40,"HELD":30,"VINDER":20,"ONDERHANDELAAR":10}',
              '{VERBINDER}'
         FROM a`,
      [memberIds],
    );
    await stack.dataSource.query(
      `INSERT INTO boundary_spanner_setting (member_id, visibility)
       SELECT m, (ARRAY['PRIVATE','MY_COMMUNITIES','EVERYONE'])[1 + (o % 3)]
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(m, o)`,
      [memberIds],
    );
  });
  afterAll(() => stack?.stop());

  it.each(CASES)(
    'does read $name with a fixed number of statements, whatever the page size',
    async ({ query, bound }) => {
      const small = await stack.countQueries(() => viewer.ok(query, { first: 3 }));
      const large = await stack.countQueries(() => viewer.ok(query, { first: 40 }));
      console.log(`SQL statements: first 3 → ${small.queries}, first 40 → ${large.queries}`);
      expect(large.queries).toBe(small.queries);
      expect(small.queries).toBeLessThanOrEqual(bound);
    },
  );
});

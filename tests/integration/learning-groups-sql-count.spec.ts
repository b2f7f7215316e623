import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

const LIST = `query($first: Int!) {
  learningGroups(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name status viewerRole
      facilitator { id name }
      viewerApplication { id status programme { name ministry { name } } }
    }
  }
}`;

describe('leergroepen list', () => {
  let stack: TestStack;
  let viewer: GraphqlClient;

  beforeAll(async () => {
    stack = await startStack();
    const me = await insertMember(stack, { email: 'pd@minbzk.nl', name: 'Programmadirecteur' });
    viewer = await sessionFor(stack, 'pd@minbzk.nl');
    const [programme]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
       VALUES ($1, 'Programma', '00000000-0000-4000-8000-000000000003', 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', false)
       RETURNING id`,
      [me],
    );
    // 45 leergroepen, each with its own facilitator; the viewer applied to every third.
    for (let i = 0; i < 45; i++) {
      const facilitator = await insertMember(stack, {
        email: `begeleider${i}@adviespool.nl`,
        name: `Begeleider ${i}`,
      });
      const [group]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at)
         VALUES ($1, $2, DATE '2027-01-01' + $3::int, '2028-12-31', '2027-03-01T13:00:00Z') RETURNING id`,
        [`Leergroep ${i}`, facilitator, i % 10],
      );
      if (i % 3 === 0) {
        await stack.dataSource.query(
          `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish)
           VALUES ($1, $2, $3, 'Leren van andere programma''s.')`,
          [group.id, me, programme.id],
        );
      }
    }
  });

  afterAll(() => stack?.stop());

  it('does read a page with a fixed number of statements, whatever the page size', async () => {
    const small = await stack.countQueries(() => viewer.ok(LIST, { first: 3 }));
    const large = await stack.countQueries(() => viewer.ok(LIST, { first: 40 }));
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(8);
  });

  it('does page through every leergroep once, newest cohort first', async () => {
    type Page = {
      learningGroups: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { id: string }[];
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await viewer.ok<Page>(
        `query($after: String) { learningGroups(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      expect(page.learningGroups.totalCount).toBe(45);
      seen.push(...page.learningGroups.nodes.map((n) => n.id));
      if (!page.learningGroups.pageInfo.hasNextPage) break;
      after = page.learningGroups.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    const bad = await viewer.request(`{ learningGroups(after: "nonsense") { totalCount } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

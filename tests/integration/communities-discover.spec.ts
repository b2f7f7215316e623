import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';

const LIST = `query($search: String, $theme: String, $phase: CommunityPhase, $mine: Boolean, $first: Int!, $after: String) {
  communities(search: $search, theme: $theme, phase: $phase, mine: $mine, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { slug memberCount lastActivityAt viewerMembership { role } coordinators { member { name } } }
  }
}`;
type Page = {
  communities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    nodes: { slug: string; memberCount: number; viewerMembership: { role: string } | null }[];
  };
};

describe('communities: discover and search', () => {
  let stack: TestStack;
  let member: GraphqlClient;
  let outsider: GraphqlClient;
  const slugs = (page: Page) => page.communities.nodes.map((n) => n.slug);

  beforeAll(async () => {
    stack = await startStack();
    const anouk = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    await insertMember(stack, { email: 'olaf@minez.nl', name: 'Olaf Outsider' });
    member = await sessionFor(stack, 'anouk@minbzk.nl');
    outsider = await sessionFor(stack, 'olaf@minez.nl');
    await insertCommunity(stack, {
      name: 'Ketenpartners',
      slug: 'ketenpartners',
      joinPolicy: 'OPEN',
      goal: 'Beter samenwerken tussen uitvoeringsorganisaties',
      themes: ['Uitvoering'],
      phase: 'DEEPENING',
      members: [{ memberId: anouk, role: 'COORDINATOR' }],
    });
    await insertCommunity(stack, {
      name: 'Geheime samenwerking',
      slug: 'geheim',
      joinPolicy: 'HIDDEN',
      goal: 'Samenwerken in stilte',
      themes: ['Uitvoering'],
      members: [{ memberId: anouk }],
    });
    await insertCommunity(stack, {
      name: 'Voorgesteld samenwerken',
      slug: 'voorgesteld',
      joinPolicy: 'OPEN',
      status: 'PROPOSED',
    });
    await insertCommunity(stack, {
      name: 'Wonen en zorg',
      slug: 'wonen-en-zorg',
      joinPolicy: 'ON_REQUEST',
      goal: 'Woningbouw voor ouderen',
      themes: ['Wonen'],
    });
    // 60 more open CoPs, each with members, for the SQL-count test.
    const ids: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO community (slug, name, join_policy, status, starts_on, themes)
       SELECT 'cop-' || lpad(i::text, 3, '0'), 'CoP ' || lpad(i::text, 3, '0'), 'OPEN', 'ACTIVE', '2026-01-01', '{Bulk}'
         FROM generate_series(1, 60) AS i RETURNING id`,
    );
    await stack.dataSource.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
       SELECT id, $2, 'COORDINATOR', 'ACTIVE', now() FROM unnest($1::uuid[]) AS id`,
      [ids.map((r) => r.id), anouk],
    );
  });
  afterAll(() => stack?.stop());

  it('does find "samenwerken" when searching "samenwerking" (Dutch stemming), best match first', async () => {
    const page = await outsider.ok<Page>(LIST, { search: 'samenwerking', first: 10 });
    expect(slugs(page)).toEqual(['ketenpartners']);
    expect(page.communities.totalCount).toBe(1);
    // A member of the hidden CoP finds it too; name matches rank above purpose matches.
    const mine = await member.ok<Page>(LIST, { search: 'samenwerking', first: 10 });
    expect(slugs(mine)).toEqual(['geheim', 'ketenpartners']);
  });

  it('does never show hidden or unapproved CoPs to non-members, not even in counts', async () => {
    const all = await outsider.ok<Page>(LIST, { first: 100 });
    expect(all.communities.totalCount).toBe(62);
    expect(slugs(all)).not.toContain('geheim');
    expect(slugs(all)).not.toContain('voorgesteld');
    const byTheme = await outsider.ok<Page>(LIST, { theme: 'uitvoering', first: 10 });
    expect(byTheme.communities).toMatchObject({
      totalCount: 1,
      nodes: [{ slug: 'ketenpartners' }],
    });
    const missing = await outsider.request(`{ community(slug: "bestaat-niet") { id } }`);
    const hidden = await outsider.request(`{ community(slug: "geheim") { id } }`);
    expect(hidden.errors).toEqual(missing.errors);
    expect(JSON.stringify(hidden)).not.toContain('geheim');
  });

  it('does filter by phase and "mine", and pages with cursors', async () => {
    expect(slugs(await outsider.ok<Page>(LIST, { phase: 'DEEPENING', first: 10 }))).toEqual([
      'ketenpartners',
    ]);
    const mine = await member.ok<Page>(LIST, { mine: true, first: 100 });
    expect(mine.communities.totalCount).toBe(62);
    expect(mine.communities.nodes.every((n) => n.viewerMembership)).toBe(true);
    const first = await outsider.ok<Page>(LIST, { first: 30 });
    const second = await outsider.ok<Page>(LIST, {
      first: 40,
      after: first.communities.pageInfo.endCursor,
    });
    expect([...slugs(first), ...slugs(second)]).toHaveLength(62);
    expect(new Set([...slugs(first), ...slugs(second)]).size).toBe(62);
    expect(second.communities.pageInfo.hasNextPage).toBe(false);
    // Search results page by rank too.
    const s1 = await outsider.ok<Page>(LIST, { search: 'cop', first: 25 });
    const s2 = await outsider.ok<Page>(LIST, {
      search: 'cop',
      first: 50,
      after: s1.communities.pageInfo.endCursor,
    });
    expect(new Set([...slugs(s1), ...slugs(s2)]).size).toBe(60);
  });

  it('does load a page of CoPs with a fixed number of SQL statements, whatever its size', async () => {
    const small = await stack.countQueries(() => member.ok<Page>(LIST, { first: 10 }));
    const large = await stack.countQueries(() => member.ok<Page>(LIST, { first: 50 }));
    console.log(
      `SQL statements for communities(first: 10): ${small.queries}, (first: 50): ${large.queries}`,
    );
    expect(small.result.communities.nodes).toHaveLength(10);
    expect(large.result.communities.nodes).toHaveLength(50);
    expect(large.result.communities.nodes.every((n) => n.memberCount === 1)).toBe(true);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(8);
  });
});

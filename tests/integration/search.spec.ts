import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { reply, startThread } from './discussions-support';
import { marked, SEARCH, SearchResult } from './search-support';

async function insertLesson(
  stack: TestStack,
  communityId: string | null,
  authorId: string,
  title: string,
  description: string,
  audience: 'MEMBERS' | 'PLATFORM',
): Promise<string> {
  const rows: { id: string }[] = await stack.dataSource.query(
    `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
     VALUES ($1, $2, $3, $4, 'NEW_PRACTICE_IMPLEMENTED', $5) RETURNING id`,
    [communityId, authorId, title, description, audience],
  );
  return rows[0].id;
}

describe('search: one search for CoPs, discussions, lessons and members', () => {
  let stack: TestStack;
  let member: GraphqlClient; // active member of the open, closed and hidden CoP
  let outsider: GraphqlClient; // member of no CoP
  let former: GraphqlClient; // left the closed and the hidden CoP
  let admin: GraphqlClient; // platform admin, member of no CoP
  const ids: Record<string, string> = {};

  const search = (client: GraphqlClient, q: string, first = 10) =>
    client.ok<SearchResult>(SEARCH, { q, first }).then((r) => r.search);

  beforeAll(async () => {
    stack = await startStack();
    const anouk = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    await insertMember(stack, { email: 'bram@minbzk.nl', name: 'Bram Bakker' });
    const carla = await insertMember(stack, { email: 'carla@minfin.nl', name: 'Carla Smit' });
    await insertMember(stack, { email: 'dirk@minbzk.nl', name: 'Dirk Jansen', admin: true });
    ids.open = await insertCommunity(stack, {
      name: 'Ketenregie in de praktijk',
      slug: 'ketenregie',
      joinPolicy: 'OPEN',
      goal: 'Samen sterker in de keten van zorg en veiligheid',
      members: [{ memberId: anouk }],
    });
    ids.closed = await insertCommunity(stack, {
      name: 'Inkoopkring',
      slug: 'inkoopkring',
      joinPolicy: 'ON_REQUEST',
      goal: 'Slimmer inkopen met samenwerkingspartners',
      members: [{ memberId: anouk }, { memberId: carla }],
    });
    ids.hidden = await insertCommunity(stack, {
      name: 'Verborgen samenwerking',
      slug: 'verborgen',
      joinPolicy: 'HIDDEN',
      goal: 'Een geheime verkenning',
      members: [{ memberId: anouk }, { memberId: carla }],
    });
    // Carla leaves the closed and the hidden CoP: a former member.
    await stack.dataSource.query(
      `DELETE FROM community_membership WHERE member_id = $1 AND community_id = ANY($2::uuid[])`,
      [carla, [ids.closed, ids.hidden]],
    );
    member = await sessionFor(stack, 'anouk@minbzk.nl');
    outsider = await sessionFor(stack, 'bram@minbzk.nl');
    former = await sessionFor(stack, 'carla@minfin.nl');
    admin = await sessionFor(stack, 'dirk@minbzk.nl');

    // Posts through the API, so the lexicon is filled as in production (triggers).
    ids.openThread = await startThread(
      member,
      ids.open,
      'Samenwerking met uitvoeringsorganisaties',
      'Hoe houden we de afspraken tussen de partners overzichtelijk?',
    );
    ids.openReply = await reply(
      member,
      ids.openThread,
      'De keten van toezicht werkt alleen met goede afspraken over gegevens.',
    );
    ids.closedThread = await startThread(
      member,
      ids.closed,
      'Samenwerking in het inkoopproces',
      'Vertrouwelijk: de aanbesteding loopt vast bij de leverancier.',
    );
    ids.hiddenThread = await startThread(
      member,
      ids.hidden,
      'Samenwerking achter de schermen',
      'Niemand buiten deze kring mag dit lezen.',
    );
    ids.openMembersLesson = await insertLesson(
      stack,
      ids.open,
      anouk,
      'Samenwerking vraagt tijd',
      'Plan vaste momenten met de ketenpartners.',
      'MEMBERS',
    );
    ids.closedPlatformLesson = await insertLesson(
      stack,
      ids.closed,
      anouk,
      'Samenwerking over grenzen',
      'Vertrouwelijke details over de leverancier.',
      'PLATFORM',
    );
    ids.closedMembersLesson = await insertLesson(
      stack,
      ids.closed,
      anouk,
      'Samenwerking binnenskamers',
      'Alleen voor de kring.',
      'MEMBERS',
    );
    ids.hiddenPlatformLesson = await insertLesson(
      stack,
      ids.hidden,
      anouk,
      'Samenwerking in het verborgene',
      'Gedeeld, maar de kring is geheim.',
      'PLATFORM',
    );
    ids.articleLesson = await insertLesson(
      stack,
      null,
      anouk,
      'Leergroep: samenwerking tussen programma’s',
      'Wat vijf programmadirecteuren leerden over samenwerking.',
      'PLATFORM',
    );
    ids.publicBio = await insertMember(stack, {
      email: 'sanne@minezk.nl',
      name: 'Sanne Mulder',
      visibility: {},
    });
    ids.privateBio = await insertMember(stack, {
      email: 'tom@minezk.nl',
      name: 'Tom de Groot',
      visibility: { bio: 'PRIVATE', jobRole: 'PRIVATE' },
    });
    await stack.dataSource.query(
      `UPDATE member SET bio = 'Ik werk aan samenwerking in de zorgketen.' WHERE id = ANY($1::uuid[])`,
      [[ids.publicBio, ids.privateBio]],
    );
  });
  afterAll(() => stack?.stop());

  describe('matching', () => {
    it('does find inflected Dutch words by their stem, with the hit highlighted', async () => {
      const result = await search(member, 'samenwerkingen');
      const thread = result.discussions!.hits.find((h) => h.threadId === ids.openThread)!;
      expect(thread).toBeDefined();
      expect(marked(thread.title)).toEqual(['Samenwerking']);
      expect(result.lessons!.hits.map((h) => h.id)).toContain(ids.openMembersLesson);
    });

    it('does tolerate a typo ("samenwerkng" finds "samenwerking")', async () => {
      const result = await search(member, 'samenwerkng');
      expect(result.discussions!.hits.map((h) => h.threadId)).toEqual(
        expect.arrayContaining([ids.openThread, ids.closedThread, ids.hiddenThread]),
      );
      expect(result.communities!.hits.map((h) => h.slug)).toContain('verborgen');
    });

    it('does find "keten" for "ketens", in a reply, and says which reply', async () => {
      const result = await search(member, 'ketens toezicht');
      const hit = result.discussions!.hits.find((h) => h.threadId === ids.openThread)!;
      expect(hit.replyId).toBe(ids.openReply);
      expect(hit.snippet!.text).toContain('De keten van toezicht');
      expect(marked(hit.snippet!)).toEqual(expect.arrayContaining(['keten', 'toezicht']));
    });

    it('does search a new post at once (the lexicon follows every write)', async () => {
      const id = await startThread(
        member,
        ids.open,
        'Wie kent de kwartiermakersrol?',
        'Een kwartiermaker bereidt de organisatie voor.',
      );
      const result = await search(member, 'kwartiermakrs');
      expect(result.discussions!.hits.map((h) => h.threadId)).toEqual([id]);
    });

    it('does find members by name and by what they show, never by a private field', async () => {
      const byName = await search(outsider, 'Mulder');
      expect(byName.members!.hits.map((h) => h.id)).toEqual([ids.publicBio]);
      const byBio = await search(outsider, 'zorgketen');
      expect(byBio.members!.hits.map((h) => h.id)).toEqual([ids.publicBio]);
      expect(marked(byBio.members!.hits[0].snippet!)).toEqual(['zorgketen']);
      const tom = await search(outsider, 'Groot');
      expect(tom.members!.hits).toEqual([
        { id: ids.privateBio, name: { text: 'Tom de Groot' }, jobRole: null, snippet: null },
      ]);
    });

    it('does search only the kinds asked for', async () => {
      const result = await member.ok<SearchResult>(SEARCH, {
        q: 'samenwerking',
        kinds: ['LESSON'],
      });
      expect(result.search.communities).toBeNull();
      expect(result.search.discussions).toBeNull();
      expect(result.search.members).toBeNull();
      expect(result.search.lessons!.hits.length).toBeGreaterThan(0);
    });

    it('does page each kind with first and tell when there is more', async () => {
      const result = await search(member, 'samenwerking', 1);
      expect(result.discussions!.hits).toHaveLength(1);
      expect(result.discussions!.hasMore).toBe(true);
    });
  });

  describe('permissions', () => {
    const seen = async (client: GraphqlClient) => {
      const r = await search(client, 'samenwerking');
      return {
        communities: r.communities!.hits.map((h) => h.slug).sort(),
        threads: r.discussions!.hits.map((h) => h.threadId),
        lessons: r.lessons!.hits.map((h) => h.id),
        r,
      };
    };

    it('does show a member their CoPs’ posts, title only in a closed CoP', async () => {
      const { threads, lessons, r } = await seen(member);
      expect(threads).toEqual(
        expect.arrayContaining([ids.openThread, ids.closedThread, ids.hiddenThread]),
      );
      const hit = (id: string) => r.discussions!.hits.find((h) => h.threadId === id)!;
      expect(hit(ids.openThread).snippet).not.toBeNull();
      expect(hit(ids.closedThread).snippet).toBeNull();
      expect(hit(ids.hiddenThread).snippet).toBeNull();
      expect(hit(ids.closedThread).community.slug).toBe('inkoopkring');
      expect(JSON.stringify(r)).not.toContain('aanbesteding');
      expect(lessons).toEqual(
        expect.arrayContaining([
          ids.openMembersLesson,
          ids.closedPlatformLesson,
          ids.closedMembersLesson,
          ids.hiddenPlatformLesson,
          ids.articleLesson,
        ]),
      );
      const lesson = r.lessons!.hits.find((h) => h.id === ids.closedPlatformLesson)!;
      expect(lesson.snippet).toBeNull();
    });

    it.each([
      ['a non-member', () => outsider],
      ['a former member', () => former],
    ])('does show %s no hidden CoP, no discussion and only shared lessons', async (_, client) => {
      const { communities, threads, lessons, r } = await seen(client());
      expect(communities).not.toContain('verborgen');
      expect(threads).toEqual([]);
      expect(lessons.sort()).toEqual([ids.closedPlatformLesson, ids.articleLesson].sort());
      // Shared from a closed CoP: its title and CoP, never its text.
      const shared = r.lessons!.hits.find((h) => h.id === ids.closedPlatformLesson)!;
      expect(shared.snippet).toBeNull();
      expect(shared.community!.slug).toBe('inkoopkring');
      const article = r.lessons!.hits.find((h) => h.id === ids.articleLesson)!;
      expect(article.snippet!.text).toContain('programmadirecteuren');
      const text = JSON.stringify(r);
      for (const secret of ['Vertrouwelijk', 'geheim', 'verborgen', 'binnenskamers', 'schermen']) {
        expect(text).not.toContain(secret);
      }
    });

    it('does show a hidden CoP itself to a platform admin, but not its discussions', async () => {
      const { communities, threads } = await seen(admin);
      expect(communities).toContain('verborgen');
      expect(threads).toEqual([]);
    });

    it('does not answer without a session', async () => {
      const result = await stack.graphql.request(SEARCH, { q: 'samenwerking' });
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('bad input', () => {
    it('does refuse a query of 10,000 characters with BAD_USER_INPUT on query', async () => {
      const result = await member.request(SEARCH, { q: 'samenwerking '.repeat(770) });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([
        expect.objectContaining({ field: 'query' }),
      ]);
    });

    // A blank query is refused before any resolver, like every blank required text.
    it.each(['   ', ''])('does refuse %j as BAD_USER_INPUT on query', async (q) => {
      const result = await member.request<SearchResult>(SEARCH, { q });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.fields).toEqual([
        expect.objectContaining({ field: 'query' }),
      ]);
    });

    it.each(['!?&|*:()…—', 'a & | !b:*', `'x' <-> (y) "z`, 'samen:* & !', '\\', 'de het een'])(
      'does answer %j without an error',
      async (q) => {
        const result = await member.request<SearchResult>(SEARCH, { q });
        expect(result.errors).toBeUndefined();
        expect(result.data!.search.query).toBe(q);
      },
    );

    it('does find plain words inside tsquery syntax', async () => {
      const result = await search(member, 'samenwerking:* & !uitvoeringsorganisaties |');
      expect(result.discussions!.hits.length).toBeGreaterThan(0);
    });

    it('does refuse a page size outside 1–20', async () => {
      const result = await member.request(SEARCH, { q: 'keten', first: 500 });
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });
});

import { type GraphqlClient, waitFor } from '@leerhuis/platform-testing';

import { insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';

type Who = 'requester' | 'p1' | 'p2' | 'p3' | 'p4' | 'sameMinistry' | 'outsider';

const INTRO = `id status viewerIsRequester requester { id } peer { id }
  proposals { rank score peer { id } reasons { code themes } }`;

interface Intro {
  id: string;
  status: string;
  viewerIsRequester: boolean;
  peer: { id: string } | null;
  proposals: {
    rank: number;
    score: number;
    peer: { id: string };
    reasons: { code: string; themes: string[] }[];
  }[];
}

describe('peer introductions between programme directors', () => {
  let stack: TestStack;
  const ids = {} as Record<Who, string>;
  const clients = {} as Record<Who, GraphqlClient>;
  const programmes = {} as Record<Who, string>;
  let introId: string;

  const email = (who: Who) => `${who.toLowerCase()}@rijksoverheid.nl`;
  const request = (who: Who, programmeId: string | null) =>
    clients[who].request<{ requestPeerIntroduction: Intro }>(
      `mutation($p: ID) { requestPeerIntroduction(input: { programmeId: $p }) { ${INTRO} } }`,
      { p: programmeId },
    );
  const pick = (who: Who, peer: Who) =>
    clients[who].request<{ pickPeerForIntroduction: Intro }>(
      `mutation($id: ID!, $peer: ID!) { pickPeerForIntroduction(input: { introductionId: $id, peerId: $peer }) { ${INTRO} } }`,
      { id: introId, peer: ids[peer] },
    );
  const answer = (who: Who, accept: boolean) =>
    clients[who].request<{ answerPeerIntroduction: Intro }>(
      `mutation($id: ID!, $accept: Boolean!) { answerPeerIntroduction(input: { introductionId: $id, accept: $accept }) { ${INTRO} } }`,
      { id: introId, accept },
    );
  const read = (who: Who) =>
    clients[who].request<{ peerIntroduction: Intro }>(
      `query($id: ID!) { peerIntroduction(id: $id) { ${INTRO} } }`,
      { id: introId },
    );
  const count = async (table: string) =>
    (
      (await stack.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[]
    )[0].n;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const setup: [Who, string, Record<string, unknown> | null][] = [
      [
        'requester',
        MINISTRY.BZK,
        {
          type: 'KETENREGIE_OWN_FRAMEWORKS',
          strategy: 'POLICY',
          phase: 'START',
          themes: ['Wonen', 'Energie'],
        },
      ],
      [
        'p1',
        MINISTRY.EZK,
        {
          type: 'KETENREGIE_OWN_FRAMEWORKS',
          strategy: 'POLICY',
          phase: 'START',
          themes: ['wonen'],
        },
      ],
      [
        'p2',
        MINISTRY.FIN,
        {
          type: 'KETENREGIE_OWN_FRAMEWORKS',
          strategy: 'IMPLEMENTATION',
          phase: 'START',
          themes: [],
        },
      ],
      [
        'p3',
        MINISTRY.SZW,
        { type: 'KETENSTURING_COFINANCING', strategy: 'POLICY', phase: 'START', themes: [] },
      ],
      [
        'p4',
        MINISTRY.IenW,
        { type: 'KETENSTURING_COFINANCING', strategy: 'STIMULATION', phase: 'START', themes: [] },
      ],
      [
        'sameMinistry',
        MINISTRY.BZK,
        {
          type: 'KETENREGIE_OWN_FRAMEWORKS',
          strategy: 'POLICY',
          phase: 'START',
          themes: ['Wonen'],
        },
      ],
      ['outsider', MINISTRY.AZ, null],
    ];
    for (const [who, ministry, programme] of setup) {
      ids[who] = await insertMember(stack, {
        email: email(who),
        name: `Directeur ${who}`,
        organisationId: ministry,
      });
      clients[who] = await sessionFor(stack, email(who));
      if (programme) {
        const [row]: { id: string }[] = await stack.dataSource.query(
          `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, themes, has_budget)
           VALUES ($1, $2, $3, $4, $5, $6, $7, true) RETURNING id`,
          [
            ids[who],
            `Programma ${who}`,
            ministry,
            programme.type,
            programme.strategy,
            programme.phase,
            programme.themes,
          ],
        );
        programmes[who] = row.id;
      }
    }
  }, 60_000);

  // Each test starts from no introductions (the proposals go with them) and makes its own.
  beforeEach(async () => {
    introId = '';
    await stack.settle();
    await stack.dataSource.query(`DELETE FROM peer_introduction`);
  });
  afterAll(() => stack?.stop());

  /** The requester asks for an introduction: the steps every later test starts from. */
  async function proposeIntroduction(): Promise<void> {
    const result = await request('requester', programmes.requester);
    introId = result.data!.requestPeerIntroduction.id;
  }
  /** ...and picks p1, who is asked by email. */
  async function pickP1(): Promise<void> {
    await proposeIntroduction();
    await pick('requester', 'p1');
    await stack.settle();
  }
  /** ...and p1 accepts, which introduces both by email. */
  async function acceptByP1(): Promise<void> {
    await pickP1();
    await answer('p1', true);
    await stack.settle();
  }

  it('refuses a request without one of your own programmes, storing nothing', async () => {
    const none = await request('outsider', null);
    expect(none.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PROGRAMME_REQUIRED',
      fields: [{ field: 'programmeId', message: expect.any(String) }],
    });
    const someoneElses = await request('outsider', programmes.requester);
    expect(someoneElses.errors?.[0].extensions?.reason).toBe('PROGRAMME_REQUIRED');
    expect(await count('peer_introduction')).toBe(0);
  });

  it('proposes up to three peers from other ministries with reasons', async () => {
    const result = await request('requester', programmes.requester);
    expect(result.errors).toBeUndefined();
    const intro = result.data!.requestPeerIntroduction;
    introId = intro.id;
    expect(intro.status).toBe('PROPOSED');
    expect(intro.proposals.map((p) => [p.peer.id, p.score])).toEqual([
      [ids.p1, 90],
      [ids.p2, 60],
      [ids.p3, 40],
    ]);
    expect(intro.proposals[0].reasons).toEqual([
      { code: 'SAME_TYPE', themes: [] },
      { code: 'SAME_STRATEGY', themes: [] },
      { code: 'SAME_PHASE', themes: [] },
      { code: 'SHARED_THEMES', themes: ['wonen'] },
    ]);
    // Proposed people do not see the introduction until they are picked.
    expect((await read('p1')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await answer('p1', true)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets the requester pick only someone proposed, once', async () => {
    await proposeIntroduction();
    const wrong = await pick('requester', 'sameMinistry');
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PEER_NOT_PROPOSED',
    });
    expect((await pick('outsider', 'p1')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const picked = await pick('requester', 'p1');
    expect(picked.errors).toBeUndefined();
    expect(picked.data!.pickPeerForIntroduction).toMatchObject({
      status: 'PICKED',
      peer: { id: ids.p1 },
    });
    expect((await pick('requester', 'p2')).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_PICKED',
    });
    const asked = await waitFor(
      async () => stack.mail.messagesTo(email('p1')).find((m) => m.subject.includes('kennismaken')),
      'the request email to the peer',
    );
    expect(asked.text).toContain(`/kennismaken/${introId}`);
  });

  it('only the picked peer answers, once; both are introduced by email exactly once', async () => {
    await pickP1();
    // The picked peer sees it, without the other proposals.
    const seen = await read('p1');
    expect(seen.data!.peerIntroduction).toMatchObject({ viewerIsRequester: false, proposals: [] });
    expect((await read('p2')).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await answer('p2', true)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await answer('outsider', true)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await answer('requester', true)).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_YOUR_INTRODUCTION',
    });
    const accepted = await answer('p1', true);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.answerPeerIntroduction.status).toBe('ACCEPTED');
    expect((await answer('p1', false)).errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_ANSWERED',
    });
    const toRequester = await waitFor(
      async () =>
        stack.mail.messagesTo(email('requester')).find((m) => m.subject.startsWith('Kennismaking')),
      'the introduction email to the requester',
    );
    expect(toRequester.text).toContain(email('p1'));
    const toPeer = await waitFor(
      async () =>
        stack.mail.messagesTo(email('p1')).find((m) => m.subject.startsWith('Kennismaking')),
      'the introduction email to the peer',
    );
    expect(toPeer.text).toContain(email('requester'));
    await stack.settle();
    const introductions = [email('requester'), email('p1')].flatMap((to) =>
      stack.mail.messagesTo(to).filter((m) => m.subject.startsWith('Kennismaking')),
    );
    expect(introductions).toHaveLength(2);
  }, 30_000);

  it('lists introductions for the requester and the picked peer only', async () => {
    await acceptByP1();
    const q = `{ myPeerIntroductions { id status } }`;
    for (const who of ['requester', 'p1'] as Who[]) {
      const mine = await clients[who].request<{ myPeerIntroductions: { id: string }[] }>(q);
      expect(mine.data!.myPeerIntroductions.map((i) => i.id)).toEqual([introId]);
    }
    for (const who of ['p2', 'outsider'] as Who[]) {
      const mine = await clients[who].request<{ myPeerIntroductions: { id: string }[] }>(q);
      expect(mine.data!.myPeerIntroductions).toEqual([]);
    }
    expect((await stack.graphql.request(q)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

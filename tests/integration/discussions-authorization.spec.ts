/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are asserted by shape here */
import type { GraphqlClient } from '@leerhuis/platform-testing';

import { startStack, TestStack } from '../support/stack';
import {
  type Cell as PersonaCell,
  IN_COMMUNITY,
  type Persona,
  PERSONAS,
  type Policy as AnyPolicy,
  runMatrix,
  sees,
  setUpPersonas,
} from './authorization-personas';

type Policy = Extract<AnyPolicy, 'OPEN' | 'HIDDEN'>;
const POLICIES: Policy[] = ['OPEN', 'HIDDEN'];
const MODERATORS = ['moderator', 'coordinator'];

type Cell = PersonaCell<Policy>;
/** Platform admins see every CoP but act in one (and read its discussions) only as members. */
const participantsOnly = (cell: Cell) =>
  !sees(cell) ? 'NOT_FOUND' : IN_COMMUNITY.includes(cell.persona) ? 'ok' : 'FORBIDDEN';
const moderatorsOnly = (cell: Cell) =>
  !sees(cell) ? 'NOT_FOUND' : MODERATORS.includes(cell.persona) ? 'ok' : 'FORBIDDEN';
/** The post is the member persona's: only they may change it. */
const authorOnly = (cell: Cell) =>
  !sees(cell) ? 'NOT_FOUND' : cell.persona === 'member' ? 'ok' : 'FORBIDDEN';

const MATRIX: { name: string; query: string; mutates: boolean; expected: (c: Cell) => string }[] = [
  {
    name: 'discussionThreads',
    query: `query($c: ID!) { discussionThreads(communityId: $c) { totalCount nodes { id replyCount author { name } } } }`,
    mutates: false,
    expected: participantsOnly,
  },
  {
    name: 'discussionThread',
    query: `query($t: ID!) { discussionThread(id: $t) { id title replies { totalCount nodes { body } } community { name } } }`,
    mutates: false,
    expected: participantsOnly,
  },
  {
    name: 'discussionModerationQueue',
    query: `query($c: ID!) { discussionModerationQueue(communityId: $c) { totalCount nodes { id reason thread { title } } } }`,
    mutates: false,
    expected: moderatorsOnly,
  },
  {
    name: 'startDiscussionThread',
    query: `mutation($c: ID!) { startDiscussionThread(input: { communityId: $c, title: "Nieuwe draad", body: "Tekst" }) { id } }`,
    mutates: true,
    expected: participantsOnly,
  },
  {
    name: 'replyToDiscussionThread',
    query: `mutation($t: ID!) { replyToDiscussionThread(input: { threadId: $t, body: "Reactie" }) { id } }`,
    mutates: true,
    expected: participantsOnly,
  },
  {
    name: 'editDiscussionThread',
    query: `mutation($t: ID!) { editDiscussionThread(input: { threadId: $t, title: "Bewerkt" }) { id } }`,
    mutates: true,
    expected: authorOnly,
  },
  {
    name: 'deleteDiscussionThread',
    query: `mutation($t: ID!) { deleteDiscussionThread(input: { threadId: $t }) { id } }`,
    mutates: true,
    expected: authorOnly,
  },
  {
    name: 'editDiscussionReply',
    query: `mutation($r: ID!) { editDiscussionReply(input: { replyId: $r, body: "Bewerkt" }) { id } }`,
    mutates: true,
    expected: authorOnly,
  },
  {
    name: 'deleteDiscussionReply',
    query: `mutation($r: ID!) { deleteDiscussionReply(input: { replyId: $r }) { id } }`,
    mutates: true,
    expected: authorOnly,
  },
  {
    name: 'moderateDiscussionThread',
    query: `mutation($t: ID!) { moderateDiscussionThread(input: { threadId: $t, pinned: true, locked: true }) { id } }`,
    mutates: true,
    expected: moderatorsOnly,
  },
  {
    name: 'setDiscussionPostHidden',
    query: `mutation($t: ID!, $r: ID!) { setDiscussionPostHidden(input: { threadId: $t, replyId: $r, hidden: true }) { reply { id } } }`,
    mutates: true,
    expected: moderatorsOnly,
  },
  {
    name: 'reportDiscussionPost',
    query: `mutation($t: ID!) { reportDiscussionPost(input: { threadId: $t, reason: "Ongepast" }) { id } }`,
    mutates: true,
    expected: participantsOnly,
  },
  {
    name: 'resolveDiscussionReport',
    query: `mutation($report: ID!) { resolveDiscussionReport(input: { reportId: $report, action: DISMISS }) { id } }`,
    mutates: true,
    expected: moderatorsOnly,
  },
];

const SECRET_TITLE = 'Geheime draad matrix';

describe('discussions: authorization matrix', () => {
  let stack: TestStack;
  const clients = {} as Record<Persona, GraphqlClient>;
  const ids = {} as Record<Persona | 'reporter', string>;
  let counter = 0;

  /** A CoP with every persona in place, a thread and reply by `member`, and an open report. */
  async function freshSetup(policy: Policy) {
    counter += 1;
    // One statement (test setup): the matrix needs a fresh CoP for every mutation cell.
    const [row]: { c: string; t: string; r: string; report: string }[] =
      await stack.dataSource.query(
        `WITH c AS (
           INSERT INTO community (slug, name, join_policy, status, starts_on)
           VALUES ($1, $2, $3, 'ACTIVE', '2026-01-01') RETURNING id
         ), m AS (
           INSERT INTO community_membership (community_id, member_id, role, status, joined_at)
           SELECT c.id, x.member_id, x.role, x.status, CASE WHEN x.status = 'ACTIVE' THEN now() END
             FROM c, (VALUES ($4::uuid, 'MEMBER', 'PENDING'), ($5::uuid, 'MEMBER', 'ACTIVE'),
                             ($6::uuid, 'MEMBER', 'ACTIVE'), ($7::uuid, 'MODERATOR', 'ACTIVE'),
                             ($8::uuid, 'COORDINATOR', 'ACTIVE')) AS x (member_id, role, status)
         ), t AS (
           INSERT INTO discussion_thread (community_id, author_id, title, body)
           SELECT c.id, $5, $9, 'Tekst' FROM c RETURNING id, community_id
         ), r AS (
           INSERT INTO discussion_reply (thread_id, community_id, author_id, body)
           SELECT t.id, t.community_id, $5, 'Reactie' FROM t RETURNING id, thread_id, community_id
         ), report AS (
           INSERT INTO discussion_report (community_id, thread_id, reply_id, reporter_id, reason)
           SELECT r.community_id, r.thread_id, r.id, $6, 'Ongepast' FROM r RETURNING id
         )
         SELECT c.id AS c, t.id AS t, r.id AS r, report.id AS report FROM c, t, r, report`,
        [
          `matrix-${policy.toLowerCase()}-${counter}`,
          `Matrix ${policy} ${counter}`,
          policy,
          ids.pending,
          ids.member,
          ids.reporter,
          ids.moderator,
          ids.coordinator,
          SECRET_TITLE,
        ],
      );
    return row;
  }

  beforeAll(async () => {
    stack = await startStack();
    await setUpPersonas(stack, { ids, clients }, ['reporter']);
  });
  afterAll(() => stack?.stop());

  it('does answer every discussion query and mutation as the matrix says', async () => {
    const shared = {
      OPEN: await freshSetup('OPEN'),
      HIDDEN: await freshSetup('HIDDEN'),
    };
    const { mismatches, cells } = await runMatrix({
      ops: MATRIX,
      personas: PERSONAS,
      policies: POLICIES,
      expected: (op, cell) => op.expected(cell),
      answer: async (op, { policy, persona }) => {
        const setup = op.mutates ? await freshSetup(policy) : shared[policy];
        const result = await clients[persona].request(op.query, setup);
        let actual = result.errors?.[0]?.extensions?.code ?? 'ok';
        // Nothing of a hidden CoP shows in answers to those who may not see it.
        const text = JSON.stringify(result);
        if (
          !sees({ policy, persona }) &&
          (text.includes('matrix-hidden') ||
            text.includes('Matrix HIDDEN') ||
            text.includes(SECRET_TITLE))
        )
          actual = 'leak';
        return actual;
      },
    });
    expect(mismatches).toEqual([]);
    expect(cells).toBe(MATRIX.length * PERSONAS.length * POLICIES.length);
  });

  it('does answer ids from a hidden CoP exactly like ids that do not exist', async () => {
    const { t, r, report, c } = await freshSetup('HIDDEN');
    const missing = '00000000-0000-4000-8000-00000000dead';
    const pairs: [string, Record<string, string>, Record<string, string>][] = [
      [MATRIX[1].query, { t }, { t: missing }],
      [MATRIX[4].query, { t }, { t: missing }],
      [MATRIX[7].query, { r }, { r: missing }],
      [MATRIX[11].query, { t }, { t: missing }],
      [MATRIX[12].query, { report }, { report: missing }],
      [MATRIX[0].query, { c }, { c: missing }],
    ];
    for (const [query, secret, absent] of pairs) {
      const a = await clients.otherMember.request(query, secret);
      const b = await clients.otherMember.request(query, absent);
      expect(a.errors?.map((e) => [e.message, e.extensions])).toEqual(
        b.errors?.map((e) => [e.message, e.extensions]),
      );
    }
  });

  it('does hide hidden posts from non-moderators in lists, counts and nested fields', async () => {
    const { c, t } = await freshSetup('OPEN');
    await stack.dataSource.query(
      `UPDATE discussion_reply SET hidden_at = now() WHERE thread_id = $1`,
      [t],
    );
    const query = `query($c: ID!) { discussionThreads(communityId: $c) { totalCount nodes { replyCount replies { totalCount nodes { id } } } } }`;
    const member = await clients.member.request<any>(query, { c });
    expect(member.data.discussionThreads.nodes[0]).toMatchObject({
      replyCount: 0,
      replies: { totalCount: 0, nodes: [] },
    });
    const mod = await clients.moderator.request<any>(query, { c });
    expect(mod.data.discussionThreads.nodes[0].replyCount).toBe(1);
    await stack.dataSource.query(`UPDATE discussion_thread SET hidden_at = now() WHERE id = $1`, [
      t,
    ]);
    const list = await clients.member.request<any>(query, { c });
    expect(list.data.discussionThreads).toMatchObject({ totalCount: 0, nodes: [] });
  });
});

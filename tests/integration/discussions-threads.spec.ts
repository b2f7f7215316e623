/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are asserted by shape here */
import type { GraphqlClient } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import {
  events,
  MODERATE,
  REPLY,
  reply,
  START,
  startThread,
  THREAD,
  THREADS,
} from './discussions-support';

describe('discussions: threads and replies', () => {
  let stack: TestStack;
  let anouk: GraphqlClient;
  let bram: GraphqlClient;
  let mod: GraphqlClient;
  let anoukId: string;
  let bramId: string;
  let outsiderId: string;
  let cop: string;

  beforeAll(async () => {
    stack = await startStack();
    anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    bramId = await insertMember(stack, { email: 'bram@minfin.nl', name: 'Bram Bakker' });
    const modId = await insertMember(stack, { email: 'mod@minaz.nl', name: 'Mo Moderator' });
    outsiderId = await insertMember(stack, { email: 'buiten@minez.nl', name: 'Buiten Staander' });
    cop = await insertCommunity(stack, {
      name: 'Samen werken aan de energietransitie',
      slug: 'energie',
      joinPolicy: 'OPEN',
      members: [
        { memberId: anoukId },
        { memberId: bramId },
        { memberId: modId, role: 'MODERATOR' },
      ],
    });
    anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    bram = await sessionFor(stack, 'bram@minfin.nl');
    mod = await sessionFor(stack, 'mod@minaz.nl');
  });
  afterAll(() => stack?.stop());

  it('does start a thread, render its Markdown safely and touch the CoP', async () => {
    await stack.dataSource.query(
      `UPDATE community SET last_activity_at = '2026-01-01' WHERE id = $1`,
      [cop],
    );
    const result = await anouk.request<{ startDiscussionThread: Record<string, unknown> }>(START, {
      input: {
        communityId: cop,
        title: '  Eerste bijeenkomst  ',
        body: 'Zie [de agenda](https://example.nl/agenda) <script>alert(1)</script> [x](javascript:alert(1))',
      },
    });
    expect(result.errors).toBeUndefined();
    const thread = result.data!.startDiscussionThread;
    expect(thread).toMatchObject({
      title: 'Eerste bijeenkomst',
      pinned: false,
      hidden: false,
      deleted: false,
      replyCount: 0,
      author: { name: 'Anouk de Vries' },
    });
    expect(thread.bodyHtml).toContain(
      '<a href="https://example.nl/agenda" rel="nofollow noopener">de agenda</a>',
    );
    expect(thread.bodyHtml).toContain('&lt;script&gt;');
    expect(thread.bodyHtml).not.toContain('javascript:alert(1)"');
    const [{ fresh }] = await stack.dataSource.query(
      `SELECT last_activity_at > now() - interval '1 minute' AS fresh FROM community WHERE id = $1`,
      [cop],
    );
    expect(fresh).toBe(true);
    expect(await events(stack, 'discussions.thread-created')).toContainEqual({
      communityId: cop,
      threadId: thread.id,
      authorId: anoukId,
    });
  });

  it('does refuse bad input with a specific code and field, writing nothing', async () => {
    const before = await countRows(stack, 'discussion_thread');
    const cases: [Record<string, unknown>, string, string][] = [
      // Blank text is refused centrally (platform-graphql inputTextPlugin) before the domain.
      [{ title: '  ', body: 'Tekst' }, 'INVALID_INPUT', 'title'],
      [{ title: 'ab', body: 'Tekst' }, 'TITLE_LENGTH', 'title'],
      [{ title: 'x'.repeat(201), body: 'Tekst' }, 'TITLE_LENGTH', 'title'],
      [{ title: 'Goede titel', body: ' \n ' }, 'INVALID_INPUT', 'body'],
      [{ title: 'Goede titel', body: 'x'.repeat(20_001) }, 'BODY_LENGTH', 'body'],
    ];
    for (const [input, code, field] of cases) {
      const result = await anouk.request(START, { input: { communityId: cop, ...input } });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: code,
        fields: [expect.objectContaining({ field })],
      });
    }
    expect(await countRows(stack, 'discussion_thread')).toBe(before);
    const threadId = await startThread(anouk, cop);
    const empty = await bram.request(REPLY, { input: { threadId, body: '' } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await countRows(stack, 'discussion_reply', 'thread_id = $1', [threadId])).toBe(0);
  });

  it('does list threads pinned first, then by last activity, as a Relay connection', async () => {
    const own = await insertCommunity(stack, {
      name: 'Lijst',
      slug: 'lijst',
      joinPolicy: 'OPEN',
      members: [{ memberId: anoukId }, { memberId: bramId }],
    });
    const ids: string[] = [];
    for (const title of ['Oudste draad', 'Middelste draad', 'Nieuwste draad']) {
      ids.push(await startThread(anouk, own, title));
    }
    await reply(bram, ids[0], 'Een reactie maakt deze draad weer actueel.');
    await stack.dataSource.query(`UPDATE discussion_thread SET pinned = true WHERE id = $1`, [
      ids[1],
    ]);
    const page1 = await anouk.request<{ discussionThreads: any }>(THREADS, { c: own, first: 2 });
    expect(page1.data!.discussionThreads.nodes.map((n: any) => n.title)).toEqual([
      'Middelste draad',
      'Oudste draad',
    ]);
    expect(page1.data!.discussionThreads.totalCount).toBe(3);
    expect(page1.data!.discussionThreads.nodes[1].replyCount).toBe(1);
    const page2 = await anouk.request<{ discussionThreads: any }>(THREADS, {
      c: own,
      first: 2,
      after: page1.data!.discussionThreads.pageInfo.endCursor,
    });
    expect(page2.data!.discussionThreads.nodes.map((n: any) => n.title)).toEqual([
      'Nieuwste draad',
    ]);
    expect(page2.data!.discussionThreads.pageInfo.hasNextPage).toBe(false);
    const forged = await anouk.request(THREADS, { c: own, after: 'bm9wZQ' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('does list replies oldest first and page through them', async () => {
    const threadId = await startThread(anouk, cop, 'Drie reacties');
    for (const body of ['een', 'twee', 'drie']) await reply(bram, threadId, body);
    const first = await anouk.request<{ discussionThread: any }>(THREAD, {
      id: threadId,
      first: 2,
    });
    const replies = first.data!.discussionThread.replies;
    expect(replies.nodes.map((r: any) => r.body)).toEqual(['een', 'twee']);
    expect(replies.totalCount).toBe(3);
    const next = await anouk.request<{ discussionThread: any }>(THREAD, {
      id: threadId,
      first: 2,
      after: replies.pageInfo.endCursor,
    });
    expect(next.data!.discussionThread.replies.nodes.map((r: any) => r.body)).toEqual(['drie']);
  });

  it("does let authors edit and delete their own posts only; deleted posts read '[verwijderd]'", async () => {
    const threadId = await startThread(anouk, cop, 'Te bewerken');
    const replyId = await reply(bram, threadId, 'Mijn reactie');
    const EDIT_THREAD = `mutation($input: EditDiscussionThreadInput!) { editDiscussionThread(input: $input) { title body } }`;
    const EDIT_REPLY = `mutation($input: EditDiscussionReplyInput!) { editDiscussionReply(input: $input) { body } }`;
    const DELETE_THREAD = `mutation($input: DiscussionThreadRefInput!) { deleteDiscussionThread(input: $input) { title body deleted } }`;
    const DELETE_REPLY = `mutation($input: DiscussionReplyRefInput!) { deleteDiscussionReply(input: $input) { body deleted } }`;

    const notMine = await bram.request(EDIT_THREAD, { input: { threadId, title: 'Gekaapt' } });
    expect(notMine.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NOT_AUTHOR',
    });
    const notMineToo = await anouk.request(EDIT_REPLY, { input: { replyId, body: 'Gekaapt' } });
    expect(notMineToo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const modToo = await mod.request(DELETE_REPLY, { input: { replyId } });
    expect(modToo.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const edited = await anouk.request<any>(EDIT_THREAD, {
      input: { threadId, title: 'Bewerkt', body: 'Nieuwe tekst' },
    });
    expect(edited.data.editDiscussionThread).toEqual({ title: 'Bewerkt', body: 'Nieuwe tekst' });
    const tooLong = await bram.request(EDIT_REPLY, {
      input: { replyId, body: 'x'.repeat(20_001) },
    });
    expect(tooLong.errors?.[0].extensions?.reason).toBe('BODY_LENGTH');

    const deletedReply = await bram.request<any>(DELETE_REPLY, { input: { replyId } });
    expect(deletedReply.data.deleteDiscussionReply).toEqual({
      body: '[verwijderd]',
      deleted: true,
    });
    const deleted = await anouk.request<any>(DELETE_THREAD, { input: { threadId } });
    expect(deleted.data.deleteDiscussionThread).toEqual({
      title: '[verwijderd]',
      body: '[verwijderd]',
      deleted: true,
    });
    // The thread stays readable, with the deleted reply in place.
    const read = await bram.request<any>(THREAD, { id: threadId });
    expect(read.data.discussionThread.replies.nodes).toEqual([
      expect.objectContaining({ body: '[verwijderd]', deleted: true }),
    ]);
    const again = await anouk.request(DELETE_THREAD, { input: { threadId } });
    expect(again.errors?.[0].extensions?.reason).toBe('POST_DELETED');
    const late = await bram.request(REPLY, { input: { threadId, body: 'Nog iets' } });
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'THREAD_DELETED',
    });
    expect(await countRows(stack, 'discussion_reply', 'thread_id = $1', [threadId])).toBe(1);
    expect((await events(stack, 'discussions.post-deleted')).length).toBe(2);
  });

  it('does refuse replies to a locked thread with CONFLICT and a clear message', async () => {
    const threadId = await startThread(anouk, cop, 'Wordt gesloten');
    const member = await bram.request(MODERATE, { input: { threadId, locked: true } });
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const locked = await mod.request<any>(MODERATE, { input: { threadId, locked: true } });
    expect(locked.data.moderateDiscussionThread).toMatchObject({ locked: true, pinned: false });
    const refused = await bram.request(REPLY, { input: { threadId, body: 'Mag dit nog?' } });
    expect(refused.errors?.[0]).toMatchObject({
      message: 'This thread is locked by a moderator: no new replies can be posted.',
      extensions: { code: 'CONFLICT', reason: 'THREAD_LOCKED' },
    });
    expect(await countRows(stack, 'discussion_reply', 'thread_id = $1', [threadId])).toBe(0);
  });

  it('does store mentions of active members of the CoP only, with one event each', async () => {
    const body = `Vraag voor @[Platform admin](${bramId}) en @[Beheerder](${outsiderId}) en mijzelf @[Anouk](${anoukId})`;
    const threadId = await startThread(anouk, cop, 'Met vermeldingen', body);
    const read = await bram.request<any>(THREAD, { id: threadId });
    // The author's text never shows as a mention: the member's current name does, and a
    // mention of someone outside the CoP is plain text.
    expect(read.data.discussionThread.bodyHtml).toBe(
      `<p>Vraag voor <a class="mention" href="/leden/${bramId}" data-member-id="${bramId}">@Bram Bakker</a> en Beheerder en mijzelf <a class="mention" href="/leden/${anoukId}" data-member-id="${anoukId}">@Anouk de Vries</a></p>\n`,
    );
    expect(read.data.discussionThread.body).toBe(body);
    const stored: { member_id: string }[] = await stack.dataSource.query(
      `SELECT member_id FROM discussion_mention WHERE thread_id = $1`,
      [threadId],
    );
    expect(stored.map((m) => m.member_id)).toEqual([bramId]);
    const mentioned = (await events(stack, 'discussions.mentioned')).filter(
      (e) => e.threadId === threadId,
    );
    expect(mentioned).toEqual([
      { communityId: cop, threadId, replyId: null, memberId: bramId, mentionedBy: anoukId },
    ]);
    // Mentioning Bram again in an edit does not notify him twice.
    const EDIT = `mutation($input: EditDiscussionThreadInput!) { editDiscussionThread(input: $input) { id } }`;
    await anouk.request(EDIT, { input: { threadId, body: `${body} (bewerkt)` } });
    const replyId = await reply(anouk, threadId, `Toch nog even @[Bram](${bramId})`);
    await stack.dataSource.query(`UPDATE member SET name = 'Bram Bakker-de Wit' WHERE id = $1`, [
      bramId,
    ]);
    const replies = await bram.request<any>(THREAD, { id: threadId });
    expect(replies.data.discussionThread.replies.nodes[0].bodyHtml).toContain(
      `<a class="mention" href="/leden/${bramId}" data-member-id="${bramId}">@Bram Bakker-de Wit</a>`,
    );
    await stack.dataSource.query(`UPDATE member SET name = 'Bram Bakker' WHERE id = $1`, [bramId]);
    const after = (await events(stack, 'discussions.mentioned')).filter(
      (e) => e.threadId === threadId,
    );
    expect(after.map((e) => e.replyId)).toEqual([null, replyId]);
  });

  it('does load a page of threads with a fixed number of SQL statements, whatever its size', async () => {
    const big = await insertCommunity(stack, {
      name: 'Veel draden',
      slug: 'veel-draden',
      joinPolicy: 'OPEN',
      members: [{ memberId: anoukId }, { memberId: bramId }],
    });
    // 60 threads by alternating authors, each with replies (direct inserts: test setup).
    await stack.dataSource.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body, last_activity_at)
       SELECT $1, CASE WHEN n % 2 = 0 THEN $2::uuid ELSE $3::uuid END, 'Draad ' || n, 'Tekst',
              now() - n * interval '1 minute'
         FROM generate_series(1, 60) n`,
      [big, anoukId, bramId],
    );
    await stack.dataSource.query(
      `INSERT INTO discussion_reply (thread_id, community_id, author_id, body)
       SELECT t.id, t.community_id, $2, 'Reactie' FROM discussion_thread t, generate_series(1, 3)
        WHERE t.community_id = $1`,
      [big, bramId],
    );
    const LIST = `query($c: ID!, $first: Int) { discussionThreads(communityId: $c, first: $first) {
      totalCount nodes { id title replyCount author { name } community { name }
        replies(first: 2) { totalCount nodes { body author { name } } } } } }`;
    const small = await stack.countQueries(() => anouk.request<any>(LIST, { c: big, first: 10 }));
    const large = await stack.countQueries(() => anouk.request<any>(LIST, { c: big, first: 50 }));
    console.log(
      `SQL statements for discussionThreads(first: 10): ${small.queries}, (first: 50): ${large.queries}`,
    );
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data.discussionThreads.nodes).toHaveLength(50);
    expect(large.result.data.discussionThreads.nodes[0].replyCount).toBe(3);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(12);
  });
});

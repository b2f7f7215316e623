/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are asserted by shape here */
import { discussionMemberMentioned } from '@leerhuis/discussions';
import { OutboxRelay, recordEvent } from '@leerhuis/platform-events';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { events, reply, SET_HIDDEN, startThread, THREAD } from './discussions-support';

const CANDIDATES = `query($threadId: ID, $communityId: ID, $search: String!, $first: Int) {
  mentionCandidates(threadId: $threadId, communityId: $communityId, search: $search, first: $first) {
    id name
  }
}`;

const link = (id: string, name: string) =>
  `<a class="mention" href="/leden/${id}" data-member-id="${id}">@${name}</a>`;

describe('discussions: @mentions only reach people who can read the thread', () => {
  let stack: TestStack;
  const ids: Record<string, string> = {};
  const as: Record<string, GraphqlClient> = {};
  let cop: string;

  /** Every event relayed and every notification job done. */
  async function settled(): Promise<void> {
    const relay = stack.worker!.get(OutboxRelay);
    const queue = stack.worker!.get(QueueProducer).queue(QueueName.Mail);
    await waitFor(
      async () => {
        if ((await relay.drain()) > 0) return false;
        const counts = await queue.getJobCounts('wait', 'active', 'prioritized', 'delayed');
        return counts.wait + counts.active + counts.prioritized === 0;
      },
      'the events to be processed',
      20_000,
    );
  }

  const candidates = async (who: string, variables: Record<string, unknown>) => {
    const data = await as[who].ok<{ mentionCandidates: { id: string; name: string }[] }>(
      CANDIDATES,
      { search: '', ...variables },
    );
    return data.mentionCandidates.map((m) => m.name);
  };

  const mentions = async (memberId: string) =>
    countRows(stack, 'notification', `member_id = $1 AND kind = 'MENTION'`, [memberId]);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    for (const [key, name] of [
      ['anouk', 'Anouk de Vries'],
      ['annet', 'Annet van Dam'],
      ['jan', 'Jan Andersen'],
      ['bram', 'Bram Bakker'],
      ['mo', 'Mo Moderator'],
      ['tess', 'Tess Trekker'],
      ['piet', 'Piet Pending'],
      ['anna', 'Anna Buiten'],
    ]) {
      ids[key] = await insertMember(stack, { email: `${key}@minbzk.nl`, name });
      as[key] = await sessionFor(stack, `${key}@minbzk.nl`);
    }
    // A closed CoP: only its active members read its discussions.
    cop = await insertCommunity(stack, {
      name: 'Grensverkeer',
      slug: 'grensverkeer',
      joinPolicy: 'INVITE_ONLY',
      members: [
        { memberId: ids.anouk },
        { memberId: ids.annet },
        { memberId: ids.jan },
        { memberId: ids.bram },
        { memberId: ids.mo, role: 'MODERATOR' },
        { memberId: ids.tess, role: 'COORDINATOR' },
        { memberId: ids.piet, status: 'PENDING' },
      ],
    });
    // Anna is in another CoP only.
    await insertCommunity(stack, {
      name: 'Elders',
      slug: 'elders',
      joinPolicy: 'OPEN',
      members: [{ memberId: ids.anna }, { memberId: ids.anouk }],
    });
  });
  afterAll(() => stack?.stop());

  it('does offer only the active members of the CoP, by word start, without the viewer', async () => {
    expect(await candidates('bram', { communityId: cop })).toEqual([
      'Annet van Dam',
      'Anouk de Vries',
      'Jan Andersen',
      'Mo Moderator',
      'Tess Trekker',
    ]);
    // Names that start with the text first, then a later word (Andersen); never Anna (not a
    // member) nor Piet (only asked to join).
    expect(await candidates('bram', { communityId: cop, search: 'An' })).toEqual([
      'Annet van Dam',
      'Anouk de Vries',
      'Jan Andersen',
    ]);
    expect(await candidates('bram', { communityId: cop, search: 'anouk de' })).toEqual([
      'Anouk de Vries',
    ]);
    expect(await candidates('bram', { communityId: cop, search: 'vr' })).toEqual([
      'Anouk de Vries',
    ]);
    expect(await candidates('bram', { communityId: cop, search: '%' })).toEqual([]);
    expect(await candidates('bram', { communityId: cop, search: 'An', first: 2 })).toEqual([
      'Annet van Dam',
      'Anouk de Vries',
    ]);
    // Someone who cannot read the CoP's discussions gets nothing.
    for (const who of ['anna', 'piet']) {
      const refused = await as[who].request(CANDIDATES, { communityId: cop, search: 'An' });
      expect(refused.data).toBeNull();
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(refused.errors?.[0]?.extensions?.code);
    }
  });

  it('does offer only moderators for a hidden thread, and refuses readers who lost access', async () => {
    const threadId = await startThread(as.anouk, cop, 'Verborgen draad', 'Tekst');
    expect(await candidates('bram', { threadId, search: 'mo' })).toEqual(['Mo Moderator']);
    await as.mo.ok(SET_HIDDEN, { input: { threadId, hidden: true } });
    // Hidden: only moderators and the coordinator still read it.
    expect(await candidates('mo', { threadId })).toEqual(['Tess Trekker']);
    const refused = await as.bram.request(CANDIDATES, { threadId, search: '' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'THREAD_NOT_FOUND',
    });
    // An outsider is refused exactly as when opening the thread.
    const outsider = await as.anna.request(CANDIDATES, { threadId, search: '' });
    const opening = await as.anna.request(THREAD, { id: threadId });
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0]?.extensions).toEqual(opening.errors?.[0]?.extensions);
  });

  it('does refuse unclear input with the fields named', async () => {
    const neither = await as.bram.request(CANDIDATES, { search: 'An' });
    expect(neither.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'threadId' }, { field: 'communityId' }],
    });
    const threadId = await startThread(as.anouk, cop, 'Twee dingen tegelijk', 'Tekst');
    const both = await as.bram.request(CANDIDATES, { threadId, communityId: cop, search: '' });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooMany = await as.bram.request(CANDIDATES, { communityId: cop, search: '', first: 21 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
    const tooLong = await as.bram.request(CANDIDATES, {
      communityId: cop,
      search: 'a'.repeat(101),
    });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'search' }],
    });
  });

  it("does render a mention with the member's current name as a link after a rename", async () => {
    const threadId = await startThread(
      as.bram,
      cop,
      'Wie kent de regels?',
      `Vraag aan @[Iemand anders](${ids.anouk}) en @[Anouk de Vries](x)`,
    );
    const before = await as.jan.ok<any>(THREAD, { id: threadId });
    expect(before.discussionThread.bodyHtml).toBe(
      `<p>Vraag aan ${link(ids.anouk, 'Anouk de Vries')} en Anouk de Vries</p>\n`,
    );
    await stack.dataSource.query(`UPDATE member SET name = 'Anouk Jansen' WHERE id = $1`, [
      ids.anouk,
    ]);
    const after = await as.jan.ok<any>(THREAD, { id: threadId });
    expect(after.discussionThread.bodyHtml).toBe(
      `<p>Vraag aan ${link(ids.anouk, 'Anouk Jansen')} en Anouk de Vries</p>\n`,
    );
    expect(after.discussionThread.body).toContain(`@[Iemand anders](${ids.anouk})`);
    await stack.dataSource.query(`UPDATE member SET name = 'Anouk de Vries' WHERE id = $1`, [
      ids.anouk,
    ]);
  });

  it('does render a non-reader mention as plain text and notify only readers', async () => {
    await settled();
    const anouk = await mentions(ids.anouk);
    const threadId = await startThread(
      as.bram,
      cop,
      'Iedereen erbij?',
      `Hoi @[Anouk](${ids.anouk}), @[Anna](${ids.anna}), @[Piet](${ids.piet}) en @[Onbekend](00000000-0000-4000-8000-000000000000)`,
    );
    const replyId = await reply(as.jan, threadId, `Ook @[Anna Buiten](${ids.anna})`);
    await settled();
    const read = await as.tess.ok<any>(THREAD, { id: threadId });
    expect(read.discussionThread.bodyHtml).toBe(
      `<p>Hoi ${link(ids.anouk, 'Anouk de Vries')}, Anna, Piet en Onbekend</p>\n`,
    );
    expect(read.discussionThread.replies.nodes[0].bodyHtml).toBe('<p>Ook Anna Buiten</p>\n');
    expect(await mentions(ids.anouk)).toBe(anouk + 1);
    expect(await mentions(ids.anna)).toBe(0);
    expect(await mentions(ids.piet)).toBe(0);
    const recorded = (await events(stack, 'discussions.mentioned')).filter(
      (e) => e.threadId === threadId,
    );
    expect(recorded.map((e) => e.memberId)).toEqual([ids.anouk]);
    expect(replyId).toBeTruthy();
  });

  it('does not notify a mentioned member who can no longer read the thread when the job runs', async () => {
    const threadId = await startThread(as.bram, cop, 'Later verborgen', 'Tekst');
    await as.mo.ok(SET_HIDDEN, { input: { threadId, hidden: true } });
    await settled();
    const jan = await mentions(ids.jan);
    const tess = await mentions(ids.tess);
    // Events as they were recorded before the thread was hidden: Jan (a member) may no longer
    // read it, Tess (the coordinator) still may.
    await stack.dataSource.transaction(async (m) => {
      for (const memberId of [ids.jan, ids.tess]) {
        await recordEvent(m, discussionMemberMentioned, {
          communityId: cop,
          threadId,
          replyId: null,
          memberId,
          mentionedBy: ids.bram,
        });
      }
    });
    await settled();
    expect(await mentions(ids.jan)).toBe(jan);
    expect(await mentions(ids.tess)).toBe(tess + 1);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are asserted by shape here */
import { type GraphqlClient, waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import {
  events,
  MODERATE,
  QUEUE,
  REPLY,
  reply,
  REPORT,
  RESOLVE,
  SET_HIDDEN,
  startThread,
  THREAD,
  THREADS,
} from './discussions-support';

const SECRET = 'Vertrouwelijk: de reorganisatie van directie X';

describe('discussions: moderation', () => {
  let stack: TestStack;
  let author: GraphqlClient;
  let reporter: GraphqlClient;
  let second: GraphqlClient;
  let mod: GraphqlClient;
  let coordinator: GraphqlClient;
  let authorId: string;
  let reporterId: string;
  let cop: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    authorId = await insertMember(stack, { email: 'auteur@minbzk.nl', name: 'Ada Auteur' });
    reporterId = await insertMember(stack, { email: 'melder@minfin.nl', name: 'Mel Melder' });
    const secondId = await insertMember(stack, { email: 'tweede@minaz.nl', name: 'Twee Melder' });
    const modId = await insertMember(stack, { email: 'mod@minaz.nl', name: 'Mo Moderator' });
    const coordinatorId = await insertMember(stack, {
      email: 'trekker@minaz.nl',
      name: 'Tess Trekker',
    });
    await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE id = $1`, [reporterId]);
    cop = await insertCommunity(stack, {
      name: 'Gesloten kring',
      slug: 'gesloten-kring',
      joinPolicy: 'HIDDEN',
      members: [
        { memberId: authorId },
        { memberId: reporterId },
        { memberId: secondId },
        { memberId: modId, role: 'MODERATOR' },
        { memberId: coordinatorId, role: 'COORDINATOR' },
      ],
    });
    author = await sessionFor(stack, 'auteur@minbzk.nl');
    reporter = await sessionFor(stack, 'melder@minfin.nl');
    second = await sessionFor(stack, 'tweede@minaz.nl');
    mod = await sessionFor(stack, 'mod@minaz.nl');
    coordinator = await sessionFor(stack, 'trekker@minaz.nl');
  });
  afterAll(() => stack?.stop());

  it('does let members report a post once, with a reason of 1 to 500 characters', async () => {
    const threadId = await startThread(author, cop, 'Een gewone draad');
    const replyId = await reply(author, threadId, 'Een reactie');
    // Blank text is refused centrally (INVALID_INPUT), a long reason by the domain.
    for (const [reason, code] of [
      ['   ', 'INVALID_INPUT'],
      ['x'.repeat(501), 'REASON_LENGTH'],
    ]) {
      const bad = await reporter.request(REPORT, { input: { threadId, reason } });
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: code,
        fields: [expect.objectContaining({ field: 'reason' })],
      });
    }
    const ok = await reporter.request<any>(REPORT, {
      input: { threadId, replyId, reason: 'Persoonlijke aanval' },
    });
    expect(ok.data.reportDiscussionPost).toMatchObject({
      status: 'OPEN',
      reason: 'Persoonlijke aanval',
    });
    const twice = await reporter.request(REPORT, {
      input: { threadId, replyId, reason: 'Nog een keer' },
    });
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_REPORTED',
    });
    const wrongThread = await reporter.request(REPORT, {
      input: { threadId: await startThread(author, cop, 'Andere draad'), replyId, reason: 'x' },
    });
    expect(wrongThread.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await countRows(stack, 'discussion_report', 'reply_id = $1', [replyId])).toBe(1);
    expect((await events(stack, 'discussions.report-filed')).length).toBeGreaterThanOrEqual(1);
  });

  it('does show the queue to moderators only, hide the post and email author and reporters', async () => {
    const threadId = await startThread(author, cop, 'Over de reorganisatie', SECRET);
    await reporter.request(REPORT, { input: { threadId, reason: 'Hoort hier niet' } });
    await second.request(REPORT, { input: { threadId, reason: 'Vertrouwelijk' } });

    const refused = await reporter.request(QUEUE, { c: cop });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'MODERATOR_REQUIRED',
    });
    const queue = await mod.request<any>(QUEUE, { c: cop, first: 50 });
    const reports = queue.data.discussionModerationQueue.nodes.filter(
      (r: any) => r.thread.id === threadId,
    );
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({
      reason: 'Hoort hier niet',
      reporter: { name: 'Mel Melder' },
      thread: { title: 'Over de reorganisatie', body: SECRET },
      reply: null,
    });

    const hidden = await mod.request<any>(RESOLVE, {
      input: { reportId: reports[0].id, action: 'HIDE' },
    });
    expect(hidden.data.resolveDiscussionReport.status).toBe('HIDDEN');
    const again = await coordinator.request(RESOLVE, {
      input: { reportId: reports[1].id, action: 'DISMISS' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'REPORT_RESOLVED',
    });

    // Gone for members (lists, counts, direct reads), still there for moderators.
    const list = await reporter.request<any>(THREADS, { c: cop, first: 100 });
    expect(list.data.discussionThreads.nodes.map((n: any) => n.id)).not.toContain(threadId);
    const direct = await reporter.request(THREAD, { id: threadId });
    expect(direct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const modView = await mod.request<any>(THREAD, { id: threadId });
    expect(modView.data.discussionThread).toMatchObject({ hidden: true, viewerCanModerate: true });
    const replyRefused = await author.request(REPLY, { input: { threadId, body: 'Waarom?' } });
    expect(replyRefused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'THREAD_HIDDEN',
    });

    // Emails: the author in Dutch, each reporter in their language; title and link, no text.
    const toAuthor = await waitFor(
      async () => stack.mail.messagesTo('auteur@minbzk.nl').at(-1),
      'the email to the author',
    );
    expect(toAuthor.subject).toBe('Een moderator heeft je bericht in Gesloten kring verborgen');
    expect(toAuthor.text).toContain('"Over de reorganisatie"');
    expect(toAuthor.text).toContain(`/communities/gesloten-kring/discussions/${threadId}`);
    const toReporter = await waitFor(
      async () => stack.mail.messagesTo('melder@minfin.nl').at(-1),
      'the email to the reporter',
    );
    expect(toReporter.subject).toBe('Your report in Gesloten kring was handled');
    expect(toReporter.text).toContain('A moderator hid the thread "Over de reorganisatie"');
    const toSecond = await waitFor(
      async () => stack.mail.messagesTo('tweede@minaz.nl').at(-1),
      'the email to the second reporter',
    );
    for (const mail of [toAuthor, toReporter, toSecond]) {
      expect(mail.text).not.toContain(SECRET);
      expect(mail.html).not.toContain(SECRET);
    }
  });

  it('does dismiss a report: the post stays and only the reporter is emailed', async () => {
    const threadId = await startThread(author, cop, 'Mag blijven');
    const replyId = await reply(author, threadId, 'Kritisch maar netjes');
    const filed = await second.request<any>(REPORT, {
      input: { threadId, replyId, reason: 'Te kritisch' },
    });
    const mailsToAuthor = stack.mail.messagesTo('auteur@minbzk.nl').length;
    const dismissed = await coordinator.request<any>(RESOLVE, {
      input: { reportId: filed.data.reportDiscussionPost.id, action: 'DISMISS' },
    });
    expect(dismissed.data.resolveDiscussionReport.status).toBe('DISMISSED');
    const mail = await waitFor(
      async () =>
        stack.mail
          .messagesTo('tweede@minaz.nl')
          .find((m) => m.text.includes('besloten het bericht te laten staan')),
      'the dismissal email',
    );
    expect(mail.subject).toBe('Je melding in Gesloten kring is behandeld');
    const read = await second.request<any>(THREAD, { id: threadId });
    expect(read.data.discussionThread.replies.nodes[0]).toMatchObject({ hidden: false });
    expect(stack.mail.messagesTo('auteur@minbzk.nl').length).toBe(mailsToAuthor);
  });

  it('does let moderators pin threads and hide replies directly', async () => {
    const threadId = await startThread(author, cop, 'Vastgepind');
    const replyId = await reply(second, threadId, 'Ongepast');
    await reply(author, threadId, 'Gepast');
    const pinned = await coordinator.request<any>(MODERATE, { input: { threadId, pinned: true } });
    expect(pinned.data.moderateDiscussionThread.pinned).toBe(true);
    const list = await author.request<any>(THREADS, { c: cop, first: 1 });
    expect(list.data.discussionThreads.nodes[0].id).toBe(threadId);

    const notMod = await author.request(SET_HIDDEN, { input: { threadId, replyId, hidden: true } });
    expect(notMod.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const hidden = await mod.request<any>(SET_HIDDEN, {
      input: { threadId, replyId, hidden: true },
    });
    expect(hidden.data.setDiscussionPostHidden.reply).toEqual({ id: replyId, hidden: true });
    const asMember = await author.request<any>(THREAD, { id: threadId });
    expect(asMember.data.discussionThread.replyCount).toBe(1);
    expect(asMember.data.discussionThread.replies.nodes.map((r: any) => r.body)).toEqual([
      'Gepast',
    ]);
    const asMod = await mod.request<any>(THREAD, { id: threadId });
    expect(asMod.data.discussionThread.replyCount).toBe(2);
    // A hidden reply cannot be reported or edited by members: it is not there for them.
    const report = await author.request(REPORT, { input: { threadId, replyId, reason: 'x' } });
    expect(report.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await waitFor(
      async () =>
        stack.mail
          .messagesTo('tweede@minaz.nl')
          .find((m) => m.text.includes('je reactie in de discussie "Vastgepind"')),
      'the email to the author of the hidden reply',
    );
    expect(
      (await events(stack, 'discussions.post-hidden')).filter((e) => e.replyId === replyId),
    ).toEqual([
      expect.objectContaining({ authorId: expect.any(String), viaReport: false, threadId }),
    ]);
  });
});

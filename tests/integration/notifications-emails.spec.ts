import { signUnsubscribeToken, UnsubscribeScope } from '@leerhuis/platform-mail';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { startThread } from './discussions-support';
import {
  listNotifications,
  MARK_READ,
  SET_MODE,
  storedNotifications,
  storedSettings,
  UPDATE_SETTINGS,
} from './notifications-support';

const BRAM = 'bram@minbzk.nl';
const WINDOW_MS = 15 * 60_000;

describe('notifications: batched notification emails and one-click unsubscribe', () => {
  let stack: TestStack;
  let anouk: GraphqlClient;
  let bram: GraphqlClient;
  let bramId: string;
  let open: string;
  let closed: string;

  const mention = (communityId: string, title: string, body: string) =>
    startThread(anouk, communityId, title, `@[Bram Bakker](${bramId}) ${body}`);

  /** Bram's previous notification email went out `agoMs` ago. */
  const lastEmailAgo = (agoMs: number) =>
    stack.dataSource.query(
      `UPDATE notification_settings SET last_notification_email_at = now() - make_interval(secs => $2::float8 / 1000)
        WHERE member_id = $1`,
      [bramId, agoMs],
    );

  const unemailedMentions = async () =>
    (await storedNotifications(stack, bramId)).filter(
      (n) => n.kind === 'MENTION' && !n.emailed_at && !n.read_at,
    );

  const mailQueue = () => stack.worker!.get(QueueProducer).queue(QueueName.Mail);

  /**
   * Bram has had `count` notification emails, as the tests before leave him: each missing one
   * is a mention emailed at once (his window long over), so a test can also run on its own.
   */
  const emailsSent = async (count: number) => {
    for (let n = stack.mail.messagesTo(BRAM).length; n < count; n++) {
      await lastEmailAgo(WINDOW_MS + 1_000);
      await mention(open, `Eerdere vraag ${n + 1}`, 'Al gemaild.');
      await waitFor(async () => stack.mail.messagesTo(BRAM)[n], `notification email ${n + 1}`);
      await waitFor(async () => (await unemailedMentions()).length === 0, 'the rows emailed');
    }
  };

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    bramId = await insertMember(stack, { email: BRAM, name: 'Bram Bakker' });
    anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    bram = await sessionFor(stack, BRAM);
    const members = [{ memberId: anoukId }, { memberId: bramId }];
    open = await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'samenwerken-in-de-keten',
      joinPolicy: 'OPEN',
      members,
    });
    closed = await insertCommunity(stack, {
      name: 'Aanpak ondermijning',
      slug: 'aanpak-ondermijning',
      joinPolicy: 'INVITE_ONLY',
      members,
    });
  });
  afterAll(() => stack?.stop());

  it('does send three mentions within the window as one email when the window ends', async () => {
    await lastEmailAgo(WINDOW_MS - 5_000);
    const windowEnd = Date.now() + 5_000;
    await mention(open, 'Eerste vraag over de keten', 'Open tekst voor iedereen.');
    await mention(open, 'Tweede vraag over de keten', 'Nog een open tekst.');
    await mention(closed, 'Vertrouwelijke vraag', 'Geheime tekst uit een besloten community.');
    const mail = await waitFor(
      async () => stack.mail.messagesTo(BRAM)[0],
      'the notification email',
      20_000,
    );
    await stack.settle();
    expect(stack.mail.messagesTo(BRAM)).toHaveLength(1);
    expect(mail.receivedAt.getTime()).toBeGreaterThanOrEqual(windowEnd - 1_000);
    expect(mail.subject).toBe('Nieuw in Leerhuis: 3 meldingen');
    for (const title of [
      'Eerste vraag over de keten',
      'Tweede vraag over de keten',
      'Vertrouwelijke vraag',
    ]) {
      expect(mail.text).toContain(`Anouk de Vries noemde je in ‘${title}’`);
      expect(mail.html).toContain(title);
    }
    // Excerpts from the open CoP only: a closed CoP's post is title and link.
    expect(mail.text).toContain('Open tekst voor iedereen.');
    expect(mail.text).not.toContain('Geheime tekst');
    expect(mail.html).not.toContain('Geheime tekst');
    expect(mail.text).toContain(`${stack.apiUrl}/communities/aanpak-ondermijning/discussions/`);
    expect(mail.text).toContain(`${stack.apiUrl}/instellingen/meldingen`);
    expect(mail.text).toContain('Je krijgt deze mail omdat');
    expect(mail.headers['list-unsubscribe']).toMatch(
      new RegExp(`^<${stack.apiUrl}/unsubscribe/${bramId}\\.NOTIFICATIONS\\.[A-Za-z0-9_-]+>$`),
    );
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // The rows are marked in the job's transaction, just after the SMTP server took the mail.
    await waitFor(async () => (await unemailedMentions()).length === 0, 'the rows marked emailed');
    const settings = await storedSettings(stack, bramId);
    expect((settings.last_notification_email_at as Date).getTime()).toBeGreaterThan(
      windowEnd - 2_000,
    );
    const sent = await stack.dataSource.query(`SELECT key FROM sent_email WHERE recipient = $1`, [
      BRAM,
    ]);
    const lowest = (await storedNotifications(stack, bramId))[0].id;
    expect(sent).toEqual([{ key: `notifications:${bramId}:${lowest}` }]);
  });

  it('does hold a later mention until the window ends, and re-enqueues a job that runs too early', async () => {
    await emailsSent(1);
    const [{ last }] = await stack.dataSource.query(
      `SELECT last_notification_email_at AS last FROM notification_settings WHERE member_id = $1`,
      [bramId],
    );
    await mention(open, 'Een latere vraag', 'Die moet wachten.');
    const jobId = `notification-email-${bramId}-${(last as Date).getTime() + WINDOW_MS}`;
    const job = await waitFor(
      async () => (await mailQueue().getJob(jobId)) ?? undefined,
      'the delayed job',
    );
    expect(await job.getState()).toBe('delayed');
    expect(job.opts.delay).toBeGreaterThan(WINDOW_MS - 60_000);
    // Run it now anyway: it is too early, so it only enqueues itself for the window's end.
    await job.promote();
    const again = await waitFor(
      async () => (await mailQueue().getJob(`${jobId}-again`)) ?? undefined,
      'the re-enqueued job',
    );
    expect(await again.getState()).toBe('delayed');
    expect(stack.mail.messagesTo(BRAM)).toHaveLength(1);
    expect(await unemailedMentions()).toHaveLength(1);
    // When the window has passed, that job sends the one waiting mention.
    await lastEmailAgo(WINDOW_MS + 1_000);
    await again.promote();
    const mail = await waitFor(async () => stack.mail.messagesTo(BRAM)[1], 'the second email');
    expect(mail.subject).toBe('Nieuw in Leerhuis: 1 melding');
    expect(mail.text).toContain('Een latere vraag');
    expect(mail.text).not.toContain('Eerste vraag over de keten');
    // The rows are marked in the job's transaction, just after the SMTP server took the mail.
    await waitFor(async () => (await unemailedMentions()).length === 0, 'the rows marked emailed');
  });

  it('does leave out what the member already read in the app', async () => {
    await emailsSent(2);
    await lastEmailAgo(WINDOW_MS - 4_000);
    await mention(open, 'Al gelezen in de app', 'Gelezen.');
    await mention(open, 'Nog niet gelezen', 'Ongelezen.');
    const nodes = await waitFor(async () => {
      const list = await listNotifications(bram);
      const titles = list.nodes.map((n) => n.title).join('\n');
      return titles.includes('Al gelezen in de app') && titles.includes('Nog niet gelezen')
        ? list.nodes
        : undefined;
    }, 'the two mentions');
    const read = nodes.find((n) => n.title.includes('Al gelezen in de app'))!;
    await bram.ok(MARK_READ, { input: { ids: [read.id] } });
    const mail = await waitFor(
      async () => stack.mail.messagesTo(BRAM)[2],
      'the third email',
      20_000,
    );
    expect(mail.subject).toBe('Nieuw in Leerhuis: 1 melding');
    expect(mail.text).toContain('Nog niet gelezen');
    expect(mail.text).not.toContain('Al gelezen in de app');
  });

  it('does not send a second email when the batch job is retried after sending', async () => {
    await emailsSent(1); // a batch to retry
    const sentBefore = stack.mail.messagesTo(BRAM).length;
    // As if the worker died after the SMTP server accepted the mail, before marking the rows.
    const lastBatch: { id: string }[] = await stack.dataSource.query(
      `SELECT id::text AS id FROM notification
        WHERE member_id = $1 AND emailed_at = (SELECT max(emailed_at) FROM notification WHERE member_id = $1)`,
      [bramId],
    );
    expect(lastBatch).toHaveLength(1);
    await stack.dataSource.query(`UPDATE notification SET emailed_at = NULL WHERE id = $1`, [
      lastBatch[0].id,
    ]);
    await lastEmailAgo(WINDOW_MS + 60_000);
    await mailQueue().add(
      'send-notification-email',
      { memberId: bramId },
      { jobId: 'retry-after-crash' },
    );
    await waitFor(
      async () => (await mailQueue().getJob('retry-after-crash'))?.finishedOn !== undefined,
      'the retried job',
    );
    const job = await mailQueue().getJob('retry-after-crash');
    expect(job?.failedReason).toBeUndefined();
    await stack.settle();
    expect(stack.mail.messagesTo(BRAM)).toHaveLength(sentBefore);
    // The rows are marked in the job's transaction, just after the SMTP server took the mail.
    await waitFor(async () => (await unemailedMentions()).length === 0, 'the rows marked emailed');
  });

  describe('unsubscribe links', () => {
    const token = (scope: UnsubscribeScope, memberId = bramId) =>
      signUnsubscribeToken(stack.config.MAIL_TOKEN_SECRET, memberId, scope);
    const oneClick = (value: string) =>
      fetch(`${stack.apiUrl}/unsubscribe/${encodeURIComponent(value)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });

    beforeAll(async () => {
      await bram.ok(UPDATE_SETTINGS, {
        input: { mentions: 'IMMEDIATE', replies: 'IMMEDIATE', meetingChanges: 'IMMEDIATE' },
      });
      await bram.ok(SET_MODE, { input: { communityId: closed, mode: 'IMMEDIATE' } });
      await bram.ok(SET_MODE, { input: { communityId: open, mode: 'MUTED' } });
    });

    it('does show what would be switched off on GET, and changes nothing', async () => {
      const before = await storedSettings(stack, bramId);
      const response = await fetch(
        `${stack.apiUrl}/unsubscribe/${token(UnsubscribeScope.NOTIFICATIONS)}`,
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/html');
      const html = await response.text();
      expect(html).toContain('<html lang="nl">');
      expect(html).toContain('Afmelden voor meldingsmails');
      expect(html).toMatch(/<form method="post" action="\/unsubscribe\/[^"]+">/);
      expect(await storedSettings(stack, bramId)).toEqual(before);
    });

    it('does refuse a tampered or foreign token and changes nothing', async () => {
      const before = await storedSettings(stack, bramId);
      const modes = await stack.dataSource.query(
        `SELECT community_id, mode FROM community_notification_setting WHERE member_id = $1 ORDER BY 1`,
        [bramId],
      );
      const good = token(UnsubscribeScope.NOTIFICATIONS);
      const [member, , mac] = good.split('.');
      const anouksMac = token(
        UnsubscribeScope.NOTIFICATIONS,
        '00000000-0000-4000-8000-00000000beef',
      ).split('.')[2];
      for (const bad of [
        `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`,
        `${member}.DIGEST.${mac}`,
        `${member}.NOTIFICATIONS.${anouksMac}`,
        'not-a-token',
      ]) {
        const response = await oneClick(bad);
        expect(response.status).toBe(400);
        expect(response.headers.get('content-type')).toContain('text/plain');
        const page = await fetch(`${stack.apiUrl}/unsubscribe/${encodeURIComponent(bad)}`);
        expect(page.status).toBe(400);
        expect(await page.text()).toContain('Deze afmeldlink is niet geldig');
      }
      expect(await storedSettings(stack, bramId)).toEqual(before);
      expect(
        await stack.dataSource.query(
          `SELECT community_id, mode FROM community_notification_setting WHERE member_id = $1 ORDER BY 1`,
          [bramId],
        ),
      ).toEqual(modes);
    });

    it('does unsubscribe from notification emails with a bare RFC 8058 POST', async () => {
      // A mention waits for the window to end when the member unsubscribes: it stays in the app.
      const sentBefore = stack.mail.messagesTo(BRAM).length;
      await lastEmailAgo(WINDOW_MS - 3_000);
      const [{ last }] = await stack.dataSource.query(
        `SELECT last_notification_email_at AS last FROM notification_settings WHERE member_id = $1`,
        [bramId],
      );
      await mention(open, 'Vlak voor het afmelden', 'Deze blijft in de app.');
      await waitFor(async () => (await unemailedMentions()).length === 1, 'the waiting mention');
      const response = await oneClick(token(UnsubscribeScope.NOTIFICATIONS));
      expect(response.status).toBe(200);
      const jobId = `notification-email-${bramId}-${(last as Date).getTime() + WINDOW_MS}`;
      await waitFor(
        async () => (await mailQueue().getJob(jobId))?.finishedOn !== undefined,
        'the batch job at the end of the window',
      );
      expect(stack.mail.messagesTo(BRAM)).toHaveLength(sentBefore);
      expect((await listNotifications(bram)).nodes[0].title).toContain('Vlak voor het afmelden');
      expect(await storedSettings(stack, bramId)).toMatchObject({
        mentions: 'IN_APP',
        replies: 'IN_APP',
        meeting_changes: 'IMMEDIATE',
      });
      expect(
        await stack.dataSource.query(
          `SELECT community_id, mode FROM community_notification_setting WHERE member_id = $1 ORDER BY mode`,
          [bramId],
        ),
      ).toEqual([
        { community_id: closed, mode: 'DIGEST' },
        { community_id: open, mode: 'MUTED' },
      ]);
      // Again: still fine, nothing more to change.
      expect((await oneClick(token(UnsubscribeScope.NOTIFICATIONS))).status).toBe(200);
    });

    it('does switch off the digest and single channels from the confirmation page’s button', async () => {
      await stack.dataSource.query(
        `UPDATE notification_settings SET next_digest_at = now() + interval '1 day' WHERE member_id = $1`,
        [bramId],
      );
      await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE id = $1`, [bramId]);
      const response = await fetch(
        `${stack.apiUrl}/unsubscribe/${token(UnsubscribeScope.DIGEST)}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: '',
        },
      );
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('You are unsubscribed');
      expect(await storedSettings(stack, bramId)).toMatchObject({
        digest_frequency: 'NEVER',
        next_digest_at: null,
      });
      for (const [scope, column] of [
        [UnsubscribeScope.MEETING_CHANGES, 'meeting_changes'],
        [UnsubscribeScope.COFFEE_DATE, 'coffee_date'],
        [UnsubscribeScope.INTERVISION_PHASES, 'intervision_phases'],
      ] as const) {
        expect((await oneClick(token(scope))).status).toBe(200);
        expect((await storedSettings(stack, bramId))[column]).toBe('IN_APP');
      }
    });
  });
});

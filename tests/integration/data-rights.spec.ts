import { PurgeDataRightsJob } from '@leerhuis/data-rights';
import { waitFor } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, type TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { findEverywhere, seedEveryKindOfData } from './data-rights-support';

const REQUEST_EXPORT = `mutation { requestDataExport { accepted expiresAt } }`;
const REQUEST_ERASURE = `mutation($input: RequestAccountErasureInput) {
  requestAccountErasure(input: $input) { accepted expiresAt }
}`;
const ERASE_MEMBER = `mutation($input: EraseMemberInput!) { eraseMember(input: $input) { result } }`;

/** Export and erasure of one's own data (issue 17), through the emailed links. */
describe('data rights', () => {
  let stack: TestStack;
  let timId: string; // a plain member; the admin erasure test signs in as Tim and as the admin

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    timId = await insertMember(stack, { email: 'tim@minbzk.nl', name: 'Tim Link' });
    await insertMember(stack, { email: 'admin@minbzk.nl', name: 'Ada Admin', admin: true });
  });
  afterAll(() => stack?.stop());

  /** The link of the newest email to `email` whose URL path is `path`. */
  async function linkFromMail(
    email: string,
    path: string,
  ): Promise<{ url: string; token: string }> {
    const mail = await waitFor(
      async () => stack.mail.messagesTo(email).find((m) => m.text.includes(path)),
      `an email to ${email} with ${path}`,
    );
    const match = new RegExp(`(https?://\\S+${path}\\?token=([A-Za-z0-9_-]{43}))`).exec(mail.text);
    if (!match) throw new Error(`no link in: ${mail.text}`);
    // Every email links the privacy statement in its footer.
    expect(mail.text).toContain(`${stack.apiUrl}/privacy`);
    return { url: match[1], token: match[2] };
  }

  const post = (path: string, token: string) =>
    fetch(`${stack.apiUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });

  it('does export every kind of data about the member, once, by an emailed link', async () => {
    const seeded = await seedEveryKindOfData(stack, 'eva');
    const client = await sessionFor(stack, seeded.email);
    const requested = await client.ok<{ requestDataExport: { accepted: boolean } }>(REQUEST_EXPORT);
    expect(requested.requestDataExport.accepted).toBe(true);

    const { url, token } = await linkFromMail(seeded.email, '/data-rights/export');
    // Following the link only shows a button: a mail scanner uses nothing up.
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Open mijn gegevens');

    const opened = await post('/data-rights/export', token);
    expect(opened.status).toBe(200);
    const html = await opened.text();
    const json = /href="data:application\/json;charset=utf-8;base64,([^"]+)"/.exec(html)![1];
    const exported = JSON.parse(Buffer.from(json, 'base64').toString('utf8'));

    expect(exported.profile.profile).toMatchObject({
      email: 'eva@minbzk.nl',
      bio: 'eva-bio',
      visibility: { bio: 'PRIVATE' },
    });
    expect(exported.signIn.sessions).toHaveLength(2); // the seeded one and the test client's
    expect(exported.signIn.signInLinks).toHaveLength(1);
    expect(exported.communities.memberships).toEqual([
      expect.objectContaining({ community: 'eva CoP', role: 'COORDINATOR' }),
    ]);
    expect(exported.discussions.threads[0].title).toBe('eva-thread');
    expect(exported.discussions.replies[0].body).toBe('eva-reply');
    expect(exported.discussions.reports[0].reason).toBe('eva-report');
    expect(exported.meetings.rsvps[0]).toMatchObject({ meeting: 'eva-meeting', status: 'GOING' });
    expect(exported.lessons.lessons[0]).toMatchObject({ title: 'eva-lesson', isAuthor: true });
    expect(exported.boundarySpanner.attempts[0].answers).toEqual([{ item: 'eva-item', value: 4 }]);
    expect(exported.boundarySpanner.profiles[0].scores.tag).toBe('eva-scores');
    expect(exported.boundarySpanner.visibility).toBe('EVERYONE');
    expect(exported.coffeeDates.preference).toMatchObject({ everyMonth: true });
    expect(exported.coffeeDates.blocks).toHaveLength(1);
    expect(exported.coffeeDates.matches[0]).toMatchObject({ met: true, rating: 5 });
    expect(exported.learningGroups.applications[0].learningWish).toBe('eva-wish om te leren');
    expect(exported.learningGroups.reflections[0].happened).toBe('eva-reflection');
    expect(exported.learningGroups.programmes[0].name).toBe('eva-programme');
    expect(exported.intervision.contributions[0].body).toBe('eva-contribution');
    expect(exported.intervision.cases[0].title).toBe('eva-case');
    expect(exported.notifications.settings.digestFrequency).toBe('MONTHLY');
    expect(exported.notifications.communitySettings[0].mode).toBe('DIGEST');
    expect(exported.notifications.notifications).toHaveLength(1);
    expect(exported.emails.sent.map((m: { subject: string }) => m.subject)).toContain(
      'eva-mail-subject',
    );
    // The readable page shows the same.
    expect(html).toContain('Koffiedate');
    expect(html).toContain('eva-contribution');

    // Single use: the second time nothing is shown, and the stored copy is gone.
    const again = await post('/data-rights/export', token);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('al gebruikt');
    expect(await count(`data_export`)).toBe(0);
  });

  it('does refuse tampered and expired links with a clear page, and changes nothing', async () => {
    const memberId = timId;
    const client = await sessionFor(stack, 'tim@minbzk.nl');
    await client.request(REQUEST_ERASURE, { input: { deleteOwnPosts: false } });
    const { token } = await linkFromMail('tim@minbzk.nl', '/data-rights/erase');

    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    const refused = await post('/data-rights/erase', tampered);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Deze link is niet geldig');
    const nonsense = await fetch(`${stack.apiUrl}/data-rights/erase?token=%3Cscript%3E`);
    expect(nonsense.status).toBe(400);

    await stack.dataSource.query(
      `UPDATE data_rights_request SET expires_at = now() - interval '1 minute' WHERE member_id = $1`,
      [memberId],
    );
    const expired = await post('/data-rights/erase', token);
    expect(expired.status).toBe(400);
    expect(await expired.text()).toContain('verlopen');
    expect(await count(`member`, `id = '${memberId}'`)).toBe(1);

    // Retention: an expired request (and any export) goes after its period.
    await stack.dataSource.query(
      `UPDATE data_rights_request SET created_at = now() - interval '40 days' WHERE member_id = $1`,
      [memberId],
    );
    await stack.worker!.get(PurgeDataRightsJob).handle();
    expect(await count(`data_rights_request`, `member_id = '${memberId}'`)).toBe(0);
  });

  it('does refuse erasure with CONFLICT naming the CoPs and groups the member must hand over', async () => {
    const memberId = await insertMember(stack, { email: 'cor@minbzk.nl', name: 'Cor Coördinator' });
    await insertCommunity(stack, {
      name: 'Ketensamenwerking',
      slug: 'ketensamenwerking',
      joinPolicy: 'OPEN',
      members: [{ memberId, role: 'COORDINATOR' }],
    });
    const groupId = (
      await stack.dataSource.query(
        `INSERT INTO intervision_group (name, context, confidentiality_text) VALUES ('Intervisie West', 'STANDALONE', 'Vertrouwelijk blijft vertrouwelijk.') RETURNING id`,
      )
    )[0].id;
    await stack.dataSource.query(
      `INSERT INTO intervision_group_member (group_id, member_id, role, status, agreement_version, agreement_accepted_at)
       VALUES ($1, $2, 'MODERATOR', 'ACTIVE', 1, now())`,
      [groupId, memberId],
    );
    const client = await sessionFor(stack, 'cor@minbzk.nl');
    const result = await client.request(REQUEST_ERASURE, { input: { deleteOwnPosts: true } });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'HAND_OVER_FIRST',
      blockers: [
        expect.objectContaining({ kind: 'COMMUNITY', name: 'Ketensamenwerking' }),
        expect.objectContaining({ kind: 'INTERVISION_GROUP', name: 'Intervisie West' }),
      ],
    });
    expect(result.errors?.[0].message).toContain('Ketensamenwerking');
    expect(await count(`data_rights_request`, `member_id = '${memberId}'`)).toBe(0);

    // An admin cannot go around the guard either.
    const admin = await sessionFor(stack, 'admin@minbzk.nl');
    const byAdmin = await admin.request(ERASE_MEMBER, { input: { memberId } });
    expect(byAdmin.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await count(`member`, `id = '${memberId}'`)).toBe(1);
  });

  it('does erase the account by the emailed link, keeping only anonymised posts and lessons', async () => {
    const seeded = await seedEveryKindOfData(stack, 'olaf');
    const client = await sessionFor(stack, seeded.email);
    const requested = await client.request(REQUEST_ERASURE, { input: { deleteOwnPosts: false } });
    expect(requested.errors).toBeUndefined();
    const { url, token } = await linkFromMail(seeded.email, '/data-rights/erase');
    expect(await (await fetch(url)).text()).toContain('Verwijder mijn account definitief');
    // Let the outbox finish the confirmation email's event (its address is redacted then).
    await waitFor(
      async () => ((await count(`outbox_event`, `finished_at IS NULL`)) === 0 ? true : undefined),
      'the outbox to drain',
    );

    const erased = await post('/data-rights/erase', token);
    expect(erased.status).toBe(200);
    expect(await erased.text()).toContain('Je account is verwijderd');
    expect(erased.headers.get('set-cookie')).toContain('leerhuis_session=;');

    // Search every text, uuid and json column of every table for the member.
    const hits = await findEverywhere(stack, [seeded.memberId, seeded.email, 'olaf Lid']);
    expect(hits).toEqual([]);
    // What stays: their thread, reply and lesson, without an author.
    const [thread] = await stack.dataSource.query(
      `SELECT author_id, title, deleted_at FROM discussion_thread WHERE id = $1`,
      [seeded.threadId],
    );
    expect(thread).toEqual({ author_id: null, title: 'olaf-thread', deleted_at: null });
    expect(await count(`discussion_reply`, `body = 'olaf-reply' AND author_id IS NULL`)).toBe(1);
    expect(await count(`harvest_lesson`, `id = '${seeded.lessonId}' AND author_id IS NULL`)).toBe(
      1,
    );
    // Others' mention of them keeps the sentence only.
    const [other] = await stack.dataSource.query(
      `SELECT body FROM discussion_thread WHERE id = $1`,
      [seeded.otherThreadId],
    );
    expect(other.body).toBe('Hoi @voormalig lid, wat vind jij?');
    // Their session no longer works.
    expect((await client.request(`{ me { email } }`)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // Audited without personal data.
    const audit = await stack.dataSource.query(
      `SELECT action, actor, detail FROM data_rights_audit WHERE action = 'ERASED'`,
    );
    expect(audit).toEqual([
      expect.objectContaining({
        actor: 'MEMBER',
        detail: expect.objectContaining({ deleteOwnPosts: false }),
      }),
    ]);

    // The link again: used, and nothing happens.
    const again = await post('/data-rights/erase', token);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('al gebruikt');
  });

  it('does let an admin carry out an erasure, with the own posts, idempotently', async () => {
    const seeded = await seedEveryKindOfData(stack, 'pien');
    const admin = await sessionFor(stack, 'admin@minbzk.nl');
    const member = await sessionFor(stack, 'tim@minbzk.nl');
    expect(
      (await member.request(ERASE_MEMBER, { input: { memberId: seeded.memberId } })).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');
    const bad = await admin.request(ERASE_MEMBER, { input: { memberId: 'nope' } });
    expect(bad.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|NOT_FOUND/);

    const first = await admin.ok<{ eraseMember: { result: string } }>(ERASE_MEMBER, {
      input: { memberId: seeded.memberId, deleteOwnPosts: true },
    });
    expect(first.eraseMember.result).toBe('ERASED');
    const second = await admin.ok<{ eraseMember: { result: string } }>(ERASE_MEMBER, {
      input: { memberId: seeded.memberId, deleteOwnPosts: true },
    });
    expect(second.eraseMember.result).toBe('ALREADY_ERASED');
    const [thread] = await stack.dataSource.query(
      `SELECT author_id, title, body, deleted_at IS NOT NULL AS deleted FROM discussion_thread WHERE id = $1`,
      [seeded.threadId],
    );
    expect(thread).toEqual({
      author_id: null,
      title: '[verwijderd]',
      body: '[verwijderd]',
      deleted: true,
    });
    expect(await findEverywhere(stack, [seeded.memberId, seeded.email])).toEqual([]);
  });

  async function count(table: string, where = 'true'): Promise<number> {
    const rows: { n: number }[] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM ${table} WHERE ${where}`,
    );
    return rows[0].n;
  }
});

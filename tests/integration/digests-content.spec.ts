import { QueueProducer } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows, insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { DIGEST_SUBJECT, digestSections, makeDue, notDue, runDigests } from './digests-support';
import { THREAD } from './discussions-support';

const NL = [
  'Voor jou',
  'Nieuwe en actieve discussies',
  'Bijeenkomsten in de komende vier weken',
  'Nieuwe oogst en gepubliceerde lessen',
  'Koffiedate',
  'Nieuwe leden',
];
const EN = [
  'For you',
  'New and active discussions',
  'Meetings in the next four weeks',
  'New harvest and published lessons',
  'Koffiedate',
  'New members',
];

// A week of activity in three CoPs — Open Kring (OPEN), Ketenkring (ON_REQUEST) and Stille
// Kring (HIDDEN) — and the digest each member gets from it.
describe('digests: a week of activity in three CoPs', () => {
  let stack: TestStack;
  let producer: QueueProducer;
  const id: Record<string, string> = {};
  const cop: Record<string, string> = {};
  const thread: Record<string, string> = {};
  let hannaSince: Date;

  const sql = (query: string, params: unknown[] = []) => stack.dataSource.query(query, params);
  const digestTo = (name: string) =>
    stack.mail.messagesTo(`${name}@example.nl`).filter((m) => DIGEST_SUBJECT.test(m.subject));
  const insertThread = async (
    community: string,
    author: string,
    title: string,
    body: string,
    daysAgo: number,
  ) => {
    const [row]: { id: string }[] = await sql(
      `INSERT INTO discussion_thread (community_id, author_id, title, body, created_at, last_activity_at)
       VALUES ($1, $2, $3, $4, now() - make_interval(days => $5), now() - make_interval(days => $5))
       RETURNING id`,
      [cop[community], id[author], title, body, daysAgo],
    );
    return row.id;
  };
  const insertReply = async (threadId: string, author: string, body: string, daysAgo: number) => {
    await sql(
      `INSERT INTO discussion_reply (thread_id, community_id, author_id, body, created_at)
       SELECT id, community_id, $2, $3, now() - make_interval(days => $4) FROM discussion_thread WHERE id = $1`,
      [threadId, id[author], body, daysAgo],
    );
    await sql(
      `UPDATE discussion_thread SET last_activity_at = greatest(last_activity_at, now() - make_interval(days => $2)) WHERE id = $1`,
      [threadId, daysAgo],
    );
  };

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    producer = stack.worker!.get(QueueProducer);
    for (const name of ['anna', 'bram', 'carla', 'dirk', 'eva', 'frank', 'gijs', 'hanna', 'ivo']) {
      id[name] = await insertMember(stack, {
        email: `${name}@example.nl`,
        name: name[0].toUpperCase() + name.slice(1),
      });
    }
    await sql(`UPDATE member SET language = 'en' WHERE id = $1`, [id.carla]);
    const members = (names: string[]) => names.map((n) => ({ memberId: id[n] }));
    cop.open = await insertCommunity(stack, {
      name: 'Open Kring',
      slug: 'open-kring',
      joinPolicy: 'OPEN',
      members: members(['anna', 'bram', 'carla', 'eva', 'frank', 'gijs', 'hanna']),
    });
    cop.closed = await insertCommunity(stack, {
      name: 'Ketenkring',
      slug: 'ketenkring',
      joinPolicy: 'ON_REQUEST',
      members: members(['anna', 'bram', 'carla', 'eva']),
    });
    cop.hidden = await insertCommunity(stack, {
      name: 'Stille Kring',
      slug: 'stille-kring',
      joinPolicy: 'HIDDEN',
      members: members(['anna', 'dirk']),
    });
    // Memberships are two months old; Ivo joined Open Kring this week.
    await sql(`UPDATE community_membership SET joined_at = now() - interval '60 days'`);
    await sql(
      `INSERT INTO community_membership (community_id, member_id, status, joined_at)
       VALUES ($1, $2, 'ACTIVE', now() - interval '2 days')`,
      [cop.open, id.ivo],
    );

    thread.open = await insertThread(
      'open',
      'anna',
      'Hoe organiseer je een kennissessie?',
      'We zoeken **tips** voor een [kennissessie](https://example.nl) met de hele keten.',
      3,
    );
    await insertReply(thread.open, 'bram', 'Begin klein.', 2);
    await insertReply(thread.open, 'anna', 'Dank je!', 1);
    thread.closed = await insertThread(
      'closed',
      'anna',
      'Vertrouwelijke ketenafspraken',
      'Geheime tekst over de ketenafspraken.',
      2,
    );
    thread.hidden = await insertThread(
      'hidden',
      'anna',
      'Stille evaluatie',
      'Geheime tekst over de evaluatie.',
      2,
    );
    thread.gijs = await insertThread('open', 'gijs', 'Vraag van Gijs', 'Wie weet dit?', 10);
    await insertReply(thread.gijs, 'anna', 'Ik weet het!', 1);
    // An old thread with no new activity.
    await insertThread('open', 'anna', 'Oude discussie', 'Van vorige maand.', 40);

    // Gijs got Anna's reply by email right away (an immediate notification, emailed).
    await sql(
      `INSERT INTO notification (member_id, kind, event_id, community_id, subject_type, subject_id, actor_id, channel, created_at, emailed_at)
       VALUES ($1, 'REPLY', gen_random_uuid(), $2, 'DISCUSSION_THREAD', $3, $4, 'IMMEDIATE', now() - interval '1 day', now() - interval '1 day')`,
      [id.gijs, cop.open, thread.gijs, id.anna],
    );
    // Bram set mentions to "digest": a mention waits for his digest.
    await sql(
      `INSERT INTO notification (member_id, kind, event_id, community_id, subject_type, subject_id, actor_id, channel, created_at)
       VALUES ($1, 'MENTION', gen_random_uuid(), $2, 'DISCUSSION_THREAD', $3, $4, 'DIGEST', now() - interval '2 days')`,
      [id.bram, cop.open, thread.open, id.anna],
    );

    await sql(
      `INSERT INTO meeting (community_id, title, starts_at, ends_at, address, scheduled_by, created_at, updated_at)
       VALUES ($1, 'Kennissessie keten', now() + interval '10 days', now() + interval '10 days 2 hours', 'Turfmarkt 147, Den Haag', $2, now() - interval '2 days', now() - interval '2 days'),
              ($3, 'Ketenoverleg', now() + interval '12 days', now() + interval '12 days 2 hours', 'Turfmarkt 147, Den Haag', $2, now() - interval '2 days', now() - interval '2 days'),
              ($1, 'Over twee maanden', now() + interval '60 days', now() + interval '60 days 2 hours', 'Turfmarkt 147, Den Haag', $2, now() - interval '2 days', now() - interval '2 days')`,
      [cop.open, id.anna, cop.closed],
    );
    await sql(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience, created_at, updated_at)
       VALUES ($1, $2, 'Les uit de Open Kring', 'Wat we leerden in de open kring.', 'NEW_PRACTICE_IMPLEMENTED', 'MEMBERS', now() - interval '1 day', now() - interval '1 day'),
              ($3, $2, 'Les uit de Stille Kring', 'Geheime les.', 'NEW_PRACTICE_IMPLEMENTED', 'PLATFORM', now() - interval '1 day', now() - interval '1 day'),
              ($4, $2, 'Les uit de Ketenkring', 'Geheime ketenles.', 'NEW_PRACTICE_IMPLEMENTED', 'MEMBERS', now() - interval '26 hours', now() - interval '26 hours'),
              (NULL, $2, 'Gepubliceerd door een leergroep', 'Wat de leergroep opschreef.', 'PROFESSIONAL_DEVELOPMENT', 'PLATFORM', now() - interval '27 hours', now() - interval '27 hours')`,
      [cop.open, id.anna, cop.hidden, cop.closed],
    );
    await sql(
      `INSERT INTO coffee_date_round (period, seed, opens_at, signup_deadline, reminder_at, closes_at)
       VALUES ('2099-01', 'digest-test', now() - interval '1 day', now() + interval '5 days', now() + interval '20 days', now() + interval '25 days')`,
    );
    await sql(
      `INSERT INTO coffee_date_preference (member_id, unsubscribed_at) VALUES ($1, now())`,
      [id.eva],
    );

    // Carla left Ketenkring, Eva muted it.
    await sql(`DELETE FROM community_membership WHERE community_id = $1 AND member_id = $2`, [
      cop.closed,
      id.carla,
    ]);
    await sql(
      `INSERT INTO community_notification_setting (member_id, community_id, mode) VALUES ($1, $2, 'MUTED')`,
      [id.eva, cop.closed],
    );
    // Frank read the open thread on the web after its last reply.
    const frank = await sessionFor(stack, 'frank@example.nl');
    await frank.request(THREAD, { id: thread.open, first: 10 });
    const [{ id: openLesson }]: { id: string }[] = await sql(
      `SELECT id FROM harvest_lesson WHERE title = 'Les uit de Open Kring'`,
    );
    await frank.request(`query($id: ID!) { lesson(id: $id) { id } }`, { id: openLesson });

    await notDue(stack, [id.anna, id.ivo]);
    hannaSince = new Date();
    // Hanna's window (hannaSince to the database's now) must not be empty.
    await waitFor(
      async () =>
        (await sql(`SELECT date_trunc('milliseconds', now()) > $1 AS passed`, [hannaSince]))[0]
          .passed as boolean,
      'the database clock to pass hannaSince',
    );
    await makeDue(
      stack,
      ['bram', 'carla', 'dirk', 'eva', 'frank', 'gijs'].map((n) => id[n]),
    );
    await makeDue(stack, [id.hanna], hannaSince);
    await runDigests(stack, producer);
  }, 60_000);

  afterAll(() => stack?.stop());

  it('records the web view as a seen item', async () => {
    expect(
      await countRows(
        stack,
        'seen_item',
        `member_id = $1 AND item_type = 'THREAD' AND item_id = $2`,
        [id.frank, thread.open],
      ),
    ).toBe(1);
  });

  it('gives a member of an open and a closed CoP everything, closed-CoP posts as title and link', async () => {
    const [mail] = digestTo('bram');
    expect(digestTo('bram')).toHaveLength(1);
    expect(mail.subject).toBe(
      'Je overzicht van Leerhuis: 1 melding voor jou, 3 nieuwe discussies, 2 bijeenkomsten',
    );
    expect(digestSections(mail.text, NL)).toEqual({
      'Voor jou': ['Anna noemde je in “Hoe organiseer je een kennissessie?”'],
      'Nieuwe en actieve discussies': [
        'Hoe organiseer je een kennissessie?',
        'Vertrouwelijke ketenafspraken',
        'Vraag van Gijs',
      ],
      'Bijeenkomsten in de komende vier weken': ['Kennissessie keten', 'Ketenoverleg'],
      'Nieuwe oogst en gepubliceerde lessen': [
        'Les uit de Open Kring',
        'Les uit de Ketenkring',
        'Gepubliceerd door een leergroep',
      ],
      Koffiedate: ['De koffiedate-ronde van deze maand is open'],
      'Nieuwe leden': ['Open Kring: 1 nieuw lid'],
    });
    // The open CoP's post travels as a plain-text excerpt; the closed CoP's never.
    expect(mail.text).toContain('We zoeken tips voor een kennissessie met de hele keten.');
    expect(mail.text).not.toContain('Geheime');
    expect(mail.html).not.toContain('Geheime');
    expect(mail.text).toContain(
      `${stack.config.PUBLIC_URL}/communities/ketenkring/discussions/${thread.closed}`,
    );
    // Anna's thread is new; Anna's later reply counts, Bram's own reply does not.
    expect(mail.text).toContain('Open Kring · nieuw · 1 nieuwe reactie');
    expect(mail.text).toContain('Ivo');
    expect(mail.text).toContain(
      'Je krijgt dit wekelijkse overzicht omdat je lid bent van Ketenkring en Open Kring.',
    );
    expect(mail.text).toContain(`${stack.config.PUBLIC_URL}/instellingen/meldingen`);
    expect(mail.headers['list-unsubscribe']).toMatch(/\/unsubscribe\//);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // The mention went out with the digest.
    expect(
      await countRows(stack, 'notification', `member_id = $1 AND emailed_at IS NOT NULL`, [
        id.bram,
      ]),
    ).toBe(1);
  });

  it('gives a member who left the closed CoP nothing from it, in English', async () => {
    const mails = digestTo('carla');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(
      'Your Leerhuis overview: 2 new discussions, 1 meeting, 2 new lessons',
    );
    expect(digestSections(mails[0].text, EN)).toEqual({
      'New and active discussions': ['Hoe organiseer je een kennissessie?', 'Vraag van Gijs'],
      'Meetings in the next four weeks': ['Kennissessie keten'],
      'New harvest and published lessons': [
        'Les uit de Open Kring',
        'Gepubliceerd door een leergroep',
      ],
      Koffiedate: ['This month’s koffiedate round is open'],
      'New members': ['Open Kring: 1 new member'],
    });
    expect(mails[0].text).not.toContain('Ketenkring');
  });

  it('gives a member of the hidden CoP its titles only; nobody else sees it', async () => {
    const [mail] = digestTo('dirk');
    expect(digestSections(mail.text, NL)).toEqual({
      'Nieuwe en actieve discussies': ['Stille evaluatie'],
      'Nieuwe oogst en gepubliceerde lessen': [
        'Les uit de Stille Kring',
        'Gepubliceerd door een leergroep',
      ],
      Koffiedate: ['De koffiedate-ronde van deze maand is open'],
    });
    expect(mail.text).not.toContain('Geheime');
    for (const name of ['bram', 'carla', 'eva', 'frank', 'gijs']) {
      expect(digestTo(name)[0].text).not.toContain('Stille');
    }
  });

  it('leaves a muted CoP out entirely (and koffiedate for who unsubscribed from it)', async () => {
    const [mail] = digestTo('eva');
    expect(digestSections(mail.text, NL)).toEqual({
      'Nieuwe en actieve discussies': ['Hoe organiseer je een kennissessie?', 'Vraag van Gijs'],
      'Bijeenkomsten in de komende vier weken': ['Kennissessie keten'],
      'Nieuwe oogst en gepubliceerde lessen': [
        'Les uit de Open Kring',
        'Gepubliceerd door een leergroep',
      ],
      'Nieuwe leden': ['Open Kring: 1 nieuw lid'],
    });
    expect(mail.text).not.toContain('Ketenkring');
  });

  it('leaves out a thread and a lesson the member read on the web', async () => {
    const sections = digestSections(digestTo('frank')[0].text, NL);
    expect(sections['Nieuwe en actieve discussies']).toEqual(['Vraag van Gijs']);
    expect(sections['Nieuwe oogst en gepubliceerde lessen']).toEqual([
      'Gepubliceerd door een leergroep',
    ]);
  });

  it('leaves out the reply the member already got by email, and their own thread', async () => {
    const sections = digestSections(digestTo('gijs')[0].text, NL);
    expect(sections['Nieuwe en actieve discussies']).toEqual([
      'Hoe organiseer je een kennissessie?',
    ]);
  });

  it('sends nothing to a member with nothing new, but moves their schedule on', async () => {
    expect(digestTo('hanna')).toHaveLength(0);
    const [row]: { last: Date; next: Date }[] = await sql(
      `SELECT last_digest_at AS last, next_digest_at AS next FROM notification_settings WHERE member_id = $1`,
      [id.hanna],
    );
    expect(row.next.getTime() - row.last.getTime()).toBeGreaterThan(0);
    expect(row.next.getTime()).toBeGreaterThan(Date.now());
  });

  it('sends each due member one digest, logged under its key; a second run sends nothing', async () => {
    const keys: { key: string }[] = await sql(
      `SELECT key FROM sent_email WHERE key LIKE 'digest:%'`,
    );
    expect(keys).toHaveLength(6);
    const before = stack.mail.messages.filter((m) => DIGEST_SUBJECT.test(m.subject)).length;
    expect(before).toBe(6);
    await runDigests(stack, producer);
    await stack.settle();
    expect(stack.mail.messages.filter((m) => DIGEST_SUBJECT.test(m.subject))).toHaveLength(6);
  });
});

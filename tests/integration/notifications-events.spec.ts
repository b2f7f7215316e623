import { coffeeDateRoundOpened } from '@leerhuis/coffee-dates';
import { recordEvent } from '@leerhuis/platform-events';
import { QueueName, QueueProducer } from '@leerhuis/platform-queue';
import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity } from './communities-support';
import { reply, startThread } from './discussions-support';
import { ACCEPT, draftCase, METHOD, setUpIntervision } from './intervision-support';
import { RSVP, scheduleMeeting } from './meetings-support';
import {
  listNotifications,
  MARK_READ,
  NOTIFICATIONS,
  recipientsOf,
  SET_MODE,
  storedNotifications,
  UPDATE_SETTINGS,
} from './notifications-support';

const CANCEL = `mutation($m: ID!) { cancelMeeting(input: { meetingId: $m, reason: "Ziek" }) { id } }`;

describe('notifications: events become in-app notifications for the right members', () => {
  let stack: TestStack;
  const ids: Record<string, string> = {};
  const clients: Record<string, GraphqlClient> = {};
  let cop: string;

  /** Every event relayed and every job on the mail queue done. */
  const settled = () => stack.settle();

  // Steps the tests before take, for a test that starts further on. A step already taken (the
  // whole file in order) is skipped, so no event is made, and no one notified, twice.
  const exists = async (table: string, title: string) =>
    (
      await stack.dataSource.query(
        `SELECT 1 FROM ${table} WHERE community_id = $1 AND title = $2`,
        [cop, title],
      )
    ).length > 0;

  /** Anouk's thread that mentions Bram, Daan and herself. */
  async function threadWithMentions(): Promise<void> {
    if (await exists('discussion_thread', 'Ketensamenwerking in de praktijk')) return;
    const body = `Wat vinden @[Bram Bakker](${ids.bram}), @[Daan Dekker](${ids.daan}) en @[Anouk de Vries](${ids.anouk}) hiervan?`;
    await startThread(clients.anouk, cop, 'Ketensamenwerking in de praktijk', body);
    await settled();
  }
  /** Anouk's second thread, replied to by Bram and by herself. */
  async function threadWithReplies(): Promise<void> {
    if (await exists('discussion_thread', 'Tweede vraag over de keten')) return;
    const thread = await startThread(clients.anouk, cop, 'Tweede vraag over de keten');
    await reply(clients.bram, thread, 'Goede vraag!');
    await reply(clients.anouk, thread, 'Dank je, Bram.');
    await settled();
  }
  /** Eva is no longer a member of the CoP. */
  async function evaLeft(): Promise<void> {
    await stack.dataSource.query(
      `DELETE FROM community_membership WHERE community_id = $1 AND member_id = $2`,
      [cop, ids.eva],
    );
  }
  /** Anouk's meeting, scheduled and, with Bram going, cancelled. */
  async function meetingCancelled(): Promise<void> {
    if (await exists('meeting', 'Kennissessie keten')) return;
    const meetingId = await scheduleMeeting(clients.anouk, cop, { title: 'Kennissessie keten' });
    await settled();
    await clients.bram.ok(RSVP, { m: meetingId, r: 'GOING' });
    await clients.anouk.ok(CANCEL, { m: meetingId });
    await settled();
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    for (const [key, name] of [
      ['anouk', 'Anouk de Vries'],
      ['bram', 'Bram Bakker'],
      ['carla', 'Carla Cohen'],
      ['daan', 'Daan Dekker'],
      ['eva', 'Eva El Amrani'],
    ]) {
      ids[key] = await insertMember(stack, { email: `${key}@minbzk.nl`, name });
      clients[key] = await sessionFor(stack, `${key}@minbzk.nl`);
    }
    cop = await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'samenwerken-in-de-keten',
      joinPolicy: 'OPEN',
      members: [
        { memberId: ids.anouk, role: 'COORDINATOR' },
        { memberId: ids.bram },
        { memberId: ids.carla },
        { memberId: ids.daan },
        { memberId: ids.eva },
      ],
    });
    await clients.carla.ok(SET_MODE, { input: { communityId: cop, mode: 'IMMEDIATE' } });
    await clients.daan.ok(SET_MODE, { input: { communityId: cop, mode: 'MUTED' } });
  });
  afterAll(() => stack?.stop());

  it('does notify a new thread: mentions (also in a muted CoP), IMMEDIATE-mode members, never the author', async () => {
    const body = `Wat vinden @[Bram Bakker](${ids.bram}), @[Daan Dekker](${ids.daan}) en @[Anouk de Vries](${ids.anouk}) hiervan?`;
    const thread = await startThread(clients.anouk, cop, 'Ketensamenwerking in de praktijk', body);
    await settled();
    expect(await recipientsOf(stack, 'discussions.mentioned', 'MENTION')).toEqual([
      'Bram Bakker',
      'Daan Dekker',
    ]);
    expect(await recipientsOf(stack, 'discussions.thread-created', 'COMMUNITY_ACTIVITY')).toEqual([
      'Carla Cohen',
    ]);
    const [mention] = await storedNotifications(stack, ids.bram);
    expect(mention).toMatchObject({
      kind: 'MENTION',
      channel: 'IMMEDIATE',
      subject_type: 'DISCUSSION_THREAD',
      data: { threadId: thread },
    });
    const bram = await listNotifications(clients.bram);
    expect(bram.unread).toBe(1);
    expect(bram.nodes[0]).toMatchObject({
      kind: 'MENTION',
      title: 'Anouk de Vries noemde je in ‘Ketensamenwerking in de praktijk’',
      url: `/communities/samenwerken-in-de-keten/discussions/${thread}`,
      actorName: 'Anouk de Vries',
      readAt: null,
    });
    // The web app asks in its own language; without it, the member's email language.
    const english = await clients.bram.ok<{ notifications: { nodes: { title: string }[] } }>(
      `{ notifications(first: 1, language: "en") { nodes { title } } }`,
    );
    expect(english.notifications.nodes[0].title).toBe(
      'Anouk de Vries mentioned you in ‘Ketensamenwerking in de praktijk’',
    );
  });

  it('does notify a reply to the thread author (not for their own reply) and IMMEDIATE-mode members', async () => {
    const thread = await startThread(clients.anouk, cop, 'Tweede vraag over de keten');
    await reply(clients.bram, thread, 'Goede vraag!');
    await reply(clients.anouk, thread, 'Dank je, Bram.');
    await settled();
    expect(await recipientsOf(stack, 'discussions.reply-posted', 'REPLY')).toEqual([
      'Anouk de Vries',
    ]);
    // Carla (IMMEDIATE) hears of both replies; Daan (muted) and the authors of neither.
    expect(
      await recipientsOf(
        stack,
        'discussions.reply-posted',
        'COMMUNITY_ACTIVITY',
        `n.data->>'threadId' = $3`,
        [thread],
      ),
    ).toEqual(['Carla Cohen', 'Carla Cohen']);
    const anouk = await listNotifications(clients.anouk);
    expect(anouk.nodes[0]).toMatchObject({
      kind: 'REPLY',
      title: 'Bram Bakker reageerde op ‘Tweede vraag over de keten’',
    });
  });

  it('does not notify a thread author who left the CoP', async () => {
    const thread = await startThread(clients.eva, cop, 'Vraag van Eva over de keten');
    await settled();
    await stack.dataSource.query(
      `DELETE FROM community_membership WHERE community_id = $1 AND member_id = $2`,
      [cop, ids.eva],
    );
    const before = (await storedNotifications(stack, ids.eva)).length;
    await reply(clients.bram, thread, 'Eva is er niet meer, maar ik antwoord toch.');
    await settled();
    expect((await storedNotifications(stack, ids.eva)).length).toBe(before);
  });

  it('does notify meeting changes to active members except the actor and muted members', async () => {
    await evaLeft();
    await clients.carla.ok(UPDATE_SETTINGS, { input: { meetingChanges: 'IMMEDIATE' } });
    const meetingId = await scheduleMeeting(clients.anouk, cop, { title: 'Kennissessie keten' });
    await settled();
    expect(await recipientsOf(stack, 'meetings.meeting-scheduled', 'MEETING_CHANGE')).toEqual([
      'Bram Bakker',
      'Carla Cohen',
    ]);
    // Carla's IMMEDIATE channel is the meetings lib's own invitation email: never batched.
    const emailed = async () =>
      Object.fromEntries(
        (
          await stack.dataSource.query(
            `SELECT m.name, n.emailed_at IS NOT NULL AS emailed, n.data->>'change' AS change
               FROM notification n JOIN member m ON m.id = n.member_id
              WHERE n.kind = 'MEETING_CHANGE' AND n.subject_id = $1 ORDER BY n.id`,
            [meetingId],
          )
        ).map((r: { name: string; change: string; emailed: boolean }) => [
          `${r.change} ${r.name}`,
          r.emailed,
        ]),
      );
    expect(await emailed()).toEqual({
      'SCHEDULED Bram Bakker': false,
      'SCHEDULED Carla Cohen': true,
    });
    // Bram is going: the cancellation email reaches him whatever his channel.
    await clients.bram.ok(RSVP, { m: meetingId, r: 'GOING' });
    await clients.anouk.ok(CANCEL, { m: meetingId });
    await settled();
    expect(await emailed()).toEqual({
      'SCHEDULED Bram Bakker': false,
      'SCHEDULED Carla Cohen': true,
      'CANCELLED Bram Bakker': true,
      'CANCELLED Carla Cohen': true,
    });
    const bram = await listNotifications(clients.bram);
    expect(bram.nodes[0]).toMatchObject({
      kind: 'MEETING_CHANGE',
      title: 'Bijeenkomst afgelast in Samenwerken in de keten: ‘Kennissessie keten’',
      url: '/communities/samenwerken-in-de-keten',
    });
  });

  it('does notify an open koffiedate round to everyone not unsubscribed or paused', async () => {
    await stack.dataSource.query(
      `INSERT INTO coffee_date_preference (member_id, unsubscribed_at) VALUES ($1, now())`,
      [ids.daan],
    );
    await stack.dataSource.query(
      `INSERT INTO coffee_date_preference (member_id, paused_until) VALUES ($1, current_date + 30)`,
      [ids.eva],
    );
    const [{ id: roundId }] = await stack.dataSource.query(
      `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
       VALUES ('MONTHLY', '2030-01', 'OPEN', 's', now(), now() + interval '7 days',
               now() + interval '21 days', now() + interval '27 days') RETURNING id`,
    );
    await stack.dataSource.transaction((manager) =>
      recordEvent(manager, coffeeDateRoundOpened, { roundId }),
    );
    await settled();
    expect(await recipientsOf(stack, 'coffee-dates.round-opened', 'COFFEE_DATE')).toEqual([
      'Anouk de Vries',
      'Bram Bakker',
      'Carla Cohen',
    ]);
  });

  it('does notify an opened intervisie phase to the active group members, without case content', async () => {
    const w = await setUpIntervision(stack, 'intervisie-meldingen');
    const kase = await draftCase(w.clients.owner, w.groupId, 'Geheime casustitel');
    await w.clients.moderator.ok(ACCEPT, { input: { caseId: kase, methodId: METHOD.incident } });
    await settled();
    expect(await recipientsOf(stack, 'intervision.phase-opened', 'INTERVISION_PHASE')).toEqual([
      'Intervisie moderator',
      'Intervisie owner',
      'Intervisie p1',
      'Intervisie p2',
    ]);
    const [stored] = await storedNotifications(stack, w.ids.p1);
    expect(Object.keys(stored.data).sort()).toEqual([
      'groupName',
      'phaseIndex',
      'phaseTitleEn',
      'phaseTitleNl',
    ]);
    expect(JSON.stringify(stored)).not.toContain('Geheime');
    // Intervisie phases come immediately by default: the intervisie email is that email.
    expect(stored.emailed_at).not.toBeNull();
    const list = await listNotifications(w.clients.p1);
    expect(list.nodes[0].title).toMatch(/^Intervisiegroep Noord: de fase ‘.+’ is geopend$/);
    expect(list.nodes[0].url).toBe(`/intervisie/casussen/${kase}`);
  });

  it('does notify each member once per event and kind, also when every event is relayed again', async () => {
    const counts = () =>
      stack.dataSource.query(
        `SELECT member_id, kind, count(*)::int AS n FROM notification
          WHERE member_id = ANY($1::uuid[]) GROUP BY member_id, kind ORDER BY member_id, kind`,
        [Object.values(ids)],
      );
    const before = await counts();
    // As after a crash between enqueueing and marking the events dispatched.
    await stack.dataSource.query(`UPDATE outbox_event SET dispatched_at = NULL`);
    const queue = stack.worker!.get(QueueProducer).queue(QueueName.Mail);
    await queue.clean(0, 10_000, 'completed');
    await settled();
    expect(await counts()).toEqual(before);
  });

  it('does mark the viewer’s own notifications read, one or all, and refuses anyone else’s', async () => {
    await threadWithMentions();
    await threadWithReplies();
    await meetingCancelled();
    const bram = await listNotifications(clients.bram);
    expect(bram.unread).toBeGreaterThanOrEqual(3);
    const first = bram.nodes[0].id;
    const result = await clients.bram.ok<{
      markNotificationsRead: { marked: number; unreadCount: number };
    }>(MARK_READ, { input: { ids: [first] } });
    expect(result.markNotificationsRead).toEqual({ marked: 1, unreadCount: bram.unread - 1 });
    const anouks = (await listNotifications(clients.anouk)).nodes[0].id;
    const refused = await clients.bram.request(MARK_READ, { input: { ids: [anouks] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const mixed = await clients.bram.request(MARK_READ, {
      input: { ids: [bram.nodes[1].id, anouks] },
    });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await listNotifications(clients.bram)).unread).toBe(bram.unread - 1);
    expect((await listNotifications(clients.anouk)).nodes[0].readAt).toBeNull();
    const all = await clients.bram.ok<{ markNotificationsRead: { unreadCount: number } }>(
      MARK_READ,
      {},
    );
    expect(all.markNotificationsRead.unreadCount).toBe(0);
    const after = await listNotifications(clients.bram);
    expect(after.unread).toBe(0);
    expect(after.nodes.every((n) => n.readAt !== null)).toBe(true);
    expect((await stack.graphql.request(NOTIFICATIONS)).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('does list notifications in the same number of SQL statements for 2 or 40', async () => {
    await threadWithMentions();
    const member = await insertMember(stack, { email: 'veel@minbzk.nl', name: 'Veel Meldingen' });
    const client = await sessionFor(stack, 'veel@minbzk.nl');
    await stack.dataSource.query(
      `INSERT INTO notification (member_id, kind, event_id, community_id, subject_type, subject_id, actor_id, data, channel)
       SELECT $1, k.kind, gen_random_uuid(), $2, k.subject_type, t.id, $3, jsonb_build_object('threadId', t.id), 'IN_APP'
         FROM generate_series(1, 20) g
         CROSS JOIN (VALUES ('MENTION', 'DISCUSSION_THREAD'), ('COMMUNITY_ACTIVITY', 'DISCUSSION_THREAD')) k (kind, subject_type)
         CROSS JOIN LATERAL (SELECT id FROM discussion_thread WHERE community_id = $2 LIMIT 1) t`,
      [member, cop, ids.anouk],
    );
    const small = await stack.countQueries(() =>
      client.ok<{ notifications: { nodes: unknown[] } }>(NOTIFICATIONS, { first: 2 }),
    );
    const large = await stack.countQueries(() =>
      client.ok<{ notifications: { nodes: unknown[] } }>(NOTIFICATIONS, { first: 40 }),
    );
    expect(small.result.notifications.nodes).toHaveLength(2);
    expect(large.result.notifications.nodes).toHaveLength(40);
    expect(large.queries).toBe(small.queries);
    expect(small.queries).toBeLessThanOrEqual(6);
    // Paging on from a cursor.
    const page1 = await client.ok<{
      notifications: {
        pageInfo: { endCursor: string; hasNextPage: boolean };
        nodes: { id: string }[];
      };
    }>(NOTIFICATIONS, { first: 30 });
    const page2 = await client.ok<{
      notifications: { pageInfo: { hasNextPage: boolean }; nodes: { id: string }[] };
    }>(NOTIFICATIONS, { first: 30, after: page1.notifications.pageInfo.endCursor });
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    expect(page2.notifications.nodes).toHaveLength(10);
    expect(page2.notifications.pageInfo.hasNextPage).toBe(false);
    expect(Number(page2.notifications.nodes[0].id)).toBeLessThan(
      Number(page1.notifications.nodes.at(-1)!.id),
    );
  });
});

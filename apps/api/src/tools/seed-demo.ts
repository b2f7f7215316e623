import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';
import { createDataSource } from '@leerhuis/platform-database';

import type { EntityManager } from 'typeorm';

import { seedBoundarySpannerProfiles } from './demo-boundary-spanner';
import { seedCoffeeDates } from './demo-coffee-dates';
import { DEMO_COMMUNITIES, DemoCommunity, DemoMeeting } from './demo-communities';
import { seedIntervision } from './demo-intervision';
import { seedLearningGroups } from './demo-learning-groups';
import { seedNotifications } from './demo-notifications';
import { DEMO_MEMBERS, DEMO_ORGANISATIONS, DEMO_PERSONAS } from './demo-people';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `YYYY-MM-DD` of the Amsterdam calendar day `days` days from now. */
function amsterdamDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(Date.now() + days * DAY),
  );
}

/** The instant of an Amsterdam wall-clock time (summer time tried first). */
function amsterdamInstant(date: string, time: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const clock = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  for (const offsetHours of [2, 1]) {
    const instant = new Date(wall - offsetHours * HOUR);
    if (clock.format(instant) === time) return instant;
  }
  return new Date(wall - HOUR);
}

function meetingTimes(meeting: DemoMeeting): [Date, Date] {
  const date = amsterdamDate(meeting.inDays);
  return [amsterdamInstant(date, meeting.from), amsterdamInstant(date, meeting.until)];
}

/**
 * A demo CoP with its members, discussions, meetings and harvest, written once: a CoP whose
 * slug exists is left as it is (the demo's users may have changed it). Plain rows, no outbox
 * events: seeding sends no email.
 */
async function seedCommunity(
  manager: EntityManager,
  community: DemoCommunity,
  members: Map<string, { id: string; name: string }>,
): Promise<void> {
  const member = (email: string) => {
    const found = members.get(email);
    if (!found) throw new Error(`demo member ${email} is missing`);
    return found;
  };
  const now = Date.now();
  const ago = (hours: number) => new Date(now - hours * HOUR);
  const latest = Math.min(
    ...community.threads.flatMap((t) => [t, ...t.replies]).map((p) => p.hoursAgo),
    24 * 7,
  );
  const coordinator = community.members.find((m) => m.role === 'COORDINATOR')!;
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO community (slug, name, goal, domain, central_questions, themes, welcome_message,
                            join_policy, phase, status, starts_on, planned_end_on, proposed_by,
                            approved_by, approved_at, last_activity_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ACTIVE', $10, $11, $12, $12, $13, $14, $13)
     ON CONFLICT (slug) DO NOTHING
     RETURNING id`,
    [
      community.slug,
      community.name,
      community.goal,
      community.domain,
      community.centralQuestions,
      community.themes,
      community.welcomeMessage,
      community.joinPolicy,
      community.phase,
      amsterdamDate(-30 * community.startedMonthsAgo),
      amsterdamDate(30 * community.endsInMonths),
      member(coordinator.email).id,
      new Date(now - 30 * community.startedMonthsAgo * DAY),
      ago(latest),
    ],
  );
  const communityId = inserted[0]?.id;
  if (!communityId) return;

  for (const [index, m] of community.members.entries()) {
    await manager.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, requested_at, joined_at)
       VALUES ($1, $2, $3, 'ACTIVE', $4, $4)
       ON CONFLICT ON CONSTRAINT community_membership_once DO NOTHING`,
      [
        communityId,
        member(m.email).id,
        m.role,
        new Date(now - (30 * community.startedMonthsAgo - index) * DAY),
      ],
    );
  }
  for (const p of community.pending ?? []) {
    await manager.query(
      `INSERT INTO community_membership (community_id, member_id, role, status, motivation, requested_at)
       VALUES ($1, $2, 'MEMBER', 'PENDING', $3, $4)
       ON CONFLICT ON CONSTRAINT community_membership_once DO NOTHING`,
      [communityId, member(p.email).id, p.motivation, ago(5)],
    );
  }

  for (const thread of community.threads) {
    const mentions: { replyIndex: number | null; memberId: string; by: string }[] = [];
    // `{@email}` in a body is a mention: `@[Name](id)`, as the editor writes it.
    const source = (body: string, replyIndex: number | null, author: string) =>
      body.replace(/\{@([^}]+)\}/g, (_, email: string) => {
        const mentioned = member(email);
        mentions.push({ replyIndex, memberId: mentioned.id, by: member(author).id });
        return `@[${mentioned.name}](${mentioned.id})`;
      });
    const lastPost = Math.min(thread.hoursAgo, ...thread.replies.map((r) => r.hoursAgo));
    const [{ id: threadId }]: { id: string }[] = await manager.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body, pinned, created_at,
                                      last_activity_at)
       VALUES ($1, $2, $3, $4, $5, date_trunc('milliseconds', $6::timestamptz),
               date_trunc('milliseconds', $7::timestamptz))
       RETURNING id`,
      [
        communityId,
        member(thread.author).id,
        thread.title,
        source(thread.body, null, thread.author),
        thread.pinned ?? false,
        ago(thread.hoursAgo),
        ago(lastPost),
      ],
    );
    const replyIds: string[] = [];
    for (const [index, reply] of thread.replies.entries()) {
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO discussion_reply (thread_id, community_id, author_id, body, created_at)
         VALUES ($1, $2, $3, $4, date_trunc('milliseconds', $5::timestamptz))
         RETURNING id`,
        [
          threadId,
          communityId,
          member(reply.author).id,
          source(reply.body, index, reply.author),
          ago(reply.hoursAgo),
        ],
      );
      replyIds.push(id);
    }
    for (const mention of mentions) {
      await manager.query(
        `INSERT INTO discussion_mention (community_id, thread_id, reply_id, member_id, mentioned_by)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [
          communityId,
          threadId,
          mention.replyIndex === null ? null : replyIds[mention.replyIndex],
          mention.memberId,
          mention.by,
        ],
      );
    }
  }

  for (const meeting of community.meetings) {
    const [startsAt, endsAt] = meetingTimes(meeting);
    const [{ id: meetingId }]: { id: string }[] = await manager.query(
      `INSERT INTO meeting (community_id, title, starts_at, ends_at, address, online_url, agenda,
                            capacity, scheduled_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [
        communityId,
        meeting.title,
        startsAt,
        endsAt,
        meeting.address ?? null,
        meeting.onlineUrl ?? null,
        meeting.agenda,
        meeting.capacity ?? null,
        member(meeting.scheduledBy).id,
      ],
    );
    for (const rsvp of meeting.rsvps) {
      await manager.query(
        `INSERT INTO meeting_rsvp (meeting_id, member_id, status)
         VALUES ($1, $2, $3)
         ON CONFLICT ON CONSTRAINT meeting_rsvp_once DO NOTHING`,
        [meetingId, member(rsvp.email).id, rsvp.status],
      );
    }
  }

  for (const lesson of community.lessons) {
    const [{ id: lessonId }]: { id: string }[] = await manager.query(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience,
                                   occurred_on, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
       RETURNING id`,
      [
        communityId,
        member(lesson.contributors[0]).id,
        lesson.title,
        lesson.description,
        lesson.type,
        lesson.audience,
        amsterdamDate(-lesson.daysAgo),
        new Date(now - lesson.daysAgo * DAY),
      ],
    );
    await manager.query(
      `INSERT INTO harvest_lesson_contributor (lesson_id, member_id, position)
       SELECT $1, member_id, position::int
         FROM unnest($2::uuid[]) WITH ORDINALITY AS c(member_id, position)
       ON CONFLICT DO NOTHING`,
      [lessonId, lesson.contributors.map((email) => member(email).id)],
    );
  }
}

/**
 * The demo's meetings stay upcoming: one that has ended (and was not cancelled) moves to its
 * date from today, with the same wall-clock times and a new iCalendar sequence.
 */
async function keepMeetingsUpcoming(manager: EntityManager): Promise<void> {
  for (const community of DEMO_COMMUNITIES) {
    for (const meeting of community.meetings) {
      const [startsAt, endsAt] = meetingTimes(meeting);
      await manager.query(
        `UPDATE meeting m SET starts_at = $3, ends_at = $4, sequence = m.sequence + 1,
                              updated_at = now()
           FROM community c
          WHERE c.id = m.community_id AND c.slug = $1 AND m.title = $2
            AND m.ends_at < now() AND m.cancelled_at IS NULL`,
        [community.slug, meeting.title, startsAt, endsAt],
      );
    }
  }
}

/**
 * Idempotent demo data: running it twice changes nothing. Also seeds the browser tests
 * (tests/browser/every-page.spec.ts), so every page has real rows to show.
 */
export async function seedDemo(manager: EntityManager): Promise<void> {
  const ids = new Map<string, string>();
  for (const organisation of DEMO_ORGANISATIONS) {
    const parentId = organisation.parent ?? null;
    const existing: { id: string }[] = await manager.query(
      `SELECT id FROM organisation WHERE lower(name) = lower($1) AND parent_id IS NOT DISTINCT FROM $2`,
      [organisation.name, parentId],
    );
    const id =
      existing[0]?.id ??
      (
        await manager.query(
          `INSERT INTO organisation (name, abbreviation, type, parent_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [organisation.name, organisation.abbreviation ?? null, organisation.type, parentId],
        )
      )[0].id;
    ids.set(organisation.key, id);
  }
  for (const member of DEMO_MEMBERS) {
    await manager.query(
      `INSERT INTO member (email, name, organisation_id, job_role, themes, bio, offer, seeking, platform_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (lower(email)) DO NOTHING`,
      [
        member.email,
        member.name,
        ids.get(member.organisation) ?? member.organisation,
        member.jobRole,
        member.themes,
        member.bio,
        member.offer,
        member.seeking,
        member.admin ? 'ADMIN' : 'MEMBER',
      ],
    );
  }
  const rows: { id: string; name: string; email: string }[] = await manager.query(
    `SELECT id, name, lower(email) AS email FROM member WHERE lower(email) = ANY($1)`,
    [DEMO_MEMBERS.map((m) => m.email.toLowerCase())],
  );
  const members = new Map(rows.map((r) => [r.email, { id: r.id, name: r.name }]));
  for (const community of DEMO_COMMUNITIES) {
    await seedCommunity(manager, community, members);
  }
  await keepMeetingsUpcoming(manager);
  await seedBoundarySpannerProfiles(manager, members);
  await seedCoffeeDates(manager, members);
  await seedIntervision(manager, members);
  await seedLearningGroups(manager, members);
  await seedNotifications(manager, members, DEMO_MEMBERS[0].email);
}

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = await createDataSource(config, []).initialize();
  try {
    await dataSource.transaction((manager) => seedDemo(manager));
    process.stdout.write(
      `demo data ready; demo members:\n${DEMO_MEMBERS.map((m) => `  ${m.email}${m.admin ? ' (platform admin)' : ''}`).join('\n')}\n` +
        `demo CoPs: ${DEMO_COMMUNITIES.map((c) => c.slug).join(', ')}\n`,
    );
    // One machine-readable line: the demo launcher shows these in its banner.
    process.stdout.write(`LEERHUIS_DEMO_PERSONAS ${JSON.stringify(DEMO_PERSONAS)}\n`);
  } finally {
    await dataSource.destroy();
  }
}

// Run as a script (the demo launcher); imported by tests for seedDemo only.
if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`seeding failed: ${error.message}\n`);
    process.exit(1);
  });
}

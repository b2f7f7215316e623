import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/** Demo members with another digest rhythm than the weekly default. */
const DIGEST_CHOICES: { email: string; frequency: string; weekday: number; time: string }[] = [
  { email: 'bram.jansen@rws.nl', frequency: 'DAILY', weekday: 1, time: '07:30' },
  { email: 'fatima.elamrani@minszw.nl', frequency: 'MONTHLY', weekday: 2, time: '09:00' },
  { email: 'lotte.visser@nvwa.nl', frequency: 'BIWEEKLY', weekday: 5, time: '16:00' },
];

/**
 * Notification demo data: a few digest rhythms, and for the first demo member (the admin who
 * signs in first) an in-app list with a mention, a meeting change and the open koffiedate
 * round, one of them read. Idempotent: a member who already has notifications is left alone.
 * Plain rows, no outbox events: seeding sends no email.
 */
export async function seedNotifications(
  manager: EntityManager,
  members: Map<string, { id: string; name: string }>,
  firstMemberEmail: string,
): Promise<void> {
  for (const choice of DIGEST_CHOICES) {
    const member = members.get(choice.email);
    if (!member) continue;
    await manager.query(
      `UPDATE notification_settings
          SET digest_frequency = $2, digest_weekday = $3, digest_time = $4, next_digest_at = NULL
        WHERE member_id = $1 AND digest_frequency = 'WEEKLY' AND last_digest_at IS NULL`,
      [member.id, choice.frequency, choice.weekday, choice.time],
    );
  }

  const me = members.get(firstMemberEmail.toLowerCase());
  if (!me) return;
  const [{ count }] = await manager.query(
    `SELECT count(*)::int AS count FROM notification WHERE member_id = $1`,
    [me.id],
  );
  if (count > 0) return;

  // A thread someone else started in one of my CoPs, as if they mentioned me in it.
  const [thread] = await manager.query(
    `SELECT t.id, t.community_id, t.author_id FROM discussion_thread t
       JOIN community_membership m ON m.community_id = t.community_id
      WHERE m.member_id = $1 AND m.status = 'ACTIVE' AND t.author_id <> $1
        AND t.deleted_at IS NULL AND t.hidden_at IS NULL
      ORDER BY t.last_activity_at DESC LIMIT 1`,
    [me.id],
  );
  if (thread) {
    await manager.query(
      `INSERT INTO notification (member_id, kind, event_id, community_id, subject_type, subject_id,
                                 actor_id, data, channel, created_at, emailed_at)
       VALUES ($1, 'MENTION', $2, $3, 'DISCUSSION_THREAD', $4, $5, $6, 'IMMEDIATE',
               now() - interval '2 hours', now() - interval '2 hours')`,
      [
        me.id,
        randomUUID(),
        thread.community_id,
        thread.id,
        thread.author_id,
        { threadId: thread.id },
      ],
    );
  }
  const [meeting] = await manager.query(
    `SELECT mt.id, mt.community_id FROM meeting mt
       JOIN community_membership m ON m.community_id = mt.community_id
      WHERE m.member_id = $1 AND m.status = 'ACTIVE' AND mt.starts_at > now()
        AND mt.cancelled_at IS NULL
      ORDER BY mt.starts_at LIMIT 1`,
    [me.id],
  );
  if (meeting) {
    await manager.query(
      `INSERT INTO notification (member_id, kind, event_id, community_id, subject_type, subject_id,
                                 data, channel, created_at)
       VALUES ($1, 'MEETING_CHANGE', $2, $3, 'MEETING', $4, '{"change":"SCHEDULED"}', 'DIGEST',
               now() - interval '1 day')`,
      [me.id, randomUUID(), meeting.community_id, meeting.id],
    );
  }
  const [round] = await manager.query(
    `SELECT id FROM coffee_date_round WHERE state = 'OPEN' AND community_id IS NULL
      ORDER BY opens_at DESC LIMIT 1`,
  );
  if (round) {
    await manager.query(
      `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel,
                                 created_at, read_at)
       VALUES ($1, 'COFFEE_DATE', $2, 'COFFEE_DATE_ROUND', $3, 'DIGEST',
               now() - interval '3 days', now() - interval '2 days')`,
      [me.id, randomUUID(), round.id],
    );
  }
}

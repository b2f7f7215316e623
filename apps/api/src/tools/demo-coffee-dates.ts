import { amsterdamDay, amsterdamPeriod } from '@leerhuis/platform-calendar';

import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const DAY = 86_400_000;

/** Demo members who chose "every month", and the feedback given in the past round. */
const EVERY_MONTH = [
  'anouk.devries@minbzk.nl',
  'bram.jansen@rws.nl',
  'fatima.elamrani@minszw.nl',
  'lotte.visser@nvwa.nl',
  'sanne.mulder@minezk.nl',
];
const RATINGS = [5, 4, 4, 3, 5, 4];
const NEXT_STEPS = ['INTRODUCE_SOMEONE', 'START_SOMETHING', null, 'JOIN_COMMUNITY'];

interface DemoParticipant {
  id: string;
  email: string;
  ministry: string;
  styles: string[];
}

/** The month before `period` (`YYYY-MM`). */
function previousPeriod(period: string): string {
  const [y, m] = period.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 2, 15));
  return date.toISOString().slice(0, 7);
}

/**
 * Koffiedate demo data: members who take part every month, the current month's round open
 * for sign-up (the worker's schedule takes it from there), and last month's round closed with
 * its groups and feedback, so the admin stats page has something to show. Idempotent: a
 * round whose period exists is left alone. Plain rows, no outbox events: seeding sends no email.
 */
export async function seedCoffeeDates(
  manager: EntityManager,
  members: Map<string, { id: string }>,
): Promise<void> {
  const now = new Date();
  const ids = [...members.values()].map((m) => m.id);
  for (const email of EVERY_MONTH) {
    const member = members.get(email);
    if (!member) continue;
    await manager.query(
      `INSERT INTO coffee_date_preference (member_id, every_month) VALUES ($1, true) ON CONFLICT DO NOTHING`,
      [member.id],
    );
  }

  // Everyone's ministry (walking the organisation tree up) and preferred styles, if shared.
  const participants: DemoParticipant[] = await manager.query(
    `WITH RECURSIVE up AS (
       SELECT m.id AS member_id, o.id, o.type, o.parent_id, 0 AS depth
         FROM member m JOIN organisation o ON o.id = m.organisation_id WHERE m.id = ANY($1)
       UNION ALL
       SELECT up.member_id, o.id, o.type, o.parent_id, up.depth + 1
         FROM up JOIN organisation o ON o.id = up.parent_id WHERE up.type <> 'MINISTRY' AND up.depth < 10
     )
     SELECT m.id, lower(m.email) AS email,
            COALESCE((SELECT up.id::text FROM up WHERE up.member_id = m.id AND up.type = 'MINISTRY' LIMIT 1),
                     m.organisation_id::text) AS ministry,
            COALESCE((SELECT array_agg(lower(s)) FROM boundary_spanner_profile p, unnest(p.preferred_styles) s
                       WHERE p.member_id = m.id
                         AND p.taken_at = (SELECT max(taken_at) FROM boundary_spanner_profile WHERE member_id = m.id)),
                     '{}') AS styles
       FROM member m WHERE m.id = ANY($1) ORDER BY m.email`,
    [ids],
  );

  const period = amsterdamPeriod(now);
  const today = amsterdamDay(now);
  await manager.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at)
     VALUES ('MONTHLY', $1, 'OPEN', $2, $3, $4, $5, $6)
     ON CONFLICT (period) WHERE kind = 'MONTHLY' DO NOTHING`,
    [
      period,
      randomUUID(),
      now,
      new Date(now.getTime() + 7 * DAY),
      new Date(now.getTime() + 21 * DAY),
      new Date(now.getTime() + 27 * DAY),
    ],
  );
  const [open] = await manager.query(
    `SELECT id, state FROM coffee_date_round WHERE kind = 'MONTHLY' AND period = $1`,
    [period],
  );
  if (open?.state === 'OPEN') {
    await manager.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via)
       SELECT $1, p.member_id, 'EVERY_MONTH' FROM coffee_date_preference p
        WHERE p.every_month AND p.unsubscribed_at IS NULL
          AND (p.paused_until IS NULL OR p.paused_until <= $2::date)
       ON CONFLICT DO NOTHING`,
      [open.id, today],
    );
  }

  // Last month: closed, everyone paired across ministries, with feedback.
  const past = previousPeriod(period);
  const opensAt = new Date(`${past}-01T08:00:00Z`);
  const inserted: { id: string }[] = await manager.query(
    `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at,
                                   closes_at, matched_at, reminded_at, closed_at)
     VALUES ('MONTHLY', $1, 'CLOSED', $2, $3, $4, $5, $6, $4, $5, $6)
     ON CONFLICT (period) WHERE kind = 'MONTHLY' DO NOTHING
     RETURNING id`,
    [
      past,
      randomUUID(),
      opensAt,
      new Date(opensAt.getTime() + 7 * DAY),
      new Date(opensAt.getTime() + 21 * DAY),
      new Date(opensAt.getTime() + 27 * DAY),
    ],
  );
  const roundId = inserted[0]?.id;
  if (!roundId) return;
  const pool = [...participants];
  for (const p of pool) {
    await manager.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via, ministry_id, organisation_type, preferred_styles)
       SELECT $1, $2::uuid, 'ROUND', CASE WHEN $3::text ~ '^[0-9a-f-]{36}$' THEN $3::uuid END, o.type, $4::text[]
         FROM member m JOIN organisation o ON o.id = m.organisation_id WHERE m.id = $2`,
      [roundId, p.id, p.ministry, p.styles],
    );
  }
  // Greedy pairs across ministries; whoever is left joins the last pair as a trio.
  const groups: DemoParticipant[][] = [];
  const left = [...pool];
  while (left.length >= 2) {
    const first = left.shift()!;
    const index = left.findIndex((x) => x.ministry !== first.ministry);
    if (index < 0) {
      left.unshift(first);
      break;
    }
    groups.push([first, left.splice(index, 1)[0]]);
  }
  const unmatched: DemoParticipant[] = [];
  for (const person of left) {
    const group = groups.find(
      (g) => g.length === 2 && g.every((x) => x.ministry !== person.ministry),
    );
    if (group) group.push(person);
    else unmatched.push(person);
  }
  for (const [index, group] of groups.entries()) {
    const slot = new Date(opensAt.getTime() + (10 + (index % 5)) * DAY + 2 * 3_600_000);
    const [{ id: matchId }] = await manager.query(
      `INSERT INTO coffee_date_match (round_id, kind, score, reasons, slot_starts_at, created_at)
       VALUES ($1, $2, 0, $3, $4, $5) RETURNING id`,
      [
        roundId,
        group.length === 3 ? 'TRIO' : 'PAIR',
        JSON.stringify([{ code: 'cross-organisation', message: 'Different organisations.' }]),
        slot,
        new Date(opensAt.getTime() + 7 * DAY),
      ],
    );
    for (const [position, member] of group.entries()) {
      // Most groups met; about one in three rated it, a few with a next step.
      const met = index % 4 !== 3;
      const rating =
        met && (index + position) % 3 !== 2 ? RATINGS[(index + position) % RATINGS.length] : null;
      await manager.query(
        `INSERT INTO coffee_date_match_member (match_id, member_id, round_id, response, responded_at, met,
                                               rating, next_step, feedback_at)
         VALUES ($1, $2, $3, 'ACCEPTED', $4, $5::boolean, $6::int, $7::text,
                 CASE WHEN $5::boolean IS NOT NULL THEN $8::timestamptz END)`,
        [
          matchId,
          member.id,
          roundId,
          new Date(opensAt.getTime() + 8 * DAY),
          met ? true : null,
          rating,
          rating ? NEXT_STEPS[(index + position) % NEXT_STEPS.length] : null,
          new Date(opensAt.getTime() + 20 * DAY),
        ],
      );
    }
  }
  for (const person of unmatched) {
    await manager.query(
      `INSERT INTO coffee_date_unmatched (round_id, member_id, reason, details) VALUES ($1, $2, 'no-valid-partner', '{}')`,
      [roundId, person.id],
    );
  }
}

import type { DataSource, EntityManager } from 'typeorm';

/** The monthly round members can still sign up for (read facade, e.g. for digests). */
export interface OpenCoffeeDateRound {
  id: string;
  opensAt: Date;
  signupDeadline: Date;
}

/** The open monthly round whose sign-up deadline has not passed, if any. */
export async function readOpenCoffeeDateSignUp(
  db: DataSource | EntityManager,
): Promise<OpenCoffeeDateRound | null> {
  const rows: { id: string; opens_at: Date; signup_deadline: Date }[] = await db.query(
    `SELECT id, opens_at, signup_deadline FROM coffee_date_round
      WHERE kind = 'MONTHLY' AND state = 'OPEN' AND signup_deadline > now()
      ORDER BY opens_at DESC LIMIT 1`,
  );
  return rows[0]
    ? { id: rows[0].id, opensAt: rows[0].opens_at, signupDeadline: rows[0].signup_deadline }
    : null;
}

/**
 * Of `memberIds`, who the round's sign-up is for by the koffiedate's own rule: not paused, not
 * unsubscribed, not signed up yet. One statement for any number of members.
 */
export async function readCoffeeDateInvitees(
  db: DataSource | EntityManager,
  roundId: string,
  memberIds: string[],
  today: string,
): Promise<Set<string>> {
  const rows: { member_id: string }[] = await db.query(
    `SELECT w.member_id FROM unnest($1::uuid[]) AS w(member_id)
       LEFT JOIN coffee_date_preference p ON p.member_id = w.member_id
      WHERE p.unsubscribed_at IS NULL AND (p.paused_until IS NULL OR p.paused_until <= $2::date)
        AND NOT EXISTS (SELECT 1 FROM coffee_date_participant cp
                         WHERE cp.round_id = $3 AND cp.member_id = w.member_id)`,
    [memberIds, today, roundId],
  );
  return new Set(rows.map((r) => r.member_id));
}

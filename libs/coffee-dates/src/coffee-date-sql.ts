/**
 * The koffiedate's rounds and preferences, as other libs may read them inside their own statements (rule 3 in
 * tests/architecture/table-owners.ts): derived tables with a fixed column list. Postgres
 * flattens them, so a statement costs what it did with the table.
 */
export const CoffeeDateSql = {
  /** Rounds. */
  rounds: `(SELECT id, kind, period, state, opens_at, signup_deadline, reminder_at, closes_at, meet_on, community_id, matched_at, closed_at, created_at
     FROM coffee_date_round)`,
  /** Members' standing choices. */
  preferences: `(SELECT member_id, every_month, next_round, paused_until, unsubscribed_at, updated_at
     FROM coffee_date_preference)`,
};

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Koffiedate rounds: the monthly round (and team rounds) with its state machine, who opted
 * in, the groups the matching formed, who was left out and why, members' preferences
 * (every month, pause, unsubscribe), their "don't match me with" list, and the single-purpose
 * link tokens in the emails (only their hash is stored).
 */
export class CoffeeDates1763800000009 implements MigrationInterface {
  name = 'CoffeeDates1763800000009';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE coffee_date_round (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL DEFAULT 'MONTHLY' CHECK (kind IN ('MONTHLY', 'TEAM')),
        period text CHECK (period IS NULL OR period ~ '^\\d{4}-\\d{2}$'),
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'MATCHING', 'MATCHED', 'CLOSED')),
        seed text NOT NULL,
        opens_at timestamptz NOT NULL,
        signup_deadline timestamptz NOT NULL,
        reminder_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        meet_on date,
        community_id uuid REFERENCES community (id) ON DELETE SET NULL,
        requested_by uuid REFERENCES member (id) ON DELETE SET NULL,
        matched_at timestamptz,
        reminded_at timestamptz,
        closed_at timestamptz,
        stats jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT coffee_date_round_monthly_period CHECK ((kind = 'MONTHLY') = (period IS NOT NULL)),
        CONSTRAINT coffee_date_round_order CHECK (
          opens_at <= signup_deadline AND signup_deadline <= reminder_at AND reminder_at <= closes_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX coffee_date_round_period ON coffee_date_round (period) WHERE kind = 'MONTHLY'`,
    );
    await db.query(`CREATE INDEX coffee_date_round_state ON coffee_date_round (state, opens_at)`);
    await db.query(`
      CREATE TABLE coffee_date_participant (
        round_id uuid NOT NULL REFERENCES coffee_date_round (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        via text NOT NULL CHECK (via IN ('ROUND', 'EVERY_MONTH', 'NEXT_ROUND', 'TEAM')),
        ministry_id uuid,
        organisation_type text,
        preferred_styles text[],
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, member_id)
      )`);
    await db.query(
      `CREATE INDEX coffee_date_participant_member ON coffee_date_participant (member_id)`,
    );
    await db.query(`
      CREATE TABLE coffee_date_match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        round_id uuid NOT NULL REFERENCES coffee_date_round (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('PAIR', 'TRIO', 'GROUP')),
        score integer NOT NULL DEFAULT 0,
        reasons jsonb NOT NULL DEFAULT '[]',
        slot_starts_at timestamptz NOT NULL,
        dissolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX coffee_date_match_round ON coffee_date_match (round_id)`);
    await db.query(`
      CREATE TABLE coffee_date_match_member (
        match_id uuid NOT NULL REFERENCES coffee_date_match (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        round_id uuid NOT NULL REFERENCES coffee_date_round (id) ON DELETE CASCADE,
        active boolean NOT NULL DEFAULT true,
        response text NOT NULL DEFAULT 'PENDING' CHECK (response IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        responded_at timestamptz,
        met boolean,
        rating integer CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
        next_step text CHECK (next_step IS NULL OR next_step IN ('INTRODUCE_SOMEONE', 'START_SOMETHING', 'JOIN_COMMUNITY')),
        feedback_at timestamptz,
        PRIMARY KEY (match_id, member_id)
      )`);
    // Never in two live groups of one round.
    await db.query(
      `CREATE UNIQUE INDEX coffee_date_match_member_once ON coffee_date_match_member (round_id, member_id) WHERE active`,
    );
    await db.query(
      `CREATE INDEX coffee_date_match_member_member ON coffee_date_match_member (member_id)`,
    );
    await db.query(`
      CREATE TABLE coffee_date_unmatched (
        round_id uuid NOT NULL REFERENCES coffee_date_round (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        reason text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        dissolved_match_id uuid REFERENCES coffee_date_match (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, member_id)
      )`);
    await db.query(`
      CREATE TABLE coffee_date_preference (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        every_month boolean NOT NULL DEFAULT false,
        next_round boolean NOT NULL DEFAULT false,
        paused_until date,
        unsubscribed_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE coffee_date_block (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        blocked_member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, blocked_member_id),
        CONSTRAINT coffee_date_block_not_self CHECK (member_id <> blocked_member_id)
      )`);
    await db.query(
      `CREATE INDEX coffee_date_block_blocked ON coffee_date_block (blocked_member_id)`,
    );
    await db.query(`
      CREATE TABLE coffee_date_link (
        token_hash text PRIMARY KEY,
        purpose text NOT NULL CHECK (purpose IN ('JOIN', 'ACCEPT', 'DECLINE', 'FEEDBACK', 'PAUSE', 'UNSUBSCRIBE')),
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        round_id uuid REFERENCES coffee_date_round (id) ON DELETE CASCADE,
        match_id uuid REFERENCES coffee_date_match (id) ON DELETE CASCADE,
        used_at timestamptz,
        expires_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE coffee_date_link`);
    await db.query(`DROP TABLE coffee_date_block`);
    await db.query(`DROP TABLE coffee_date_preference`);
    await db.query(`DROP TABLE coffee_date_unmatched`);
    await db.query(`DROP TABLE coffee_date_match_member`);
    await db.query(`DROP TABLE coffee_date_match`);
    await db.query(`DROP TABLE coffee_date_participant`);
    await db.query(`DROP TABLE coffee_date_round`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings (bijeenkomsten) of a CoP: the meeting, RSVPs with a waiting list, and the
 * follow-up actions recorded afterwards. Times are instants (timestamptz); the API takes and
 * shows them as Europe/Amsterdam wall-clock time.
 */
export class Meetings1763800000006 implements MigrationInterface {
  name = 'Meetings1763800000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        address text CHECK (address IS NULL OR length(btrim(address)) BETWEEN 3 AND 300),
        online_url text CHECK (online_url IS NULL OR (online_url ~ '^https://' AND length(online_url) <= 500)),
        agenda text NOT NULL DEFAULT '' CHECK (length(agenda) <= 10000),
        capacity integer CHECK (capacity IS NULL OR capacity BETWEEN 1 AND 1000),
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 20000),
        sequence integer NOT NULL DEFAULT 0,
        scheduled_by uuid REFERENCES member (id) ON DELETE SET NULL,
        cancelled_at timestamptz,
        cancelled_by uuid REFERENCES member (id) ON DELETE SET NULL,
        cancellation_reason text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_end_after_start CHECK (ends_at > starts_at),
        CONSTRAINT meeting_one_place CHECK ((address IS NULL) <> (online_url IS NULL))
      )`);
    await db.query(`CREATE INDEX meeting_community_time ON meeting (community_id, starts_at, id)`);
    await db.query(`
      CREATE TABLE meeting_rsvp (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('GOING', 'WAITING', 'MAYBE', 'NOT_GOING')),
        waiting_since timestamptz,
        responded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_rsvp_once UNIQUE (meeting_id, member_id),
        CONSTRAINT meeting_rsvp_waiting CHECK ((status = 'WAITING') = (waiting_since IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX meeting_rsvp_member ON meeting_rsvp (member_id, status)`);
    await db.query(
      `CREATE INDEX meeting_rsvp_waiting_list ON meeting_rsvp (meeting_id, waiting_since, id) WHERE status = 'WAITING'`,
    );
    await db.query(`
      CREATE TABLE meeting_follow_up (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 1000),
        owner_id uuid REFERENCES member (id) ON DELETE SET NULL,
        due_on date,
        recorded_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX meeting_follow_up_meeting ON meeting_follow_up (meeting_id, created_at)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting_follow_up`);
    await db.query(`DROP TABLE meeting_rsvp`);
    await db.query(`DROP TABLE meeting`);
  }
}

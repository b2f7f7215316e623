import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications and digests (issue 7): one settings row per member (digest rhythm and a
 * channel per kind), per-CoP modes, and the in-app notification list that also drives the
 * batched notification emails.
 */
export class Notifications1763800000019 implements MigrationInterface {
  name = 'Notifications1763800000019';

  async up(db: QueryRunner): Promise<void> {
    const channel = (column: string, fallback: string) =>
      `${column} text NOT NULL DEFAULT '${fallback}' CHECK (${column} IN ('IMMEDIATE', 'DIGEST', 'IN_APP'))`;
    await db.query(`
      CREATE TABLE notification_settings (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        digest_frequency text NOT NULL DEFAULT 'WEEKLY'
          CHECK (digest_frequency IN ('DAILY', 'WEEKLY', 'BIWEEKLY', 'MONTHLY', 'NEVER')),
        -- ISO weekday (1 = Monday) for weekly, two-weekly and monthly (first such day) digests.
        digest_weekday smallint NOT NULL DEFAULT 1 CHECK (digest_weekday BETWEEN 1 AND 7),
        -- Europe/Amsterdam wall-clock time; quarter hours, the planner's rhythm.
        digest_time time NOT NULL DEFAULT '08:00'
          CHECK (extract(minute FROM digest_time)::int % 15 = 0 AND extract(second FROM digest_time) = 0),
        ${channel('mentions', 'IMMEDIATE')},
        ${channel('replies', 'DIGEST')},
        ${channel('meeting_changes', 'DIGEST')},
        ${channel('coffee_date', 'DIGEST')},
        ${channel('intervision_phases', 'IMMEDIATE')},
        -- When the next digest is due (NULL: not planned yet, or NEVER); the previous due time
        -- starts the window of what counts as new.
        next_digest_at timestamptz,
        last_digest_at timestamptz,
        last_notification_email_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX notification_settings_due ON notification_settings (next_digest_at, member_id)
         WHERE digest_frequency <> 'NEVER'`,
    );
    // Every member has settings: existing ones now, new ones by trigger.
    await db.query(`INSERT INTO notification_settings (member_id) SELECT id FROM member`);
    await db.query(`
      CREATE FUNCTION notification_settings_for_new_member() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO notification_settings (member_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER member_notification_settings AFTER INSERT ON member
        FOR EACH ROW EXECUTE FUNCTION notification_settings_for_new_member()`);

    // No row: the CoP's activity goes into the digest.
    await db.query(`
      CREATE TABLE community_notification_setting (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        mode text NOT NULL CHECK (mode IN ('IMMEDIATE', 'DIGEST', 'MUTED')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, community_id)
      )`);

    await db.query(`
      CREATE TABLE notification (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION', 'REPLY', 'COMMUNITY_ACTIVITY',
          'MEETING_CHANGE', 'COFFEE_DATE', 'INTERVISION_PHASE')),
        -- The outbox event it came from: a relayed event never notifies twice.
        event_id uuid NOT NULL,
        community_id uuid REFERENCES community (id) ON DELETE CASCADE,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        actor_id uuid REFERENCES member (id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        channel text NOT NULL CHECK (channel IN ('IMMEDIATE', 'DIGEST', 'IN_APP')),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        -- Set when a notification email or a digest carried it.
        emailed_at timestamptz,
        UNIQUE (event_id, member_id, kind)
      )`);
    await db.query(`CREATE INDEX notification_list ON notification (member_id, id DESC)`);
    await db.query(
      `CREATE INDEX notification_unread ON notification (member_id) WHERE read_at IS NULL`,
    );
    await db.query(
      `CREATE INDEX notification_unsent ON notification (member_id, id)
         WHERE emailed_at IS NULL AND channel IN ('IMMEDIATE', 'DIGEST')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
    await db.query(`DROP TABLE community_notification_setting`);
    await db.query(`DROP TRIGGER member_notification_settings ON member`);
    await db.query(`DROP FUNCTION notification_settings_for_new_member()`);
    await db.query(`DROP TABLE notification_settings`);
  }
}

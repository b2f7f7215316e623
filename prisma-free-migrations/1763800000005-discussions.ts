import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Discussions in a CoP: threads, replies, @mentions and reports for moderation. Bodies are
 * Markdown source (rendered safely on read). Timestamps are kept to the millisecond so
 * keyset cursors round-trip exactly through JavaScript dates.
 */
export class Discussions1763800000005 implements MigrationInterface {
  name = 'Discussions1763800000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE discussion_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 20000),
        pinned boolean NOT NULL DEFAULT false,
        locked boolean NOT NULL DEFAULT false,
        hidden_at timestamptz,
        hidden_by uuid REFERENCES member (id) ON DELETE SET NULL,
        deleted_at timestamptz,
        edited_at timestamptz,
        last_activity_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    // The thread list: pinned first, then last activity (keyset on all three).
    await db.query(`
      CREATE INDEX discussion_thread_list
        ON discussion_thread (community_id, pinned DESC, last_activity_at DESC, id DESC)`);
    await db.query(`
      CREATE TABLE discussion_reply (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES discussion_thread (id) ON DELETE CASCADE,
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 20000),
        hidden_at timestamptz,
        hidden_by uuid REFERENCES member (id) ON DELETE SET NULL,
        deleted_at timestamptz,
        edited_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    await db.query(
      `CREATE INDEX discussion_reply_list ON discussion_reply (thread_id, created_at, id)`,
    );
    // A post is a thread (reply_id NULL) or a reply; one row per mentioned member and post.
    await db.query(`
      CREATE TABLE discussion_mention (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES discussion_thread (id) ON DELETE CASCADE,
        reply_id uuid REFERENCES discussion_reply (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        mentioned_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE UNIQUE INDEX discussion_mention_once
        ON discussion_mention (thread_id, coalesce(reply_id, thread_id), member_id)`);
    await db.query(`CREATE INDEX discussion_mention_member ON discussion_mention (member_id)`);
    await db.query(`
      CREATE TABLE discussion_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES discussion_thread (id) ON DELETE CASCADE,
        reply_id uuid REFERENCES discussion_reply (id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'HIDDEN', 'DISMISSED')),
        resolved_by uuid REFERENCES member (id) ON DELETE SET NULL,
        resolved_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())
      )`);
    // Reporting the same post twice is refused, also after the first report was resolved.
    await db.query(`
      CREATE UNIQUE INDEX discussion_report_once
        ON discussion_report (thread_id, coalesce(reply_id, thread_id), reporter_id)`);
    await db.query(`
      CREATE INDEX discussion_report_queue ON discussion_report (community_id, created_at, id)
        WHERE status = 'OPEN'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE discussion_report`);
    await db.query(`DROP TABLE discussion_mention`);
    await db.query(`DROP TABLE discussion_reply`);
    await db.query(`DROP TABLE discussion_thread`);
  }
}

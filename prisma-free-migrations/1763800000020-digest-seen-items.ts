import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a member opened on the web (a thread, a meeting, a lesson), so digests leave out what
 * was seen after its last activity; and an index for the digest's per-thread reply counts.
 */
export class DigestSeenItems1763800000020 implements MigrationInterface {
  name = 'DigestSeenItems1763800000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE seen_item (
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        item_type text NOT NULL CHECK (item_type IN ('THREAD', 'MEETING', 'LESSON')),
        item_id uuid NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (member_id, item_type, item_id)
      )`);
    // Digest windows: recent replies per CoP, new members per CoP, recent lessons.
    await db.query(
      `CREATE INDEX discussion_reply_recent ON discussion_reply (community_id, created_at)`,
    );
    await db.query(
      `CREATE INDEX community_membership_joined ON community_membership (community_id, joined_at)
         WHERE status = 'ACTIVE'`,
    );
    await db.query(`CREATE INDEX notification_subject ON notification (member_id, subject_id)
      WHERE emailed_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_subject`);
    await db.query(`DROP INDEX community_membership_joined`);
    await db.query(`DROP INDEX discussion_reply_recent`);
    await db.query(`DROP TABLE seen_item`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Harvest (oogst): the outcomes and lessons a CoP records, with the members who contributed.
 * The audience decides who reads a lesson: the CoP's members, or every signed-in member.
 */
export class Harvest1763800000007 implements MigrationInterface {
  name = 'Harvest1763800000007';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE harvest_lesson (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        community_id uuid NOT NULL REFERENCES community (id) ON DELETE CASCADE,
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 10000),
        type text NOT NULL CHECK (type IN ('FASTER_OR_DEEPER_PLAN_DEVELOPMENT',
          'NEW_PRACTICE_IMPLEMENTED', 'KNOWLEDGE_TRANSFERRED_TO_SECTOR',
          'BARRIER_GOVERNMENT_CAN_REMOVE', 'PROFESSIONAL_DEVELOPMENT')),
        audience text NOT NULL CHECK (audience IN ('MEMBERS', 'PLATFORM')),
        occurred_on date,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A CoP's harvest, newest first; and the platform-wide list of shared lessons.
    await db.query(
      `CREATE INDEX harvest_lesson_community ON harvest_lesson (community_id, created_at DESC, id DESC)`,
    );
    await db.query(`
      CREATE INDEX harvest_lesson_shared ON harvest_lesson (created_at DESC, id DESC)
        WHERE audience = 'PLATFORM'`);
    await db.query(`
      CREATE TABLE harvest_lesson_contributor (
        lesson_id uuid NOT NULL REFERENCES harvest_lesson (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        position int NOT NULL,
        PRIMARY KEY (lesson_id, member_id)
      )`);
    await db.query(
      `CREATE INDEX harvest_lesson_contributor_member ON harvest_lesson_contributor (member_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE harvest_lesson_contributor`);
    await db.query(`DROP TABLE harvest_lesson`);
  }
}

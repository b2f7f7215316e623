import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shared output of a group inside a leergroep (lessons or an article), its editing history and
 * the members' approvals of the current version; and the harvest made ready for published
 * outputs: a lesson may be platform-wide without a CoP, and remembers where it came from. And
 * peer introductions: a programme director's request, the (up to three) proposals, the pick.
 */
export class LearningGroupOutput1763800000016 implements MigrationInterface {
  name = 'LearningGroupOutput1763800000016';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learning_group_output (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learning_group_id uuid NOT NULL REFERENCES learning_group (id) ON DELETE CASCADE,
        group_number int NOT NULL CHECK (group_number >= 1),
        type text NOT NULL CHECK (type IN ('LESSONS', 'ARTICLE')),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 3 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
        version int NOT NULL DEFAULT 1,
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        updated_by uuid REFERENCES member (id) ON DELETE SET NULL,
        published_at timestamptz,
        published_by uuid REFERENCES member (id) ON DELETE SET NULL,
        published_community_id uuid REFERENCES community (id) ON DELETE SET NULL,
        harvest_lesson_id uuid REFERENCES harvest_lesson (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX learning_group_output_group ON learning_group_output (learning_group_id, group_number, created_at DESC)`,
    );
    await db.query(`
      CREATE TABLE learning_group_output_revision (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        output_id uuid NOT NULL REFERENCES learning_group_output (id) ON DELETE CASCADE,
        version int NOT NULL,
        editor_id uuid REFERENCES member (id) ON DELETE SET NULL,
        previous_title text NOT NULL,
        previous_body text NOT NULL,
        edited_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (output_id, version)
      )`);
    await db.query(`
      CREATE TABLE learning_group_output_approval (
        output_id uuid NOT NULL REFERENCES learning_group_output (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        version int NOT NULL,
        approved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (output_id, member_id)
      )`);
    // Peer introductions between programme directors of different ministries.
    await db.query(`
      CREATE TABLE peer_introduction (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requester_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'PROPOSED'
          CHECK (status IN ('PROPOSED', 'PICKED', 'ACCEPTED', 'DECLINED')),
        peer_id uuid REFERENCES member (id) ON DELETE CASCADE,
        picked_at timestamptz,
        answered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'PROPOSED') = (peer_id IS NULL))
      )`);
    await db.query(
      `CREATE INDEX peer_introduction_requester ON peer_introduction (requester_id, created_at DESC)`,
    );
    await db.query(
      `CREATE INDEX peer_introduction_peer ON peer_introduction (peer_id) WHERE peer_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE peer_introduction_proposal (
        introduction_id uuid NOT NULL REFERENCES peer_introduction (id) ON DELETE CASCADE,
        peer_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
        rank int NOT NULL,
        score int NOT NULL,
        reasons jsonb NOT NULL,
        PRIMARY KEY (introduction_id, peer_id)
      )`);
    // Harvest: platform-wide lessons need no CoP; a lesson may come from elsewhere (source).
    await db.query(`ALTER TABLE harvest_lesson ALTER COLUMN community_id DROP NOT NULL`);
    await db.query(`ALTER TABLE harvest_lesson ADD COLUMN source text NOT NULL DEFAULT 'COMMUNITY'
      CHECK (source IN ('COMMUNITY', 'LEARNING_GROUP_OUTPUT'))`);
    await db.query(`ALTER TABLE harvest_lesson ADD COLUMN source_id uuid`);
    await db.query(`ALTER TABLE harvest_lesson ADD CONSTRAINT harvest_lesson_scope
      CHECK (community_id IS NOT NULL OR audience = 'PLATFORM')`);
    await db.query(
      `CREATE UNIQUE INDEX harvest_lesson_source ON harvest_lesson (source, source_id) WHERE source_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE peer_introduction_proposal`);
    await db.query(`DROP TABLE peer_introduction`);
    await db.query(`DROP TABLE learning_group_output_approval`);
    await db.query(`DROP TABLE learning_group_output_revision`);
    await db.query(`DROP TABLE learning_group_output`);
    await db.query(`DROP INDEX harvest_lesson_source`);
    await db.query(`ALTER TABLE harvest_lesson DROP CONSTRAINT harvest_lesson_scope`);
    await db.query(`DELETE FROM harvest_lesson WHERE community_id IS NULL`);
    await db.query(`ALTER TABLE harvest_lesson DROP COLUMN source_id`);
    await db.query(`ALTER TABLE harvest_lesson DROP COLUMN source`);
    await db.query(`ALTER TABLE harvest_lesson ALTER COLUMN community_id SET NOT NULL`);
  }
}

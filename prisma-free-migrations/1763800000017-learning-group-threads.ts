import { MigrationInterface, QueryRunner } from 'typeorm';

/** Rode draden of a leergroep (issue 6): common threads across sessions, with themes. */
export class LearningGroupThreads1763800000017 implements MigrationInterface {
  name = 'LearningGroupThreads1763800000017';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learning_group_thread (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learning_group_id uuid NOT NULL REFERENCES learning_group (id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 160),
        body text NOT NULL DEFAULT '',
        themes text[] NOT NULL DEFAULT '{}',
        author_id uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX learning_group_thread_list ON learning_group_thread (learning_group_id, created_at DESC, id)`,
    );
    await db.query(
      `CREATE INDEX learning_group_thread_themes ON learning_group_thread USING gin (themes)`,
    );
    await db.query(`
      CREATE TABLE learning_group_thread_session (
        thread_id uuid NOT NULL REFERENCES learning_group_thread (id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES learning_group_session (id) ON DELETE CASCADE,
        PRIMARY KEY (thread_id, session_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_group_thread_session`);
    await db.query(`DROP TABLE learning_group_thread`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reflections after a leergroep session (issue 6): one per member and session. */
export class LearningGroupReflections1763800000018 implements MigrationInterface {
  name = 'LearningGroupReflections1763800000018';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learning_group_reflection (
        session_id uuid NOT NULL REFERENCES learning_group_session (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        happened text NOT NULL,
        yielded text NOT NULL,
        adjust text NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, member_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_group_reflection`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions of a confirmed leergroep (issue 6): one row per group and session number,
 * materialised from the computed schedule; agenda, notes and attendance per member.
 */
export class LearningGroupSessions1763800000015 implements MigrationInterface {
  name = 'LearningGroupSessions1763800000015';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE learning_group_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learning_group_id uuid NOT NULL REFERENCES learning_group (id) ON DELETE CASCADE,
        group_number integer NOT NULL CHECK (group_number >= 1),
        sequence integer NOT NULL CHECK (sequence >= 1),
        starts_at timestamptz NOT NULL,
        agenda text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        updated_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_group_session_number UNIQUE (learning_group_id, group_number, sequence)
      )`);
    await db.query(`
      CREATE TABLE learning_group_session_attendance (
        session_id uuid NOT NULL REFERENCES learning_group_session (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('PRESENT', 'ABSENT', 'EXCUSED')),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (session_id, member_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_group_session_attendance`);
    await db.query(`DROP TABLE learning_group_session`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leergroepen of programme directors: the programmes directors describe, leergroepen (a call
 * for applications with a facilitator, cohort and cadence), applications, and — once the
 * facilitator confirms a composition — the members, each in one numbered group of 4–8.
 * The facilitator's draft proposal is kept on the leergroep as JSON until it is confirmed.
 */
export class LearningGroups1763800000013 implements MigrationInterface {
  name = 'LearningGroups1763800000013';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE programme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        director_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 160),
        ministry_id uuid NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
        type text NOT NULL CHECK (type IN ('KETENREGIE_FIXED_FRAMEWORKS', 'KETENREGIE_OWN_FRAMEWORKS',
          'KETENSTURING_MINISTER_FRAMEWORKS', 'KETENSTURING_COFINANCING')),
        strategy text NOT NULL CHECK (strategy IN ('POLICY', 'IMPLEMENTATION', 'STIMULATION')),
        phase text NOT NULL CHECK (phase IN ('START', 'UITVOERING', 'AFRONDING')),
        themes text[] NOT NULL DEFAULT '{}',
        has_budget boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX programme_director ON programme (director_id, lower(name), id)`);
    await db.query(`
      CREATE TABLE learning_group (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 3 AND 120),
        goal text NOT NULL DEFAULT '' CHECK (length(goal) <= 2000),
        facilitator_id uuid NOT NULL REFERENCES member (id) ON DELETE RESTRICT,
        cohort_starts_on date NOT NULL,
        cohort_ends_on date NOT NULL,
        first_session_at timestamptz NOT NULL,
        session_minutes integer NOT NULL DEFAULT 180 CHECK (session_minutes BETWEEN 30 AND 600),
        location text NOT NULL DEFAULT '' CHECK (length(location) <= 300),
        cadence_weeks integer NOT NULL DEFAULT 6 CHECK (cadence_weeks BETWEEN 1 AND 26),
        target_size integer NOT NULL DEFAULT 6 CHECK (target_size BETWEEN 4 AND 8),
        status text NOT NULL DEFAULT 'OPEN_FOR_APPLICATIONS'
          CHECK (status IN ('OPEN_FOR_APPLICATIONS', 'COMPOSING', 'RUNNING', 'FINISHED')),
        proposal jsonb,
        composed_at timestamptz,
        created_by uuid REFERENCES member (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT learning_group_cohort CHECK (cohort_ends_on > cohort_starts_on)
      )`);
    await db.query(`CREATE INDEX learning_group_facilitator ON learning_group (facilitator_id)`);
    await db.query(
      `CREATE INDEX learning_group_sort ON learning_group (cohort_starts_on DESC, id)`,
    );
    await db.query(`
      CREATE TABLE learning_group_application (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        learning_group_id uuid NOT NULL REFERENCES learning_group (id) ON DELETE CASCADE,
        applicant_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE RESTRICT,
        learning_wish text NOT NULL CHECK (length(btrim(learning_wish)) BETWEEN 10 AND 2000),
        status text NOT NULL DEFAULT 'APPLIED' CHECK (status IN ('APPLIED', 'PLACED', 'NOT_PLACED')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX learning_group_application_once ON learning_group_application (learning_group_id, applicant_id)`,
    );
    await db.query(
      `CREATE INDEX learning_group_application_applicant ON learning_group_application (applicant_id)`,
    );
    await db.query(
      `CREATE INDEX learning_group_application_programme ON learning_group_application (programme_id)`,
    );
    await db.query(`
      CREATE TABLE learning_group_member (
        learning_group_id uuid NOT NULL REFERENCES learning_group (id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES member (id) ON DELETE CASCADE,
        group_number integer NOT NULL CHECK (group_number >= 1),
        joined_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (learning_group_id, member_id)
      )`);
    await db.query(
      `CREATE INDEX learning_group_member_member ON learning_group_member (member_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE learning_group_member`);
    await db.query(`DROP TABLE learning_group_application`);
    await db.query(`DROP TABLE learning_group`);
    await db.query(`DROP TABLE programme`);
  }
}

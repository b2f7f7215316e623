import { MigrationInterface, QueryRunner } from 'typeorm';

/** Members: profile fields with a visibility per field, platform role, language. */
export class Members1763800000002 implements MigrationInterface {
  name = 'Members1763800000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 120),
        organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE RESTRICT,
        job_role text NOT NULL CHECK (job_role IN ('PROGRAMME_DIRECTOR', 'PROGRAMME_MANAGER',
          'POLICY_OFFICER', 'ADVISER', 'IMPLEMENTER', 'INSPECTOR', 'MANAGER', 'TRAINEE',
          'FACILITATOR', 'OTHER')),
        themes text[] NOT NULL DEFAULT '{}',
        bio text NOT NULL DEFAULT '',
        offer text NOT NULL DEFAULT '',
        seeking text NOT NULL DEFAULT '',
        language text NOT NULL DEFAULT 'nl' CHECK (language IN ('nl', 'en')),
        platform_role text NOT NULL DEFAULT 'MEMBER' CHECK (platform_role IN ('MEMBER', 'ADMIN')),
        visibility jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX member_email ON member (lower(email))`);
    await db.query(`CREATE INDEX member_sort ON member (lower(name), id)`);
    await db.query(`CREATE INDEX member_organisation ON member (organisation_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE member`);
  }
}

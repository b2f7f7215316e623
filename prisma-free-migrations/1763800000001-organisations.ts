import { MigrationInterface, QueryRunner } from 'typeorm';

// The twelve ministries of 2022, with fixed ids so seeds and tests can refer to them.
const MINISTRIES: [string, string, string][] = [
  ['00000000-0000-4000-8000-000000000001', 'AZ', 'Ministerie van Algemene Zaken'],
  ['00000000-0000-4000-8000-000000000002', 'BZ', 'Ministerie van Buitenlandse Zaken'],
  [
    '00000000-0000-4000-8000-000000000003',
    'BZK',
    'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  ],
  ['00000000-0000-4000-8000-000000000004', 'EZK', 'Ministerie van Economische Zaken en Klimaat'],
  ['00000000-0000-4000-8000-000000000005', 'FIN', 'Ministerie van Financiën'],
  ['00000000-0000-4000-8000-000000000006', 'DEF', 'Ministerie van Defensie'],
  ['00000000-0000-4000-8000-000000000007', 'IenW', 'Ministerie van Infrastructuur en Waterstaat'],
  ['00000000-0000-4000-8000-000000000008', 'JenV', 'Ministerie van Justitie en Veiligheid'],
  [
    '00000000-0000-4000-8000-000000000009',
    'LNV',
    'Ministerie van Landbouw, Natuur en Voedselkwaliteit',
  ],
  [
    '00000000-0000-4000-8000-000000000010',
    'OCW',
    'Ministerie van Onderwijs, Cultuur en Wetenschap',
  ],
  [
    '00000000-0000-4000-8000-000000000011',
    'SZW',
    'Ministerie van Sociale Zaken en Werkgelegenheid',
  ],
  [
    '00000000-0000-4000-8000-000000000012',
    'VWS',
    'Ministerie van Volksgezondheid, Welzijn en Sport',
  ],
];

/** Organisations form a tree (ministry → DG → directie) plus agencies and partners. */
export class Organisations1763800000001 implements MigrationInterface {
  name = 'Organisations1763800000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 2 AND 200),
        abbreviation text CHECK (abbreviation IS NULL OR length(abbreviation) BETWEEN 1 AND 20),
        type text NOT NULL CHECK (type IN ('MINISTRY', 'DIRECTORATE_GENERAL', 'DIRECTORATE',
          'EXECUTIVE_AGENCY', 'INSPECTORATE', 'PROVINCE', 'MUNICIPALITY', 'WATER_BOARD', 'PARTNER')),
        parent_id uuid REFERENCES organisation (id) ON DELETE RESTRICT,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await db.query(`CREATE INDEX organisation_parent ON organisation (parent_id)`);
    await db.query(
      `CREATE UNIQUE INDEX organisation_unique_name ON organisation (COALESCE(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name))`,
    );
    await db.query(`CREATE INDEX organisation_sort ON organisation (lower(name), id)`);
    for (const [id, abbreviation, name] of MINISTRIES) {
      await db.query(
        `INSERT INTO organisation (id, name, abbreviation, type) VALUES ($1, $2, $3, 'MINISTRY')`,
        [id, name, abbreviation],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE organisation`);
  }
}

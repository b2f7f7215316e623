import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A koffiedate participant's ministry was an organisation id without a foreign key. Merging
 * organisations moves every foreign key that points at the merged one, so this reference needs
 * one too; a ministry that no longer exists leaves the snapshot empty.
 */
export class OrganisationReferences1763800000036 implements MigrationInterface {
  name = 'OrganisationReferences1763800000036';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE coffee_date_participant p SET ministry_id = NULL
       WHERE ministry_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM organisation o WHERE o.id = p.ministry_id)`);
    await db.query(`
      ALTER TABLE coffee_date_participant
        ADD CONSTRAINT coffee_date_participant_ministry
        FOREIGN KEY (ministry_id) REFERENCES organisation (id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE coffee_date_participant DROP CONSTRAINT coffee_date_participant_ministry`,
    );
  }
}

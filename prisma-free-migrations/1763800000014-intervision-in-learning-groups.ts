import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Intervisie groups inside a leergroep (issue 5): the reserved `learning_group_id` gets its
 * foreign key, and the context check allows LEARNING_GROUP with exactly that id set.
 */
export class IntervisionInLearningGroups1763800000014 implements MigrationInterface {
  name = 'IntervisionInLearningGroups1763800000014';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE intervision_group
        ADD CONSTRAINT intervision_group_learning_group
          FOREIGN KEY (learning_group_id) REFERENCES learning_group (id) ON DELETE CASCADE`);
    // The column's own check (named by PostgreSQL) listed only COMMUNITY and STANDALONE.
    await db.query(`ALTER TABLE intervision_group DROP CONSTRAINT intervision_group_context_check`);
    await db.query(`ALTER TABLE intervision_group DROP CONSTRAINT intervision_group_context`);
    await db.query(`
      ALTER TABLE intervision_group
        ADD CONSTRAINT intervision_group_context CHECK (
          context IN ('COMMUNITY', 'LEARNING_GROUP', 'STANDALONE')
          AND (context = 'COMMUNITY') = (community_id IS NOT NULL)
          AND (context = 'LEARNING_GROUP') = (learning_group_id IS NOT NULL))`);
    await db.query(
      `CREATE INDEX intervision_group_learning_group ON intervision_group (learning_group_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM intervision_group WHERE context = 'LEARNING_GROUP'`);
    await db.query(`DROP INDEX intervision_group_learning_group`);
    await db.query(`ALTER TABLE intervision_group DROP CONSTRAINT intervision_group_context`);
    await db.query(`
      ALTER TABLE intervision_group
        ADD CONSTRAINT intervision_group_context_check CHECK (context IN ('COMMUNITY', 'STANDALONE'))`);
    await db.query(`
      ALTER TABLE intervision_group
        ADD CONSTRAINT intervision_group_context CHECK ((context = 'COMMUNITY') = (community_id IS NOT NULL))`);
    await db.query(
      `ALTER TABLE intervision_group DROP CONSTRAINT intervision_group_learning_group`,
    );
  }
}

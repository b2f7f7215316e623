import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A member's personal calendar feed (issue 15): only a hash of the signed token is kept, so
 * the database cannot hand out working feed links. One feed per member; re-issuing replaces it.
 */
export class CalendarFeed1763800000038 implements MigrationInterface {
  name = 'CalendarFeed1763800000038';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_feed (
        member_id uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feed`);
  }
}

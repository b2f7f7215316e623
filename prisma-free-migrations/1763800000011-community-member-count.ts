import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A CoP's active member count, stored on the CoP and kept by a trigger. Counting memberships
 * per listed CoP on every discover/home request read thousands of rows (issue 3 benchmark);
 * a trigger keeps the number right whichever code path changes a membership.
 */
export class CommunityMemberCount1763800000011 implements MigrationInterface {
  name = 'CommunityMemberCount1763800000011';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE community ADD COLUMN member_count integer NOT NULL DEFAULT 0`);
    await db.query(`
      UPDATE community c SET member_count = n.count
        FROM (SELECT community_id, count(*)::int AS count FROM community_membership
               WHERE status = 'ACTIVE' GROUP BY community_id) n
       WHERE n.community_id = c.id`);
    await db.query(`
      CREATE FUNCTION community_member_count_keep() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'ACTIVE' THEN
          UPDATE community SET member_count = member_count - 1 WHERE id = OLD.community_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'ACTIVE' THEN
          UPDATE community SET member_count = member_count + 1 WHERE id = NEW.community_id;
        END IF;
        RETURN NULL;
      END $$`);
    // Only changes that can move the count fire it (a role change does not).
    await db.query(`
      CREATE TRIGGER community_member_count
        AFTER INSERT OR DELETE OR UPDATE OF status, community_id ON community_membership
        FOR EACH ROW EXECUTE FUNCTION community_member_count_keep()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER community_member_count ON community_membership`);
    await db.query(`DROP FUNCTION community_member_count_keep()`);
    await db.query(`ALTER TABLE community DROP COLUMN member_count`);
  }
}

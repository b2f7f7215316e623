import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification list is ordered by creation time (newest first), the id breaking ties. */
export class NotificationListOrder1763800000037 implements MigrationInterface {
  name = 'NotificationListOrder1763800000037';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_list`);
    await db.query(
      `CREATE INDEX notification_list ON notification (member_id, created_at DESC, id DESC)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX notification_list`);
    await db.query(`CREATE INDEX notification_list ON notification (member_id, id DESC)`);
  }
}

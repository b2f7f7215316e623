import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder, filled in by the issue 7 work that owns it. */
export class MailDelivery1763800000021 implements MigrationInterface {
  name = 'MailDelivery1763800000021';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}

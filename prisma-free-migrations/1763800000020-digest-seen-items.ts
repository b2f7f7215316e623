import { MigrationInterface, QueryRunner } from 'typeorm';

/** Placeholder, filled in by the issue 7 work that owns it. */
export class DigestSeenItems1763800000020 implements MigrationInterface {
  name = 'DigestSeenItems1763800000020';

  async up(_db: QueryRunner): Promise<void> {}

  async down(_db: QueryRunner): Promise<void> {}
}

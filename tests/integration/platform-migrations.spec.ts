import { migrations } from '@leerhuis/migrations';
import { createDataSource } from '@leerhuis/platform-database';
import { createTestDatabase, TestDatabase } from '@leerhuis/platform-testing';

import { DataSource } from 'typeorm';

// Every migration is reversible: up, all the way down one by one, and up again.
describe('migrations', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  const applied = async () =>
    (await dataSource.query(`SELECT name FROM migration ORDER BY id`)).map(
      (row: { name: string }) => row.name,
    );
  // Tables, views, sequences and types the migrations create, apart from TypeORM's own
  // bookkeeping table (whose sequence and primary key index also stay).
  const ourObjects = async (): Promise<string[]> =>
    (
      await dataSource.query(
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
            AND c.relname NOT IN ('migration', 'migration_id_seq')
         UNION ALL
         SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
          WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd')
         ORDER BY 1`,
      )
    ).map((row: { name: string }) => row.name);

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    dataSource = await createDataSource(
      { DATABASE_URL: db.url, DATABASE_POOL_SIZE: 2 },
      [],
    ).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await db?.drop();
  });

  it('apply, revert one by one to an empty schema, and apply again', async () => {
    const names = migrations.map((m) => new m().name ?? m.name);
    expect(names.length).toBeGreaterThan(0);

    expect((await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(
      names,
    );
    expect(await applied()).toEqual(names);
    expect(await ourObjects()).not.toEqual([]);

    for (let left = names.length; left > 0; left--) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      expect(await applied()).toEqual(names.slice(0, left - 1));
    }
    expect(await ourObjects()).toEqual([]);

    expect((await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(
      names,
    );
    const ministries: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM organisation WHERE type = 'MINISTRY'`,
    );
    expect(ministries[0].count).toBe(12);
  });
});

import 'reflect-metadata';

import { loadConfigOrExit } from '@leerhuis/platform-config';
import { createDataSource } from '@leerhuis/platform-database';

/**
 * `migrate.js up` applies every pending migration; `down` reverts the last one;
 * `status` lists them. Each migration runs in its own transaction.
 */
async function main(): Promise<void> {
  const command = process.argv[2] ?? 'up';
  if (!['up', 'down', 'status'].includes(command)) {
    process.stderr.write('usage: migrate.js up|down|status\n');
    process.exit(2);
  }
  const config = loadConfigOrExit();
  const dataSource = await createDataSource(config, []).initialize();
  try {
    if (command === 'up') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(
        applied.length
          ? applied.map((m) => `applied ${m.name}\n`).join('')
          : 'database is up to date\n',
      );
    } else if (command === 'down') {
      const executed: { name: string }[] = await dataSource
        .query(`SELECT name FROM migration ORDER BY id DESC LIMIT 1`)
        .catch(() => []);
      if (executed.length === 0) {
        process.stdout.write('nothing to revert\n');
      } else {
        await dataSource.undoLastMigration({ transaction: 'each' });
        process.stdout.write(`reverted ${executed[0].name}\n`);
      }
    } else {
      const executed: { name: string }[] = await dataSource
        .query(`SELECT name FROM migration ORDER BY id`)
        .catch(() => []);
      const done = new Set(executed.map((m) => m.name));
      for (const migration of dataSource.migrations) {
        process.stdout.write(`${done.has(migration.name!) ? '[x]' : '[ ]'} ${migration.name}\n`);
      }
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`migration failed: ${error.message}\n`);
  process.exit(1);
});

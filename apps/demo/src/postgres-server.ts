import {
  EmbeddedPostgresError,
  findFreePort,
  startEmbeddedPostgres,
} from '@leerhuis/platform-embedded-postgres';

import { join } from 'node:path';

/**
 * An embedded PostgreSQL for a test run on a machine without a server:
 *   node postgres-server.js <data dir>
 * prints `LEERHUIS_POSTGRES_READY <url>` once it accepts connections, and stops the server
 * on SIGTERM/SIGINT or when its standard input closes (the test runner has gone).
 * The data is throwaway: no fsync, so the tests run faster.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2];
  if (!dataDir) throw new EmbeddedPostgresError('usage: postgres-server <data dir>');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    logFile: join(dataDir, '..', 'postgres.log'),
    durable: false,
    maxConnections: 300,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop()).resume();
  void server.exited.then(() => {
    if (!stopping) {
      process.stderr.write('embedded PostgreSQL exited unexpectedly\n');
      process.exit(1);
    }
  });
  process.stdout.write(`LEERHUIS_POSTGRES_READY ${server.url}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});

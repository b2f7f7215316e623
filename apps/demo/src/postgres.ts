import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { Client } from 'pg';

import { findFreePort } from './free-port';

export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_DEMO_DATABASE = 'leerhuis_demo';

/**
 * PGlite runs one backend for all socket clients, so the socket server caps connections:
 * the API and the worker each get a pool of EMBEDDED_POOL_SIZE, the worker's LISTEN client
 * takes one more, and the rest is headroom for the migrate/seed tools.
 */
export const EMBEDDED_MAX_CONNECTIONS = 10;
export const EMBEDDED_POOL_SIZE = 3;

export type PostgresChoice =
  | { kind: 'embedded'; reason: string }
  | { kind: 'url'; url: string; reason: string }
  | { kind: 'local'; reason: string };

/** Decides where the demo's database lives; `probeLocal` says whether 127.0.0.1:5432 answers. */
export async function choosePostgres(
  env: NodeJS.ProcessEnv,
  probeLocal: () => Promise<boolean>,
): Promise<PostgresChoice> {
  if (env.LEERHUIS_EMBEDDED_POSTGRES === '1') {
    return { kind: 'embedded', reason: 'LEERHUIS_EMBEDDED_POSTGRES=1' };
  }
  if (env.DATABASE_URL) return { kind: 'url', url: env.DATABASE_URL, reason: 'DATABASE_URL' };
  if (await probeLocal()) {
    return { kind: 'local', reason: 'a PostgreSQL server answers on 127.0.0.1:5432' };
  }
  return { kind: 'embedded', reason: 'no PostgreSQL server on 127.0.0.1:5432' };
}

/** True when a trust-auth `postgres` user can run a query on 127.0.0.1:5432 within 2 s. */
export async function probeLocalPostgres(url = LOCAL_POSTGRES_URL): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
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

/** Creates `database` through the server's maintenance database unless it exists. */
export async function ensureDatabase(maintenanceUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Fails with a readable error unless the database takes a query and a DDL transaction. */
export async function verifyPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    await client.query('BEGIN');
    await client.query('CREATE TABLE leerhuis_demo_probe (id int)');
    await client.query('DROP TABLE leerhuis_demo_probe');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new Error(`PostgreSQL at ${redactUrl(url)} is not usable: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** PGlite with its data in `dataDir`, served over the PostgreSQL wire protocol on 127.0.0.1. */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir });
  const port = await findFreePort();
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // A clean close checkpoints, so the data under dataDir survives for the next run.
      await db.close();
    },
  };
}

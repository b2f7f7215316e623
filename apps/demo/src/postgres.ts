import { Client } from 'pg';

export const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const LOCAL_DEMO_DATABASE = 'leerhuis_demo';

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

/**
 * Creates the database a URL names when the server lacks it, through the server's maintenance
 * database (`postgres`, else `template1`). Says whether it made it; explains a refusal.
 */
export async function ensureDatabase(url: string): Promise<'created' | 'exists'> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
  let lastError: Error | undefined;
  for (const maintenance of ['postgres', 'template1']) {
    if (maintenance === database) return 'exists';
    const client = new Client({
      connectionString: withDatabase(url, maintenance),
      connectionTimeoutMillis: 5000,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      lastError = error as Error;
      continue;
    }
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        database,
      ]);
      if (rowCount) return 'exists';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      return 'created';
    } catch (error) {
      throw new Error(
        `database "${database}" does not exist on ${redactUrl(url)}, and creating it failed: ` +
          `${(error as Error).message}. Create it (createdb ${database}) or point DATABASE_URL at one that exists.`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  throw new Error(
    `cannot reach PostgreSQL at ${redactUrl(url)}: ${lastError?.message ?? 'no answer'}`,
  );
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

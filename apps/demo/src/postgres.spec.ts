import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { choosePostgres, redactUrl, startEmbeddedPostgres, withDatabase } from './postgres';

describe(choosePostgres.name, () => {
  const answers = () => Promise.resolve(true);
  const silent = () => Promise.resolve(false);

  it('does use embedded PostgreSQL when forced, even with DATABASE_URL and a local server', async () => {
    const probe = jest.fn(answers);
    const choice = await choosePostgres(
      { LEERHUIS_EMBEDDED_POSTGRES: '1', DATABASE_URL: 'postgres://x@db/y' },
      probe,
    );
    expect(choice.kind).toBe('embedded');
    expect(probe).not.toHaveBeenCalled();
  });

  it('does use DATABASE_URL without probing', async () => {
    const probe = jest.fn(answers);
    expect(await choosePostgres({ DATABASE_URL: 'postgres://x@db/y' }, probe)).toMatchObject({
      kind: 'url',
      url: 'postgres://x@db/y',
    });
    expect(probe).not.toHaveBeenCalled();
  });

  it('does use the local server when it answers', async () => {
    expect((await choosePostgres({}, answers)).kind).toBe('local');
  });

  it('does fall back to embedded when nothing answers', async () => {
    expect((await choosePostgres({ LEERHUIS_EMBEDDED_POSTGRES: '0' }, silent)).kind).toBe(
      'embedded',
    );
  });
});

describe(withDatabase.name, () => {
  it('does swap the database in a URL', () => {
    expect(withDatabase('postgres://postgres@127.0.0.1:5432/postgres', 'leerhuis_demo')).toBe(
      'postgres://postgres@127.0.0.1:5432/leerhuis_demo',
    );
  });
});

describe(redactUrl.name, () => {
  it('does hide the password', () => {
    expect(redactUrl('postgres://u:geheim@db:5432/x')).toBe('postgres://u:***@db:5432/x');
  });
});

describe(startEmbeddedPostgres.name, () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'leerhuis-demo-')), 'pglite');
  });
  afterAll(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  // PGlite loads its WebAssembly with a dynamic import(), which Jest's VM refuses without
  // --experimental-vm-modules, so the round trip runs in a plain Node child (SWC strips types).
  it('does serve PGlite over the wire protocol and keep its data after a clean stop', () => {
    const script = `
      const swc = require('@swc/core');
      const fs = require('node:fs');
      require.extensions['.ts'] = (m, file) => m._compile(swc.transformSync(fs.readFileSync(file, 'utf8'), {
        filename: file, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' },
      }).code, file);
      const { startEmbeddedPostgres, verifyPostgres } = require(${JSON.stringify(join(__dirname, 'postgres.ts'))});
      const { Client } = require('pg');
      const dataDir = process.argv[1];
      (async () => {
        const first = await startEmbeddedPostgres(dataDir);
        await verifyPostgres(first.url);
        const client = new Client(first.url);
        await client.connect();
        await client.query('CREATE TABLE kept (name text)');
        await client.query("INSERT INTO kept VALUES ('koffiedate')");
        await client.end();
        await first.stop();
        const second = await startEmbeddedPostgres(dataDir);
        const again = new Client(second.url);
        await again.connect();
        const { rows } = await again.query('SELECT name FROM kept');
        await again.end();
        await second.stop();
        process.stdout.write(JSON.stringify(rows));
      })().catch((e) => { console.error(e); process.exit(1); });
    `;
    const result = spawnSync(process.execPath, ['-e', script, dataDir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    // Comparing status with stderr beside it shows the child's error when it fails.
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toEqual([{ name: 'koffiedate' }]);
  }, 70_000);
});

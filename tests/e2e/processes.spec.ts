import { MailCatcher } from '@leerhuis/platform-mail-catcher';
import {
  createTestDatabase,
  TEST_REDIS_URL,
  TestDatabase,
  testRedisPrefix,
} from '@leerhuis/platform-testing';

import { persistedHash } from '../support/persisted-operations';
import {
  AppProcess,
  baseEnv,
  BUILT,
  freePort,
  requireBuilt,
  runTool,
  waitForHttp,
} from '../support/processes';

// The built API, worker and migration tool as the deployment runs them: separate processes
// configured by environment variables only.
beforeAll(() => requireBuilt(BUILT.api, BUILT.worker, BUILT.migrate));

describe('a process with bad configuration', () => {
  const badEnv = baseEnv({ REDIS_URL: 'localhost:6379', LOG_LEVEL: 'info' });

  it.each([
    ['api', BUILT.api],
    ['worker', BUILT.worker],
  ])('%s exits with code 1, naming every bad variable', async (name, script) => {
    const proc = new AppProcess(name, script, [], badEnv);
    const exit = await proc.exited;
    expect(exit).toEqual({ code: 1, signal: null });
    const stderr = proc.stderr.join('\n');
    expect(stderr).toContain('DATABASE_URL is missing');
    expect(stderr).toContain('SMTP_URL is missing');
    expect(stderr).toContain('REDIS_URL is invalid');
    // Connection URLs are sensitive: the bad value is not echoed.
    expect(stderr).not.toContain('localhost:6379');
  });
});

describe('the migration tool', () => {
  let db: TestDatabase;
  beforeAll(async () => (db = await createTestDatabase({ migrate: false })));
  afterAll(() => db?.drop());

  it('applies, reports, reverts and re-applies', async () => {
    const env = baseEnv({
      DATABASE_URL: db.url,
      REDIS_URL: TEST_REDIS_URL,
      SMTP_URL: 'smtp://127.0.0.1:1025',
    });
    const migrate = (command: string) => runTool(BUILT.migrate, [command], env);

    const pending = await migrate('status');
    expect(pending.code).toBe(0);
    const names = pending.stdout.split('\n').map((line) => line.replace(/^\[ \] /, ''));
    expect(pending.stdout).not.toContain('[x]');

    const up = await migrate('up');
    expect(up).toMatchObject({ code: 0 });
    expect(up.stdout.split('\n')).toEqual(names.map((name) => `applied ${name}`));
    expect((await migrate('status')).stdout.split('\n')).toEqual(names.map((n) => `[x] ${n}`));

    const down = await migrate('down');
    expect(down).toMatchObject({ code: 0, stdout: `reverted ${names.at(-1)}` });
    expect((await migrate('status')).stdout.split('\n').at(-1)).toBe(`[ ] ${names.at(-1)}`);

    expect(await migrate('up')).toMatchObject({ code: 0, stdout: `applied ${names.at(-1)}` });
    expect(await migrate('up')).toMatchObject({ code: 0, stdout: 'database is up to date' });
  });
});

describe('the API and the worker as processes', () => {
  let db: TestDatabase;
  const redis = testRedisPrefix();
  const mail = new MailCatcher({ smtpPort: 0 });
  let api: AppProcess;
  let worker: AppProcess;
  let apiUrl: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { smtpPort } = await mail.start();
    const port = await freePort();
    apiUrl = `http://127.0.0.1:${port}`;
    const env = baseEnv({
      NODE_ENV: 'production',
      MAIL_TOKEN_SECRET: 'e2e-secret-for-unsubscribe-links-0123456789',
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '3',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: redis.prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      API_PORT: String(port),
      PUBLIC_URL: apiUrl,
      LOG_LEVEL: 'info',
    });
    api = new AppProcess('api', BUILT.api, [], env);
    worker = new AppProcess('worker', BUILT.worker, [], env);
    await waitForHttp(`${apiUrl}/health/ready`, [api, worker]);
    await worker.waitForLine((line) => line.includes('job types'), 'the worker start line');
  });
  afterAll(async () => {
    await Promise.all([api, worker].map((proc) => proc?.stop('SIGKILL')));
    await mail.stop();
    await redis.cleanup();
    await db?.drop();
  });

  it('log JSON lines; a request is logged with the id it answered with', async () => {
    // Production runs only listed operations, sent by hash as the web app does.
    const sha256Hash = persistedHash('SignInProviders');
    const post = (body: unknown) =>
      fetch(`${apiUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ query: '{ __typename }' })).status).toBe(403);
    const res = await post({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(res.status).toBe(200);
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    const line = await api.waitForLine((l) => l.includes(requestId!), 'the access log line');
    expect(JSON.parse(line)).toMatchObject({
      level: 'info',
      requestId,
      req: { method: 'POST', url: '/graphql' },
      res: { statusCode: 200 },
    });
    for (const proc of [api, worker]) {
      const lines = proc.jsonLines();
      expect(lines.length).toBeGreaterThan(0);
      for (const entry of lines) expect(entry).toMatchObject({ level: expect.any(String) });
    }
  });

  it('stop on SIGTERM with exit code 0 within 10 s', async () => {
    const [apiExit, workerExit] = await Promise.all([api.stop('SIGTERM'), worker.stop('SIGTERM')]);
    for (const exit of [apiExit, workerExit]) {
      expect(exit).toMatchObject({ code: 0, signal: null });
      expect(exit.ms).toBeLessThan(10_000);
    }
  });
});

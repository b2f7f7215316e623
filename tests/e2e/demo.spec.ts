import {
  createTestDatabase,
  GraphqlClient,
  TEST_REDIS_URL,
  TestDatabase,
  testRedisPrefix,
  waitFor,
} from '@leerhuis/platform-testing';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AppProcess, baseEnv, BUILT, freePort, requireBuilt } from '../support/processes';

// The README's demo, as a newcomer runs it: one command, then sign in as a demo member with
// the link from the mail inbox, once on a PostgreSQL server and once on embedded PGlite.
const READY = 'LEERHUIS_DEMO_READY ';
const MEMBER = 'anouk.devries@minbzk.nl';

interface ReadyInfo {
  apiUrl: string;
  mailUrl: string;
  graphqlUrl: string;
  healthUrl: string;
  postgres: 'server' | 'embedded';
}

beforeAll(() => requireBuilt(BUILT.demo, BUILT.api, BUILT.worker, BUILT.migrate));

/** Starts the demo; resolves with the process and its ready line's JSON. */
async function startDemo(env: Record<string, string>) {
  const demo = new AppProcess(
    'demo',
    BUILT.demo,
    [],
    baseEnv({
      REDIS_URL: TEST_REDIS_URL,
      DEMO_API_PORT: String(await freePort()),
      DEMO_SMTP_PORT: '0',
      DEMO_MAIL_PORT: '0',
      LOG_LEVEL: 'warn',
      ...env,
    }),
  );
  const line = await demo.waitForLine((l) => l.startsWith(READY), 'the ready line', 90_000);
  return { demo, info: JSON.parse(line.slice(READY.length)) as ReadyInfo };
}

/** Asks for a link, reads the email from the inbox API and signs in as a browser would. */
async function signInAsDemoMember(info: ReadyInfo): Promise<void> {
  const graphql = new GraphqlClient(info.graphqlUrl);
  await graphql.ok(
    `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`,
    {
      email: MEMBER,
    },
  );

  const mail = await waitFor(
    async () => {
      const res = await fetch(
        `${info.mailUrl}/api/messages/latest?to=${encodeURIComponent(MEMBER)}`,
      );
      return res.status === 200 && ((await res.json()) as { subject: string; text: string });
    },
    'the sign-in email in the inbox',
    20_000,
  );
  expect(mail.subject).toBe('Je inloglink voor Leerhuis');
  const link = /(https?:\/\/\S+\/auth\/sign-in\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(link?.startsWith(`${info.apiUrl}/auth/sign-in?token=`)).toBe(true);

  // The link opens a page with a form (so mail scanners that prefetch links sign nobody in).
  const page = await fetch(link!);
  expect(page.status).toBe(200);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  expect(action).toBe('/auth/sign-in');
  expect(token).toBe(new URL(link!).searchParams.get('token'));

  const posted = await fetch(new URL(action!, link), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: token! }).toString(),
    redirect: 'manual',
  });
  expect(posted.status).toBe(303);
  const cookie = /leerhuis_session=[^;]+/.exec(posted.headers.get('set-cookie') ?? '')?.[0];
  expect(cookie).toBeDefined();
  const landing = await fetch(new URL(posted.headers.get('location')!, link), {
    headers: { cookie: cookie! },
  });
  expect(landing.status).toBe(200);

  const me = await graphql
    .withCookie(cookie!)
    .ok<{ me: { email: string; needsProfile: boolean; member: { name: string } } }>(
      `{ me { email needsProfile member { name } } }`,
    );
  expect(me.me).toMatchObject({
    email: MEMBER,
    needsProfile: false,
    member: { name: expect.any(String) },
  });
}

async function stopWithCtrlC(demo: AppProcess): Promise<void> {
  const exit = await demo.stop('SIGINT', 20_000);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(demo.stdout.some((line) => line.includes('[demo] stopped'))).toBe(true);
}

describe('the demo on a PostgreSQL server', () => {
  let db: TestDatabase;
  const redis = testRedisPrefix();
  let demo: AppProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    if (demo?.running) await demo.stop('SIGKILL');
    await redis.cleanup();
    await db?.drop();
  });

  it('starts with one command, lets a demo member sign in and stops on Ctrl+C', async () => {
    const started = await startDemo({ DATABASE_URL: db.url, REDIS_PREFIX: redis.prefix });
    demo = started.demo;
    expect(started.info.postgres).toBe('server');
    await signInAsDemoMember(started.info);
    await stopWithCtrlC(demo);
  });
});

describe('the demo on embedded PGlite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'leerhuis-demo-pglite-'));
  const redis = testRedisPrefix();
  let demo: AppProcess | undefined;

  afterAll(async () => {
    if (demo?.running) await demo.stop('SIGKILL');
    await redis.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts with one command, lets a demo member sign in and stops on Ctrl+C', async () => {
    const started = await startDemo({
      LEERHUIS_EMBEDDED_POSTGRES: '1',
      LEERHUIS_DATA_DIR: dataDir,
      REDIS_PREFIX: redis.prefix,
    });
    demo = started.demo;
    expect(started.info.postgres).toBe('embedded');
    expect(demo.stdout.join('\n')).toContain(`embedded PGlite in ${dataDir}`);
    await signInAsDemoMember(started.info);
    await stopWithCtrlC(demo);
  });
});

import { GraphqlClient, TEST_REDIS_URL, waitFor } from '@leerhuis/platform-testing';

import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AppProcess, baseEnv, BUILT, freePorts } from '../support/processes';

// The README's demo as a newcomer runs it: one command, then everything through the mail
// inbox and the public endpoints, never the database.
export const READY = 'LEERHUIS_DEMO_READY ';

export interface ReadyInfo {
  apiUrl: string;
  mailUrl: string;
  graphqlUrl: string;
  healthUrl: string;
  postgres: 'server' | 'embedded';
}

export interface InboxMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** A data directory the server user (postgres, when we are root) can reach. */
export function demoDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'leerhuis-demo-data-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** Starts the demo; resolves with the process and its ready line's JSON. */
export async function startDemo(env: Record<string, string>) {
  // All three chosen here, together: a port the system picks for the inbox (port 0) could be
  // the API's own, just released by freePort().
  const [api, smtp, mail] = await freePorts(3);
  const demo = new AppProcess(
    'demo',
    BUILT.demo,
    [],
    baseEnv({
      REDIS_URL: TEST_REDIS_URL,
      DEMO_API_PORT: String(api),
      DEMO_SMTP_PORT: String(smtp),
      DEMO_MAIL_PORT: String(mail),
      ...env,
    }),
  );
  const line = await demo.waitForLine((l) => l.startsWith(READY), 'the ready line', 120_000);
  return { demo, info: JSON.parse(line.slice(READY.length)) as ReadyInfo };
}

export async function inbox(info: ReadyInfo): Promise<InboxMail[]> {
  const res = await fetch(`${info.mailUrl}/api/messages`);
  return (await res.json()) as InboxMail[];
}

/** The newest message to `email` that `matches`, waiting for it to arrive. */
export function mailTo(
  info: ReadyInfo,
  email: string,
  matches: (m: InboxMail) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<InboxMail> {
  return waitFor(
    async () =>
      (await inbox(info)).find(
        (m) => m.to.some((to) => to.toLowerCase() === email.toLowerCase()) && matches(m),
      ) ?? false,
    what,
    timeoutMs,
  );
}

/**
 * Asks for a sign-in link, reads it from the inbox and signs in as a browser does (the link
 * opens a page whose form posts the token). Returns a client with the session cookie.
 */
export async function signInThroughInbox(info: ReadyInfo, email: string): Promise<GraphqlClient> {
  const before = (await inbox(info)).length;
  const graphql = new GraphqlClient(info.graphqlUrl);
  await graphql.ok(
    `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`,
    { email },
  );
  const mail = await waitFor(
    async () => {
      const all = await inbox(info);
      return (
        all
          .slice(0, all.length - before)
          .find((m) => m.to.includes(email) && m.subject === 'Je inloglink voor Leerhuis') ?? false
      );
    },
    `the sign-in email to ${email}`,
    30_000,
  );
  const link = /(https?:\/\/\S+\/auth\/sign-in\?token=[A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  expect(link?.startsWith(`${info.apiUrl}/auth/sign-in?token=`)).toBe(true);

  const page = await fetch(link!);
  expect(page.status).toBe(200);
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  const token = /name="token" value="([^"]+)"/.exec(html)?.[1];
  expect(action).toBe('/auth/sign-in');
  const posted = await fetch(new URL(action!, link), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: new URL(link!).origin,
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams({ token: token! }).toString(),
    redirect: 'manual',
  });
  expect(posted.status).toBe(303);
  const cookie = /leerhuis_session=[^;]+/.exec(posted.headers.get('set-cookie') ?? '')?.[0];
  expect(cookie).toBeDefined();
  return graphql.withCookie(cookie!);
}

export async function stopWithCtrlC(demo: AppProcess): Promise<void> {
  const exit = await demo.stop('SIGINT', 30_000);
  expect(exit).toMatchObject({ code: 0, signal: null });
  expect(demo.stdout.some((line) => line.includes('[demo] stopped'))).toBe(true);
}

/** Polls readiness while `work` runs; resolves with every non-200 answer seen. */
export async function watchReadiness<T>(
  healthUrl: string,
  work: () => Promise<T>,
): Promise<{ result: T; failures: string[] }> {
  const failures: string[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      try {
        const res = await fetch(healthUrl, { signal: AbortSignal.timeout(5000) });
        if (res.status !== 200) failures.push(`${res.status} ${await res.text()}`);
      } catch (error) {
        failures.push((error as Error).message);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  try {
    return { result: await work(), failures };
  } finally {
    done = true;
    await poll;
  }
}

import type { CaughtMail } from '@leerhuis/platform-mail-catcher';
import { GraphqlClient, testRedisPrefix, waitFor } from '@leerhuis/platform-testing';

import { rmSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';

import { demoDataDir, inbox, type ReadyInfo, startDemo } from '../e2e/demo-support';
import { sessionTokenFor } from '../support/members';
import { AppProcess, BUILT, requireBuilt } from '../support/processes';
import { assertPrerequisites, launchChromium, newContext } from './browser';
import { type JourneyUi, newMemberCopJourney } from './journeys/cop-journey';

/**
 * The CoP journey once more, against `./leerhuis demo` on its embedded PostgreSQL: the demo
 * as a newcomer starts it (a process of its own), its mail inbox, and Chromium.
 */
describe('the CoP journey on the demo with embedded PostgreSQL', () => {
  const redis = testRedisPrefix();
  let dataDir: string;
  let demo: AppProcess | undefined;
  let info: ReadyInfo & { databaseUrl: string };
  let dataSource: DataSource | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    assertPrerequisites();
    requireBuilt(BUILT.demo, BUILT.api, BUILT.worker);
    dataDir = demoDataDir();
    const started = await startDemo({
      LEERHUIS_EMBEDDED_POSTGRES: '1',
      LEERHUIS_DATA_DIR: dataDir,
      REDIS_PREFIX: redis.prefix,
    });
    demo = started.demo;
    info = started.info as ReadyInfo & { databaseUrl: string };
    expect(info.postgres).toBe('embedded');
    dataSource = await new DataSource({ type: 'postgres', url: info.databaseUrl }).initialize();
    browser = await launchChromium();
  }, 150_000);

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await dataSource?.destroy();
    if (demo?.running) await demo.stop('SIGINT', 30_000);
    await redis.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  function ui(): JourneyUi {
    const stack = {
      apiUrl: info.apiUrl,
      graphql: new GraphqlClient(info.graphqlUrl),
      dataSource: dataSource!,
      mail: {
        // The demo's inbox, read through its JSON API as any tool would.
        waitFor: (predicate: (m: CaughtMail) => boolean, timeoutMs = 10_000) =>
          waitFor(
            async () =>
              (await inbox(info)).find((m) => predicate(m as unknown as CaughtMail)) ?? false,
            'a matching email in the demo inbox',
            timeoutMs,
          ) as unknown as Promise<CaughtMail>,
      },
    };
    const open = async () => {
      const context = await newContext(browser!, info.apiUrl);
      contexts.push(context);
      return context.newPage();
    };
    return {
      stack,
      open,
      async signedInAs(email) {
        const token = await sessionTokenFor(stack, email);
        const page = await open();
        await page
          .context()
          .addCookies([
            { name: 'leerhuis_session', value: token, url: info.apiUrl, httpOnly: true },
          ]);
        return page;
      },
    };
  }

  it('does take a new member from the sign-in email to the waiting list of a full meeting', async () => {
    await newMemberCopJourney(ui(), {
      exactCounts: false,
      screenshot: 'cop-journey-embedded-demo',
    });
    const res = await fetch(info.healthUrl);
    expect(res.status).toBe(200);
  });
});

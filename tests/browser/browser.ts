import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { sessionTokenFor } from '../support/members';
import { startStack, type TestStack } from '../support/stack';

export const REPO = join(__dirname, '..', '..');
export const WEB_DIST_DIR = join(REPO, 'dist', 'apps', 'web');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(REPO, 'tests', 'artifacts', 'screenshots');

/** Fails early with the fix when a prerequisite is missing. */
export function assertPrerequisites(): void {
  if (!existsSync(join(WEB_DIST_DIR, 'index.html'))) {
    throw new Error(`${WEB_DIST_DIR} is missing; build the web app first: npx nx run web:build`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing; install it with: apt-get install -y chromium`);
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

export function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core on the page as it is now; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    // Runs in the page, where axe.source has defined a global `axe`.
    const { axe: inPage } = globalThis as unknown as {
      axe: { run(): Promise<{ violations: unknown[] }> };
    };
    return (await inPage.run()).violations as AxeViolation[];
  });
  const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (severe.length > 0) {
    const report = severe
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
          v.nodes
            .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
            .join('\n'),
      )
      .join('\n');
    throw new Error(
      `axe found ${severe.length} serious/critical violation(s) on ${label} (${page.url()}):\n${report}`,
    );
  }
}

/** The test's final page, kept as an artifact (tests/artifacts is not in git). */
export async function saveScreenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: options.fullPage ?? true,
  });
}

/**
 * The real stack (serving the built web app) and Chromium for one spec file, closed after it.
 * `signedInAs` gives a browser with a session cookie: test setup, not the sign-in flow.
 */
export function useBrowserStack(env: Record<string, string> = {}) {
  let stack: TestStack | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    assertPrerequisites();
    [stack, browser] = await Promise.all([
      startStack({ worker: true, env: { WEB_DIST_DIR, ...env } }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await stack?.stop();
  });
  const fixture = {
    get stack(): TestStack {
      return stack!;
    },
    async open(): Promise<Page> {
      const context = await newContext(browser!, stack!.apiUrl);
      contexts.push(context);
      return context.newPage();
    },
    async signedInAs(email: string): Promise<Page> {
      const token = await sessionTokenFor(stack!, email);
      const page = await fixture.open();
      await page
        .context()
        .addCookies([
          { name: 'leerhuis_session', value: token, url: stack!.apiUrl, httpOnly: true },
        ]);
      return page;
    },
  };
  return fixture;
}

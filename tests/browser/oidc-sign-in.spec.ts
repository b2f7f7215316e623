import type { Browser, Page } from 'playwright-core';

import { insertMember } from '../support/members';
import { TestOidcProvider } from '../support/oidc-provider';
import { startStack, type TestStack } from '../support/stack';
import {
  assertPrerequisites,
  expectAccessible,
  launchChromium,
  newContext,
  saveScreenshot,
  WEB_DIST_DIR,
} from './browser';

const WIDTHS = [1280, 390];

/** Our pages must not scroll sideways (the provider's own pages are not ours to judge). */
async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  if (overflow > 0) throw new Error(`${label} scrolls sideways by ${overflow}px at ${page.url()}`);
}

describe('signing in with an organisation account (OIDC)', () => {
  let stack: TestStack;
  let browser: Browser;
  let idp: TestOidcProvider;
  let down: TestOidcProvider;

  beforeAll(async () => {
    assertPrerequisites();
    [idp, down] = await Promise.all([TestOidcProvider.create(), TestOidcProvider.create()]);
    [stack, browser] = await Promise.all([
      startStack({
        worker: true,
        env: {
          WEB_DIST_DIR,
          OIDC_PROVIDERS: 'minbzk,rijk',
          ...idp.env('minbzk', { label: 'MinBZK-account', allowedDomains: ['minbzk.nl'] }),
          ...down.env('rijk', { label: 'Rijksaccount', allowedDomains: ['rijksoverheid.nl'] }),
        },
      }),
      launchChromium(),
    ]);
    await idp.start([`${stack.apiUrl}/auth/oidc/minbzk/callback`]);
    await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    idp.setAccount({ sub: 'anouk', email: 'anouk@minbzk.nl', email_verified: true });
    idp.setAccount({ sub: 'nieuw-1280', email: 'nieuw.1280@minbzk.nl', email_verified: true });
    idp.setAccount({ sub: 'nieuw-390', email: 'nieuw.390@minbzk.nl', email_verified: true });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([stack?.stop(), idp?.stop()]);
  });

  async function open(width: number): Promise<Page> {
    const context = await newContext(browser, stack.apiUrl);
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    return page;
  }

  /** Clicks the provider's button and goes through its login and consent pages as `sub`. */
  async function signInAtProvider(page: Page, sub: string): Promise<void> {
    await page.getByRole('link', { name: 'Inloggen met MinBZK-account' }).click();
    await page.waitForURL(`${idp.issuer}/**`);
    await page.locator('input[name="login"]').fill(sub);
    await page.locator('input[name="password"]').fill('geheim');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(`${stack.apiUrl}/**`);
  }

  it.each(WIDTHS)('does sign a member in with the provider at %i px', async (width) => {
    const page = await open(width);
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 2, name: 'Met je organisatie-account' }).waitFor();
    await page.getByRole('link', { name: 'Inloggen met Rijksaccount' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Met een link per e-mail' }).waitFor();
    await expectAccessible(page, `sign-in with providers at ${width}px`);
    await expectNoSidewaysScroll(page, 'the sign-in page');
    await saveScreenshot(page, `oidc-sign-in-page-${width}`);

    await signInAtProvider(page, 'anouk');
    await page.getByRole('heading', { level: 1, name: 'Welkom, Anouk de Vries' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expectAccessible(page, `home after OIDC sign-in at ${width}px`);
    await expectNoSidewaysScroll(page, 'the home page');
    await saveScreenshot(page, `oidc-signed-in-${width}`);
    await page.context().close();
  });

  it.each(WIDTHS)('does send a new person on to the short profile at %i px', async (width) => {
    const page = await open(width);
    await page.goto('/inloggen');
    await signInAtProvider(page, `nieuw-${width}`);
    await page.waitForURL('**/profiel/aanvullen');
    await page.getByRole('heading', { level: 1, name: 'Maak je profiel af' }).waitFor();
    await expectAccessible(page, `profile completion after OIDC at ${width}px`);
    await expectNoSidewaysScroll(page, 'profile completion');
    await page.context().close();
  });

  it.each(WIDTHS)(
    'does say when a provider is down, and the emailed link still works, at %i px',
    async (width) => {
      const page = await open(width);
      await page.goto('/inloggen');
      await page.getByRole('link', { name: 'Inloggen met Rijksaccount' }).click();
      await page.waitForURL('**/inloggen?fout=OIDC_PROVIDER_UNAVAILABLE&aanbieder=rijk');
      const alert = page.getByRole('alert');
      await alert.getByRole('heading', { name: 'Inloggen met Rijksaccount lukte niet' }).waitFor();
      await alert.getByText('Rijksaccount is nu niet bereikbaar.', { exact: false }).waitFor();
      await expectAccessible(page, `provider down at ${width}px`);
      await expectNoSidewaysScroll(page, 'the sign-in page with a provider down');
      await saveScreenshot(page, `oidc-provider-down-${width}`);

      const email = `link.${width}@minbzk.nl`;
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByRole('button', { name: 'Stuur inloglink' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
      const mail = await stack.mail.waitFor((m) => m.to.includes(email), 20_000);
      const link = /https?:\/\/[^\s"'<>]+\/auth\/sign-in\?token=[A-Za-z0-9_-]+/.exec(
        mail.text ?? mail.html ?? '',
      )?.[0];
      await page.goto(link!);
      await page.waitForURL('**/profiel/aanvullen');
      await page.context().close();
    },
  );

  it('does show a refused sign-in in English too', async () => {
    const page = await open(390);
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.goto('/inloggen?fout=OIDC_EMAIL_NOT_ALLOWED&aanbieder=minbzk');
    const alert = page.getByRole('alert');
    await alert
      .getByRole('heading', { name: 'Signing in with MinBZK-account did not work' })
      .waitFor();
    await alert.getByText('Only addresses of the organisations', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Sign in with MinBZK-account' }).waitFor();
    await expectAccessible(page, 'a refused sign-in in English');
    await expectNoSidewaysScroll(page, 'the sign-in page in English');
    await saveScreenshot(page, 'oidc-refused-en-390');
    await page.context().close();
  });
});

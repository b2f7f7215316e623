import type { Browser, BrowserContext, Page } from 'playwright-core';

import { signInTokenFromMail } from '../support/members';
import { startStack, type TestStack } from '../support/stack';
import {
  assertPrerequisites,
  expectAccessible,
  launchChromium,
  newContext,
  saveScreenshot,
  WEB_DIST_DIR,
} from './browser';

describe('the members’ web app', () => {
  let stack: TestStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    assertPrerequisites();
    [stack, browser] = await Promise.all([
      // A low per-address limit lets one test reach RATE_LIMITED quickly.
      startStack({ worker: true, env: { WEB_DIST_DIR, SIGN_IN_LIMIT_PER_EMAIL: '2' } }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });
  beforeEach(async () => {
    context = await newContext(browser, stack.apiUrl);
    page = await context.newPage();
  });
  afterEach(async () => {
    await saveScreenshot(page, expect.getState().currentTestName!.replace(/[^a-z0-9]+/gi, '-'));
    await context.close();
  });

  it('does sign a new user in by email, complete the profile, switch language and sign out', async () => {
    const email = 'nieuw.lid@minbzk.nl';
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible(page, 'sign-in');

    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
    await expectAccessible(page, 'check your mail');

    const mail = await stack.mail.waitFor((m) => m.to.includes(email), 20_000);
    const link = /https?:\/\/[^\s"'<>]+\/auth\/sign-in\?token=[A-Za-z0-9_-]+/.exec(
      mail.text ?? mail.html ?? '',
    )?.[0];
    expect(link).toBeDefined();
    // The API's confirmation page submits itself when JavaScript runs (see sign-in-pages.ts),
    // then redirects (303) to the web app, which sends a new member on to their profile.
    await page.goto(link!);
    await page.waitForURL('**/profiel/aanvullen');
    await page.getByRole('heading', { level: 1, name: 'Maak je profiel af' }).waitFor();
    await expectAccessible(page, 'profile completion');

    await page.getByLabel('Naam', { exact: true }).fill('Noor Nieuwenhuis');
    await page.getByLabel('Zoek een organisatie').fill('Binnenlandse');
    const bzk = page.getByRole('radio', { name: /Binnenlandse Zaken.*\(BZK\)/ });
    await bzk.first().check();
    await page.getByText(/^Gekozen: .*BZK/).waitFor();
    await page.getByLabel('Functie').selectOption('POLICY_OFFICER');
    await page.getByLabel('Samenwerking').check();
    await expectAccessible(page, 'profile completion, filled in');
    await saveScreenshot(page, 'profile-completion-filled-in');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();

    await page.getByRole('heading', { level: 1, name: 'Welkom, Noor Nieuwenhuis' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByRole('heading', { level: 2, name: "Mijn CoP's" }).waitFor();
    await expectAccessible(page, 'home');
    await saveScreenshot(page, 'home-signed-in');

    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Noor Nieuwenhuis' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'My CoPs' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectAccessible(page, 'home in English');

    // The language choice survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Noor Nieuwenhuis' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').waitFor();
    await expectAccessible(page, 'sign-in after sign-out');

    // The session is gone on the server too.
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { email } }' }),
      });
      return (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    });
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does show field errors for an invalid address and send nothing', async () => {
    const before = stack.mail.messages.length;
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill('niet-een-adres');
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();

    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'Er ging iets mis' }).waitFor();
    await summary.getByRole('link', { name: /geldig e-mailadres/ }).waitFor();
    const field = page.getByLabel('E-mailadres');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!.split(' ');
    expect(describedBy).toContain('email-error');
    expect(await page.locator('#email-error').textContent()).toMatch(/geldig e-mailadres/);
    await expectAccessible(page, 'sign-in with an invalid address');

    // An empty address is refused before anything is sent.
    await field.fill('');
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();
    await page.locator('#email-error', { hasText: 'Dit veld is verplicht.' }).waitFor();

    await stack.settle();
    expect(stack.mail.messages.length).toBe(before);
  });

  it('does send a visitor who is not signed in from the home page to sign in', async () => {
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Leerhuis' }).waitFor();
    await expectAccessible(page, 'home, signed out');
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.waitForURL('**/inloggen');
    // The profile page also sends anonymous visitors to sign in.
    await page.goto('/profiel/aanvullen');
    await page.waitForURL('**/inloggen');
    await expectAccessible(page, 'sign-in');
  });

  it('does serve the web app beside the API without hiding the API', async () => {
    await page.goto('/een/pagina/die/niet/bestaat');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await expectAccessible(page, 'not found');

    const get = (path: string) => fetch(`${stack.apiUrl}${path}`);
    const deepLink = await get('/profiel/aanvullen');
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-type')).toMatch(/text\/html/);
    expect(await deepLink.text()).toContain('<div id="root">');
    // Missing files are 404s, not the app; the API's paths stay the API's.
    expect((await get('/assets/does-not-exist.js')).status).toBe(404);
    expect((await get('/health/live')).headers.get('content-type')).toMatch(/json/);
    expect((await get('/auth/sign-in?token=x')).headers.get('content-type')).toMatch(/text\/html/);
    expect(await (await get('/auth/sign-in?token=x')).text()).toContain('action="/auth/sign-in"');
  });

  it('does say clearly when too many links were asked for', async () => {
    await page.goto('/inloggen');
    for (let attempt = 1; attempt <= 2; attempt++) {
      await page.getByLabel('E-mailadres').fill('druk@minbzk.nl');
      await page.getByRole('button', { name: 'Stuur inloglink' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
      await page.getByRole('button', { name: 'Een ander adres gebruiken' }).click();
    }
    await page.getByLabel('E-mailadres').fill('druk@minbzk.nl');
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();
    await page
      .getByRole('alert')
      .getByText(
        /Je hebt te vaak een inloglink aangevraagd\. Probeer het over \d+ minuten? opnieuw\./,
      )
      .waitFor();
    await expectAccessible(page, 'sign-in, rate limited');
  });

  it('does send a used link to the sign-in page, which says so and sends a new one', async () => {
    const email = 'twee.keer@minbzk.nl';
    await stack.graphql.ok(
      `mutation($email: String!) { requestSignInLink(input: { email: $email }) { accepted } }`,
      { email },
    );
    const token = await signInTokenFromMail(stack, email);
    const link = `/auth/sign-in?token=${token}`;
    await page.goto(link);
    await page.waitForURL('**/profiel/aanvullen');

    // The same link once more (another browser, or the mail opened again).
    const other = await (await newContext(browser, stack.apiUrl)).newPage();
    await other.goto(link);
    await other.waitForURL('**/inloggen?link=gebruikt');
    await other
      .getByRole('heading', { level: 2, name: 'Deze inloglink werkt niet meer' })
      .waitFor();
    await other.getByText('Deze inloglink is al gebruikt. Elke link werkt één keer.').waitFor();
    await expectAccessible(other, 'sign-in after a used link');
    await saveScreenshot(other, 'sign-in-used-link');
    await other.getByLabel('E-mailadres').fill(email);
    await other.getByRole('button', { name: 'Stuur inloglink' }).click();
    await other.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
    // A second email with a fresh link.
    expect(await signInTokenFromMail(stack, email, 1)).not.toBe(token);
    await other.context().close();
  });
});

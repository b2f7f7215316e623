import { hashToken } from '@leerhuis/identity';
import { signUnsubscribeToken, UnsubscribeScope } from '@leerhuis/platform-mail';

import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';

import { insertMember } from '../support/members';
import { saveScreenshot, useBrowserStack } from './browser';

/** Records every Content-Security-Policy violation the page reports, from its first byte. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void })
        .reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return violations;
}

describe('the pages under the Content-Security-Policy', () => {
  const fixture = useBrowserStack();
  let memberId: string;

  beforeAll(async () => {
    memberId = await insertMember(fixture.stack, { email: 'anouk@minbzk.nl', name: 'Anouk' });
    await insertMember(fixture.stack, { email: 'beheer@minbzk.nl', name: 'Beheer', admin: true });
  });

  async function signInLink(email: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await fixture.stack.dataSource.query(
      `INSERT INTO sign_in_link (email, token_hash, expires_at) VALUES ($1, $2, now() + interval '15 minutes')`,
      [email, hashToken(token)],
    );
    return token;
  }

  it('does run the web app with no violation', async () => {
    const page = await fixture.signedInAs('anouk@minbzk.nl');
    const violations = await watchCsp(page);
    for (const path of ['/', '/communities', '/grenswerkers', '/meldingen']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    // The NL Design System stylesheet applies (it is a file, not inline).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(
      /Rijksoverheid|Verdana/,
    );
    await saveScreenshot(page, 'csp-web-app');
    expect(violations).toEqual([]);
  });

  it('does sign in from the emailed link: the page submits itself and is styled', async () => {
    const token = await signInLink('anouk@minbzk.nl');
    const page = await fixture.open();
    const violations = await watchCsp(page);
    // The script is what submits: block nothing, and see the browser arrive in the web app.
    await page.goto(`/auth/sign-in?token=${token}`);
    await page.waitForURL((url) => url.pathname === '/');
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toContain('leerhuis_session');
    expect(violations).toEqual([]);

    // Without JavaScript's submit, the button page is styled by the stylesheet file.
    const unsubscribe = await fixture.open();
    const unsubscribeViolations = await watchCsp(unsubscribe);
    await unsubscribe.goto(
      `/unsubscribe/${signUnsubscribeToken(fixture.stack.config.MAIL_TOKEN_SECRET, memberId, UnsubscribeScope.NOTIFICATIONS)}`,
    );
    await unsubscribe.getByRole('button').first().waitFor();
    expect(await unsubscribe.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain(
      'Arial',
    );
    expect(unsubscribeViolations).toEqual([]);
  });

  it('does refuse a sign-in form that another site submits (login CSRF)', async () => {
    const token = await signInLink('anouk@minbzk.nl');
    const page = await fixture.open();
    // An attacker's page at another origin posts its own token to Leerhuis.
    await page.route('http://evil.example/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${fixture.stack.apiUrl}/auth/sign-in"><input name="token" value="${token}"></form>
<script>document.forms[0].submit()</script>`,
      }),
    );
    const refused = page.waitForResponse((r) => r.url().endsWith('/auth/sign-in'));
    await page.goto('http://evil.example/');
    expect((await refused).status()).toBe(403);
    await page.getByText('niet van Leerhuis zelf').waitFor();
    expect(await page.context().cookies(fixture.stack.apiUrl)).toEqual([]);
  });

  it('does show Bull Board to an admin with its own, slightly wider policy', async () => {
    const page = await fixture.signedInAs('beheer@minbzk.nl');
    const violations = await watchCsp(page);
    await page.goto('/admin/queues');
    // The board's React app renders the queues it was given.
    await page
      .getByText(/outbox|mail|email/i)
      .first()
      .waitFor({ timeout: 15_000 });
    await saveScreenshot(page, 'csp-bull-board');
    // Google Fonts may not load in the sandbox, but the policy allows them.
    expect(violations).toEqual([]);
  });
});

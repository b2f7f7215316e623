import { waitFor } from '@leerhuis/platform-testing';

import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

/** At 1280 and at 390 px: axe finds nothing serious, and the page never scrolls sideways. */
async function checkBothWidths(page: Page, label: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectAccessible(page, `${label} at ${width} px`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) {
      await saveScreenshot(page, `data-rights-${label}-${width}-overflow`);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 8)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      );
      console.log(wide);
    }
    expect({ label, width, overflow }).toEqual({ label, width, overflow: 0 });
    await saveScreenshot(page, `data-rights-${label}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('data rights in the web app', () => {
  const fixture = useBrowserStack();

  it('does let a member download their data and erase their account by emailed links', async () => {
    const { stack } = fixture;
    const eva = await insertMember(stack, { email: 'eva@minbzk.nl', name: 'Eva Exporteur' });
    const lotte = await insertMember(stack, { email: 'lotte@nvwa.nl', name: 'Lotte Visser' });
    const cop = await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'samenwerken-in-de-keten',
      joinPolicy: 'OPEN',
      members: [{ memberId: lotte, role: 'COORDINATOR' }, { memberId: eva }],
    });
    const [{ id: threadId }] = await stack.dataSource.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body)
       VALUES ($1, $2, 'Hoe houden we de keten in beeld?', 'Ik zoek een goede ketenkaart.') RETURNING id`,
      [cop, eva],
    );

    // The statements, from the footer of any page.
    const page = await fixture.signedInAs('eva@minbzk.nl');
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacyverklaring' }).waitFor();
    await page.getByText('het e-maillogboek 365 dagen').waitFor();
    await checkBothWidths(page, 'privacy');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await page.getByText('WCAG) 2.1 op niveau AA', { exact: false }).waitFor();
    await checkBothWidths(page, 'toegankelijkheid');

    // Mijn gegevens: download, by keyboard.
    await page.goto('/profiel/gegevens');
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await checkBothWidths(page, 'mijn-gegevens');
    await page.getByRole('button', { name: 'Download mijn gegevens' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('We stellen je gegevens samen').waitFor();

    const exportMail = await waitFor(
      async () =>
        stack.mail.messagesTo('eva@minbzk.nl').find((m) => m.text.includes('/data-rights/export')),
      'the export email',
    );
    expect(exportMail.text).toContain(`${stack.apiUrl}/privacy`);
    const exportUrl = /(https?:\/\/\S+\/data-rights\/export\?token=[A-Za-z0-9_-]{43})/.exec(
      exportMail.text,
    )![1];
    await page.goto(exportUrl);
    await page.getByRole('heading', { level: 1, name: 'Je gegevens uit Leerhuis' }).waitFor();
    await checkBothWidths(page, 'export-bevestigen');
    await page.getByRole('button', { name: 'Open mijn gegevens' }).click();
    await page.getByRole('link', { name: 'Download als JSON-bestand' }).waitFor();
    await page.getByText('Hoe houden we de keten in beeld?').first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Koffiedate' }).waitFor();
    await checkBothWidths(page, 'export');

    // Erase: a confirmation link by email.
    await page.goto('/profiel/gegevens');
    await page.getByRole('heading', { level: 1, name: 'Mijn gegevens' }).waitFor();
    await page.getByRole('button', { name: 'Account verwijderen' }).click();
    await page.getByText('Bevestig het verwijderen met de link daarin').waitFor();
    await checkBothWidths(page, 'verwijderen-aangevraagd');
    const eraseMail = await waitFor(
      async () =>
        stack.mail.messagesTo('eva@minbzk.nl').find((m) => m.text.includes('/data-rights/erase')),
      'the erasure email',
    );
    const eraseUrl = /(https?:\/\/\S+\/data-rights\/erase\?token=[A-Za-z0-9_-]{43})/.exec(
      eraseMail.text,
    )![1];
    await page.goto(eraseUrl);
    await page.getByRole('heading', { level: 1, name: 'Account verwijderen' }).waitFor();
    await checkBothWidths(page, 'verwijderen-bevestigen');
    await page.getByRole('button', { name: 'Verwijder mijn account definitief' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je account is verwijderd' }).waitFor();
    await checkBothWidths(page, 'verwijderd');
    expect(await stack.dataSource.query(`SELECT id FROM member WHERE id = $1`, [eva])).toEqual([]);

    // The thread stays, by "voormalig lid".
    const other = await fixture.signedInAs('lotte@nvwa.nl');
    await other.goto(`/communities/samenwerken-in-de-keten/discussions/${threadId}`);
    await other
      .getByRole('heading', { level: 1, name: 'Hoe houden we de keten in beeld?' })
      .waitFor();
    await other.getByText('voormalig lid').first().waitFor();
    await checkBothWidths(other, 'voormalig-lid');
  });
});

import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { useBrowserStack } from './browser';

// Issue 14, item 1: a maintained router (search params in the URL, scroll restoration, deep
// links) and a query cache (going back shows the page at once).

const searchParams = (page: Page) => new URL(page.url()).searchParams;

describe('the web foundation', () => {
  const fixture = useBrowserStack();

  beforeAll(async () => {
    const { stack } = fixture;
    const memberId = await insertMember(stack, {
      email: 'anouk@minbzk.nl',
      name: 'Anouk de Vries',
    });
    // Enough CoPs to scroll: 20 about "keten" (one page of results), 3 others.
    for (let i = 1; i <= 20; i += 1) {
      await insertCommunity(stack, {
        name: `Ketensamenwerking ${String(i).padStart(2, '0')}`,
        slug: `keten-${i}`,
        joinPolicy: 'OPEN',
        goal: 'Samen de keten sluiten.',
        phase: i % 2 === 0 ? 'DEEPENING' : 'PREPARATION',
      });
    }
    for (const name of ['Datagedreven werken', 'Inkoop en aanbesteding', 'Wendbaar beleid']) {
      await insertCommunity(stack, {
        name,
        slug: name.toLowerCase().replaceAll(' ', '-'),
        joinPolicy: 'OPEN',
        members: [{ memberId }],
      });
    }
  });

  it('keeps the discover search and filters in the URL, through reload and back', async () => {
    const page = await fixture.signedInAs('anouk@minbzk.nl');
    await page.goto('/communities');
    await page.getByText("23 CoP's gevonden").waitFor();

    await page.getByLabel('Zoeken', { exact: true }).fill('keten');
    await page.getByLabel('Fase').selectOption('DEEPENING');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText("10 CoP's gevonden").waitFor();
    expect(searchParams(page).get('zoek')).toBe('keten');
    expect(searchParams(page).get('fase')).toBe('DEEPENING');

    // A reload (or a shared link) shows the same search.
    await page.reload();
    await page.getByText("10 CoP's gevonden").waitFor();
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe('keten');
    expect(await page.getByLabel('Fase').inputValue()).toBe('DEEPENING');

    // Into a CoP and back: the search is still there.
    await page.getByRole('link', { name: 'Ketensamenwerking 02' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ketensamenwerking 02' }).waitFor();
    await page.goBack();
    await page.getByText("10 CoP's gevonden").waitFor();
    expect(searchParams(page).get('zoek')).toBe('keten');
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe('keten');

    // Back once more: the unfiltered list, as before the search.
    await page.goBack();
    await page.getByText("23 CoP's gevonden").waitFor();
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe('');
  });

  it('starts a new page at the top and restores the scroll position on back', async () => {
    const page = await fixture.signedInAs('anouk@minbzk.nl');
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/communities?zoek=keten');
    await page.getByText("20 CoP's gevonden").waitFor();
    const last = page.getByRole('link', { name: 'Ketensamenwerking 20' });
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);

    await last.click();
    await page.getByRole('heading', { level: 1, name: 'Ketensamenwerking 20' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    await page.goBack();
    await page.getByText("20 CoP's gevonden").waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 50, scrolled);
  });

  it('shows a page it loaded before at once when going back (the query cache)', async () => {
    const page = await fixture.signedInAs('anouk@minbzk.nl');
    await page.goto('/instellingen/meldingen');
    await page.getByLabel('Hoe vaak?').waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();

    // From now on the API does not answer: only the cache can show the settings.
    await page.route('**/graphql', () => undefined);
    await page.goBack();
    await page.getByLabel('Hoe vaak?').waitFor({ timeout: 3_000 });
  });

  it('opens deep links and unknown paths inside the app (the API serves index.html)', async () => {
    const page = await fixture.signedInAs('anouk@minbzk.nl');
    await page.goto('/communities/wendbaar-beleid');
    await page.getByRole('heading', { level: 1, name: 'Wendbaar beleid' }).waitFor();
    await page.goto('/bestaat/niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  });

  it('sends someone who is not signed in to sign in, and back to the page afterwards', async () => {
    const page = await fixture.open();
    await page.goto('/koffiedate/beheer?ronde=x');
    await page.waitForURL('**/inloggen');
    const remembered = await page.evaluate(() => localStorage.getItem('leerhuis.returnPath'));
    expect(JSON.parse(remembered ?? '{}').path).toBe('/koffiedate/beheer');
  });
});

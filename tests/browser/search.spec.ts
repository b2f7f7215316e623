import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Search in the web app', () => {
  const ui = useBrowserStack();

  it('does search from the header, group the results by kind and keep the query in the URL', async () => {
    const anna = await insertMember(ui.stack, { email: 'anna@minbzk.nl', name: 'Anna Auteur' });
    await insertMember(ui.stack, { email: 'sam@minbzk.nl', name: 'Sam Samenwerking' });
    const community = await insertCommunity(ui.stack, {
      name: 'Ketensamenwerking',
      slug: 'ketensamenwerking',
      joinPolicy: 'OPEN',
      goal: 'Samenwerking in de keten van zorg en veiligheid',
      members: [{ memberId: anna }],
    });
    await ui.stack.dataSource.query(
      `INSERT INTO discussion_thread (community_id, author_id, title, body)
       VALUES ($1, $2, 'Samenwerking met uitvoeringsorganisaties', 'Hoe houden we de keten overzichtelijk?')`,
      [community, anna],
    );
    await ui.stack.dataSource.query(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience)
       VALUES ($1, $2, 'Samenwerking vraagt tijd', 'Plan vaste momenten.', 'NEW_PRACTICE_IMPLEMENTED', 'PLATFORM')`,
      [community, anna],
    );

    const page = await ui.signedInAs('anna@minbzk.nl');
    await page.goto('/');
    // A typo still finds "samenwerking".
    const box = page.getByRole('search', { name: 'Zoek in Leerhuis' });
    await box.getByLabel('Zoek in Leerhuis').fill('samenwerkng');
    await box.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/zoeken\?q=samenwerkng$/);
    await page
      .getByRole('heading', { level: 1, name: 'Zoekresultaten voor “samenwerkng”' })
      .waitFor();
    for (const group of [
      'Communities of Practice (1)',
      'Discussies (1)',
      'Lessen (1)',
      'Leden (1)',
    ]) {
      await page.getByRole('heading', { level: 2, name: group }).waitFor();
    }
    const discussions = page.getByRole('region', { name: 'Discussies (1)' });
    await discussions
      .getByRole('link', { name: 'Samenwerking met uitvoeringsorganisaties' })
      .waitFor();
    expect(await discussions.locator('mark', { hasText: 'Samenwerking' }).count()).toBeGreaterThan(
      0,
    );
    await expectAccessible(page, 'search results');

    // The query survives a reload, and back returns to the previous search.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Lessen (1)' }).waitFor();
    await page.getByLabel('Zoekterm').fill('niets hiervan bestaat');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Niets gevonden voor “niets hiervan bestaat”', { exact: false }).waitFor();
    await expectAccessible(page, 'search without results');
    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'Zoekresultaten voor “samenwerkng”' })
      .waitFor();
    expect(await page.getByRole('searchbox', { name: 'Zoek in Leerhuis' }).inputValue()).toBe(
      'samenwerkng',
    );

    // One kind only: in the URL too, so it survives a reload; back returns to every kind.
    await page.getByLabel('Zoeken in').selectOption('leden');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/\/zoeken\?q=samenwerkng&soort=leden$/);
    await page.getByRole('heading', { level: 2, name: 'Leden (1)' }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Discussies (1)' }).count()).toBe(0);
    await expectAccessible(page, 'search results, members only');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Leden (1)' }).waitFor();
    expect(await page.getByLabel('Zoeken in').inputValue()).toBe('leden');
    expect(await page.getByLabel('Zoekterm').inputValue()).toBe('samenwerkng');
    expect(await page.getByRole('heading', { level: 2, name: 'Lessen (1)' }).count()).toBe(0);
    await page.goBack();
    await page.waitForURL(/\/zoeken\?q=samenwerkng$/);
    await page.getByRole('heading', { level: 2, name: 'Discussies (1)' }).waitFor();
    expect(await page.getByLabel('Zoeken in').inputValue()).toBe('');

    // The result leads to the thread.
    await discussions
      .getByRole('link', { name: 'Samenwerking met uitvoeringsorganisaties' })
      .click();
    await page
      .getByRole('heading', { level: 1, name: 'Samenwerking met uitvoeringsorganisaties' })
      .waitFor();

    // At 390 px the results page does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/zoeken?q=samenwerking');
    await page.getByRole('heading', { level: 2, name: 'Discussies (1)' }).waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    if (overflow > 0) {
      console.log(
        await page.evaluate(() =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > 390)
            .slice(0, 15)
            .map(
              (e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`,
            )
            .join('\n'),
        ),
      );
    }
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'search results at 390 px');
    await saveScreenshot(page, 'search-results-390');
  });
});

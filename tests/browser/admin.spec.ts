import type { Page } from 'playwright-core';

import { insertMember, insertOrganisation, MINISTRY } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

/** The page never scrolls sideways (wide tables scroll in their own box). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    by: document.documentElement.scrollWidth - window.innerWidth,
    wide: [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > window.innerWidth + 1 &&
          ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1),
      )
      .slice(0, 5)
      .map((e) => `${e.tagName}.${e.className} ${e.getBoundingClientRect().width}`),
  }));
  // The elements sticking out only name the culprit when the page does scroll sideways.
  expect(overflow.by > 0 ? overflow.wide : []).toEqual([]);
  expect(overflow.by).toBeLessThanOrEqual(0);
}

describe('beheer: organisations and platform roles', () => {
  const fixture = useBrowserStack();

  beforeAll(async () => {
    await insertMember(fixture.stack, {
      email: 'beheer@minbzk.nl',
      name: 'Bea Beheer',
      admin: true,
    });
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])(
    'does let an admin rename, add and merge organisations and grant a role at %i px',
    async (width, height) => {
      const { stack } = fixture;
      const suffix = `${width}`;
      const oldDg = await insertOrganisation(stack, { name: `DG Oud ${suffix}` });
      await insertOrganisation(stack, { name: `DG Nieuw ${suffix}` });
      await insertOrganisation(stack, {
        name: `Directie Erfgoed ${suffix}`,
        type: 'DIRECTORATE',
        parentId: oldDg,
      });
      const vera = await insertMember(stack, {
        email: `vera${suffix}@minbzk.nl`,
        name: `Vera Verhuist ${suffix}`,
        organisationId: oldDg,
      });
      await insertMember(stack, {
        email: `kees${suffix}@minbzk.nl`,
        name: `Kees Kandidaat ${suffix}`,
        organisationId: MINISTRY.BZK,
      });

      const page = await fixture.signedInAs('beheer@minbzk.nl');
      await page.setViewportSize({ width, height });
      await page.goto('/beheer/organisaties');
      await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
      const tree = page.getByTestId('organisation-tree');
      await tree.getByRole('rowheader', { name: `DG Oud ${suffix}` }).waitFor();
      await expectAccessible(page, `organisations at ${width}`);
      await expectNoSidewaysScroll(page);

      // Rename: the new DG gets its full name and an abbreviation.
      await page.getByRole('button', { name: `DG Nieuw ${suffix} wijzigen` }).click();
      const edit = page.getByRole('region', { name: `DG Nieuw ${suffix} wijzigen` });
      await edit.getByLabel('Naam').fill(`DG Wonen en Bouwen ${suffix}`);
      await edit.getByLabel('Afkorting').fill('DGWB');
      await edit.getByRole('button', { name: 'Opslaan' }).click();
      await page.getByText(`DG Wonen en Bouwen ${suffix} is opgeslagen.`).waitFor();
      await tree.getByRole('rowheader', { name: `DG Wonen en Bouwen ${suffix}` }).waitFor();

      // An empty name is refused on the field itself.
      const renamed = page.getByRole('region', { name: `DG Wonen en Bouwen ${suffix} wijzigen` });
      await renamed.getByLabel('Naam').fill('  ');
      await renamed.getByRole('button', { name: 'Opslaan' }).click();
      await renamed.getByText('Vul een naam in van 2 tot 200 tekens.').waitFor();
      await expectAccessible(page, `organisation form with an error at ${width}`);
      await renamed.getByRole('button', { name: 'Annuleren' }).click();

      // Add a municipality at the top of the tree.
      const add = page.getByRole('region', { name: 'Organisatie toevoegen' });
      await add.getByLabel('Naam').fill(`Gemeente Utrecht ${suffix}`);
      await add.getByLabel('Soort').selectOption({ label: 'Gemeente' });
      await add.getByLabel('Valt onder').selectOption({ label: 'Niets (bovenaan de boom)' });
      await add.getByRole('button', { name: 'Toevoegen' }).click();
      await page.getByText(`Gemeente Utrecht ${suffix} is toegevoegd.`).waitFor();
      await tree.getByRole('rowheader', { name: `Gemeente Utrecht ${suffix}` }).waitFor();

      // Merge the old DG into the renamed one, after confirming.
      await page.getByRole('button', { name: `DG Oud ${suffix} wijzigen` }).click();
      await page
        .getByLabel('Samenvoegen met', { exact: true })
        .selectOption({ label: `DG Wonen en Bouwen ${suffix}` });
      await page.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
      await page.getByText(/verdwijnt en alles gaat over naar/).waitFor();
      await expectAccessible(page, `merge confirmation at ${width}`);
      await expectNoSidewaysScroll(page);
      await page.getByRole('button', { name: 'Ja, samenvoegen' }).click();
      await page
        .getByText(`DG Oud ${suffix} is samengevoegd met DG Wonen en Bouwen ${suffix}.`)
        .waitFor();
      await tree
        .getByRole('rowheader', { name: `DG Oud ${suffix}` })
        .waitFor({ state: 'detached' });
      await saveScreenshot(page, `admin-organisations-${width}`);

      const [moved] = await stack.dataSource.query(
        `SELECT o.name, o.abbreviation,
                (SELECT p.name FROM organisation d JOIN organisation p ON p.id = d.parent_id
                  WHERE d.name = $2) AS "directieParent"
           FROM member m JOIN organisation o ON o.id = m.organisation_id WHERE m.id = $1`,
        [vera, `Directie Erfgoed ${suffix}`],
      );
      expect(moved).toEqual({
        name: `DG Wonen en Bouwen ${suffix}`,
        abbreviation: 'DGWB',
        directieParent: `DG Wonen en Bouwen ${suffix}`,
      });

      // Roles: find Kees by name and make him an admin.
      await page.goto('/beheer/rollen');
      await page.getByRole('heading', { level: 1, name: 'Rollen' }).waitFor();
      await page.getByLabel('Zoek een lid op naam').fill(`Kees Kandidaat ${suffix}`);
      await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
      await page.getByRole('button', { name: `Kees Kandidaat ${suffix} beheerder maken` }).click();
      await page.getByText(`Kees Kandidaat ${suffix} is nu beheerder.`).waitFor();
      await page
        .getByTestId('platform-admins')
        .getByRole('rowheader', { name: `Kees Kandidaat ${suffix}` })
        .waitFor();
      await expectAccessible(page, `roles at ${width}`);
      await expectNoSidewaysScroll(page);
      await saveScreenshot(page, `admin-roles-${width}`);
      const [role] = await stack.dataSource.query(
        `SELECT platform_role AS role FROM member WHERE email = $1`,
        [`kees${suffix}@minbzk.nl`],
      );
      expect(role).toEqual({ role: 'ADMIN' });

      // Withdrawn again, so the next width starts with Bea as the only admin.
      await page.getByRole('button', { name: `Kees Kandidaat ${suffix}: rol intrekken` }).click();
      await page.getByText(`Kees Kandidaat ${suffix} is geen beheerder meer.`).waitFor();
      await page
        .getByTestId('platform-admins')
        .getByText('Je kunt de laatste beheerder niet intrekken.')
        .waitFor();
    },
  );

  it('does refuse the beheer pages to members', async () => {
    await insertMember(fixture.stack, { email: 'lid@minbzk.nl', name: 'Lid Lidmaat' });
    const page = await fixture.signedInAs('lid@minbzk.nl');
    for (const path of ['/beheer/organisaties', '/beheer/rollen']) {
      await page.goto(path);
      await page
        .getByText('Geen toegang: deze pagina is alleen voor beheerders van Leerhuis.')
        .waitFor();
    }
    expect(await page.getByTestId('organisation-tree').count()).toBe(0);
  });
});

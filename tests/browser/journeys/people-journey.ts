import { waitFor } from '@leerhuis/platform-testing';

import type { Page } from 'playwright-core';

import { insertCommunity } from '../../integration/communities-support';
import { insertMember, insertOrganisation, MINISTRY, sessionFor } from '../../support/members';
import type { TestStack } from '../../support/stack';
import { expectAccessible, saveScreenshot } from '../browser';

/** The browser fixture of useBrowserStack. */
export interface PeopleUi {
  stack: TestStack;
  signedInAs(email: string): Promise<Page>;
}

/** Who takes part; later steps (e.g. mentions) can use the same people. */
export interface People {
  sanne: { id: string; email: string; name: string };
  joost: { id: string; email: string; name: string };
}

/** Sanne (a DG of BZK) and Joost (FIN) share a CoP; Kees is someone else at FIN. */
export async function seedPeople(ui: PeopleUi): Promise<People> {
  const dg = await insertOrganisation(ui.stack, {
    name: 'DG Volkshuisvesting',
    parentId: MINISTRY.BZK,
  });
  const sanne = { email: 'sanne@minbzk.nl', name: 'Sanne Bakker' };
  const joost = { email: 'joost@minfin.nl', name: 'Joost Visser' };
  const sanneId = await insertMember(ui.stack, { ...sanne, organisationId: dg });
  const joostId = await insertMember(ui.stack, { ...joost, organisationId: MINISTRY.FIN });
  await insertMember(ui.stack, {
    email: 'kees@minfin.nl',
    name: 'Kees Bakkerus',
    organisationId: MINISTRY.FIN,
  });
  await insertCommunity(ui.stack, {
    name: 'Wijkaanpak',
    slug: 'wijkaanpak',
    joinPolicy: 'OPEN',
    members: [{ memberId: sanneId }, { memberId: joostId }],
  });
  return { sanne: { ...sanne, id: sanneId }, joost: { ...joost, id: joostId } };
}

/** Checks the page at 1280 px and 390 px: axe, no sideways scrolling, a screenshot of each. */
export async function checkBothWidths(page: Page, label: string): Promise<void> {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    if (overflow > 0) {
      const wide = await page.evaluate(
        (w) =>
          [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > w)
            .slice(0, 10)
            .map((e) => `${e.tagName}.${e.className}`)
            .join('\n'),
        width,
      );
      throw new Error(`${label} scrolls sideways at ${width} px:\n${wide}`);
    }
    await expectAccessible(page, `${label} at ${width} px`);
    await saveScreenshot(page, `people-${label}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function saveProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await page.getByText('Je profiel is opgeslagen.').waitFor();
}

/** (1) Sanne edits her profile: offer, seeking, a theme, and shows her work address. */
export async function memberEditsProfile(ui: PeopleUi, people: People): Promise<Page> {
  const page = await ui.signedInAs(people.sanne.email);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Mijn profiel' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
  // The form starts from what is stored.
  expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe(people.sanne.name);
  await page.getByText('Gekozen: DG Volkshuisvesting').waitFor();
  await page
    .getByLabel('Wat ik te bieden heb (aanbod, optioneel)')
    .fill('Ervaring met wijkaanpak en bewonersparticipatie');
  await page.getByLabel('Waar ik naar zoek (vraag, optioneel)').fill('Contacten bij gemeenten');
  await page.getByLabel('Samenwerking').check();
  await page.getByLabel('Wie ziet: Je werkadres (e-mail)').selectOption('MEMBERS');
  await saveProfile(page);
  await checkBothWidths(page, 'profile-edit');

  // After a reload the choices are still there.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
  expect(await page.getByLabel('Wie ziet: Je werkadres (e-mail)').inputValue()).toBe('MEMBERS');
  expect(await page.getByLabel('Samenwerking').isChecked()).toBe(true);
  return page;
}

/** (2) Joost opens Sanne's page with her fields visible, then hidden, then visible again. */
export async function otherMemberSeesProfile(
  ui: PeopleUi,
  people: People,
  sannePage: Page,
): Promise<Page> {
  const page = await ui.signedInAs(people.joost.email);
  await page.goto(`/leden/${people.sanne.id}`);
  await page.getByRole('heading', { level: 1, name: people.sanne.name }).waitFor();
  const main = page.getByRole('main');
  await main.getByText('Ervaring met wijkaanpak en bewonersparticipatie').waitFor();
  await main.getByText('Contacten bij gemeenten').waitFor();
  await main.getByText(/DG Volkshuisvesting/).waitFor();
  const mail = main.getByRole('link', { name: /sanne@minbzk\.nl/ });
  expect(await mail.getAttribute('href')).toBe('mailto:sanne@minbzk.nl');
  await main.getByRole('link', { name: 'Wijkaanpak' }).waitFor();
  await checkBothWidths(page, 'member-visible');

  // Sanne keeps her offer and address to herself.
  await sannePage.getByLabel('Wie ziet: Aanbod').selectOption('PRIVATE');
  await sannePage.getByLabel('Wie ziet: Je werkadres (e-mail)').selectOption('PRIVATE');
  await saveProfile(sannePage);

  await page.reload();
  await page.getByRole('heading', { level: 1, name: people.sanne.name }).waitFor();
  await main.getByText('Contacten bij gemeenten').waitFor();
  expect(await main.getByText('Ervaring met wijkaanpak').count()).toBe(0);
  expect(await main.locator('a[href^="mailto:"]').count()).toBe(0);
  await checkBothWidths(page, 'member-hidden');

  // The offer is shown again, for the directory step.
  const sanneApi = await sessionFor(ui.stack, people.sanne.email);
  await sanneApi.ok(
    `mutation { updateMyProfile(input: { visibility: { offer: MEMBERS } }) { id } }`,
  );
  return page;
}

/** (3) Joost finds Sanne in the directory by name, organisation, theme and offer. */
export async function directoryFindsMember(page: Page, people: People): Promise<void> {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Leden' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
  const form = page.getByRole('search', { name: 'Leden' });
  const results = page.getByRole('list', { name: /gevonden/ });
  const found = async (expected: string[]) => {
    await page
      .getByRole('status')
      .filter({
        hasText: expected.length === 1 ? '1 lid gevonden' : `${expected.length} leden gevonden`,
      })
      .waitFor();
    const names = await results.locator('.member-link__name').allTextContents();
    expect(names).toEqual(expected);
  };
  const search = async (fill: () => Promise<unknown>, url: RegExp, expected: string[]) => {
    await fill();
    await form.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(url);
    await found(expected);
  };

  await search(() => form.getByLabel('Naam').fill('Bakker'), /zoek=Bakker/, [
    'Kees Bakkerus',
    people.sanne.name,
  ]);
  await search(
    () =>
      form
        .getByLabel('Organisatie')
        .selectOption({ label: 'BZK – Ministerie van Binnenlandse Zaken en Koninkrijksrelaties' }),
    /organisatie=/,
    [people.sanne.name],
  );
  await form.getByLabel('Naam').fill('');
  await form.getByLabel('Organisatie').selectOption('');
  await search(() => form.getByLabel('Thema').selectOption('Samenwerking'), /thema=Samenwerking/, [
    people.sanne.name,
  ]);
  await form.getByLabel('Thema').selectOption('');
  await search(() => form.getByLabel('Aanbod bevat').fill('wijkaanpak'), /aanbod=wijkaanpak/, [
    people.sanne.name,
  ]);
  // The initials stand beside the name.
  expect(await results.locator('.avatar').first().textContent()).toBe('SB');
  await checkBothWidths(page, 'directory');

  // The search is in the URL: a reload shows the same result, and the name leads to the page.
  await page.reload();
  await found([people.sanne.name]);
  await results.getByRole('link', { name: people.sanne.name }).click();
  await page.getByRole('heading', { level: 1, name: people.sanne.name }).waitFor();
}

/** (4) Joost mentions Sanne through the picker in a thread of their CoP; she is notified. */
export async function memberIsMentioned(ui: PeopleUi, people: People, page: Page): Promise<void> {
  await page.goto('/communities/wijkaanpak/discussies');
  const section = page.getByTestId('part-discussions');
  await section.getByLabel('Titel').fill('Wie weet meer over wijkteams?');
  const box = page.getByRole('combobox', { name: 'Bericht', exact: true });
  await box.click();
  await box.pressSequentially('Vraag het @San');
  const list = page.getByRole('listbox', { name: 'Leden die je kunt noemen' });
  await list.getByRole('option', { name: new RegExp(people.sanne.name) }).waitFor();
  // Only people who can read the thread are offered: Kees (not in the CoP) never is.
  expect(await list.getByRole('option').count()).toBe(1);
  await page.keyboard.press('Enter');
  await list.waitFor({ state: 'hidden' });
  expect(await box.inputValue()).toBe(`Vraag het @[${people.sanne.name}](${people.sanne.id}) `);
  await section.getByRole('button', { name: 'Discussie starten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Wie weet meer over wijkteams?' }).waitFor();
  const mention = page
    .getByTestId('thread-post')
    .getByRole('link', { name: `@${people.sanne.name}` });
  expect(await mention.getAttribute('href')).toBe(`/leden/${people.sanne.id}`);
  await checkBothWidths(page, 'thread-with-mention');

  // (5) Sanne gets the notification, which leads to the thread.
  const sanne = await ui.signedInAs(people.sanne.email);
  await sanne.goto('/meldingen');
  const notification = sanne.getByTestId('notification-list').getByRole('link', {
    name: `${people.joost.name} noemde je in ‘Wie weet meer over wijkteams?’`,
  });
  await waitFor(async () => {
    if (await notification.count()) return true;
    await sanne.reload();
    return undefined;
  }, 'the mention in Sanne’s notifications');
  await checkBothWidths(sanne, 'notifications-mention');
  await notification.click();
  await sanne.getByRole('heading', { level: 1, name: 'Wie weet meer over wijkteams?' }).waitFor();
}

/** (6) The language is the member's: switched in one browser, it is there in the next. */
export async function languageFollowsMember(ui: PeopleUi, people: People): Promise<void> {
  const page = await ui.signedInAs(people.joost.email);
  await page.goto('/leden');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  const stored = async () =>
    (
      (await ui.stack.dataSource.query(`SELECT language FROM member WHERE id = $1`, [
        people.joost.id,
      ])) as { language: string }[]
    )[0].language;
  await waitFor(async () => ((await stored()) === 'en' ? true : undefined), 'language saved');

  // Another browser (its own, Dutch, local storage) follows the member's choice.
  const elsewhere = await ui.signedInAs(people.joost.email);
  await elsewhere.goto('/leden');
  await elsewhere.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
  await elsewhere.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await elsewhere.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
  await waitFor(async () => ((await stored()) === 'nl' ? true : undefined), 'language saved');
}

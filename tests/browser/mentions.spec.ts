import { waitFor } from '@leerhuis/platform-testing';

import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { startThread } from '../integration/discussions-support';
import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('@mentions in the web app', () => {
  const ui = useBrowserStack();
  const ids: Record<string, string> = {};
  let communityId: string;

  beforeAll(async () => {
    for (const [key, name] of [
      ['tess', 'Tess Trekker'],
      ['anouk', 'Anouk de Vries'],
      ['annet', 'Annet van Dam'],
      ['bram', 'Bram Bakker'],
      ['anna', 'Anna Buiten'],
    ]) {
      ids[key] = await insertMember(ui.stack, { email: `${key}@minbzk.nl`, name });
    }
    // A closed CoP; Anna is not in it, so she is never offered.
    communityId = await insertCommunity(ui.stack, {
      name: 'Grensverkeer',
      slug: 'grensverkeer',
      joinPolicy: 'INVITE_ONLY',
      members: [
        { memberId: ids.tess, role: 'COORDINATOR' },
        { memberId: ids.anouk },
        { memberId: ids.annet },
        { memberId: ids.bram },
      ],
    });
  });

  /** Types `@An` in the textarea, picks Anouk with the keyboard; returns the listbox. */
  async function mentionAnouk(page: Page, label: string, screenshot: string) {
    const box = page.getByRole('combobox', { name: label, exact: true });
    await box.click();
    // A keyboard user: the pointer leaves the textarea, or the list opening under it (at
    // 390 px) would highlight whatever option lands there, as a hovering mouse does.
    await page.mouse.move(0, 0);
    await box.pressSequentially('Wat vind jij, @An');
    const list = page.getByRole('listbox', { name: 'Leden die je kunt noemen' });
    await list.getByRole('option', { name: /Anouk de Vries/ }).waitFor();
    // Name and job role (when the member shows it); Anna, outside the CoP, is not offered.
    expect(await list.getByRole('option').allTextContents()).toEqual([
      'Annet van Dam, Adviseur',
      'Anouk de Vries, Adviseur',
    ]);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await expectAccessible(page, `${screenshot}: the open mention list`);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, screenshot);
    // The first option is highlighted; arrow down to Anouk, Enter picks her. First the answer
    // for "An" itself (the list shows the answer for "A", narrowed, while it loads), as a
    // person reads the list before choosing.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).textContent()).toBe('Anouk de Vries, Adviseur');
    await page.keyboard.press('Enter');
    await list.waitFor({ state: 'hidden' });
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.pressSequentially('?');
    expect(await box.inputValue()).toBe(`Wat vind jij, @[Anouk de Vries](${ids.anouk}) ?`);
    return box;
  }

  it('does let a member pick someone with @ and the keyboard, at 1280 px; the post links them and they are notified', async () => {
    const page = await ui.signedInAs('tess@minbzk.nl');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/communities/grensverkeer/discussies');
    const section = page.getByTestId('part-discussions');
    await section.getByLabel('Titel').fill('Wie kent de grensregels?');
    await mentionAnouk(page, 'Bericht', 'mention-new-thread-1280');
    // Escape closes a list without inserting anything; the text stays.
    const box = page.getByRole('combobox', { name: 'Bericht', exact: true });
    await box.pressSequentially(' En @Br');
    await page.getByRole('option', { name: 'Bram Bakker' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('listbox').waitFor({ state: 'hidden' });
    expect(await box.inputValue()).toMatch(/ En @Br$/);
    await section.getByRole('button', { name: 'Discussie starten' }).click();

    await page.getByRole('heading', { level: 1, name: 'Wie kent de grensregels?' }).waitFor();
    const mention = page.getByTestId('thread-post').getByRole('link', { name: '@Anouk de Vries' });
    await mention.waitFor();
    expect(await mention.getAttribute('href')).toBe(`/leden/${ids.anouk}`);
    await expectAccessible(page, 'thread with a mention');
    await expectNoSidewaysScroll(page);

    // Anouk sees the mention in her notifications and gets the notification email.
    await waitFor(async () => {
      const rows = await ui.stack.dataSource.query(
        `SELECT 1 FROM notification WHERE member_id = $1 AND kind = 'MENTION'`,
        [ids.anouk],
      );
      return rows.length === 1;
    }, 'the mention notification');
    const anouk = await ui.signedInAs('anouk@minbzk.nl');
    await anouk.setViewportSize({ width: 1280, height: 900 });
    await anouk.goto('/meldingen');
    await anouk
      .getByTestId('notification-list')
      .getByRole('link', { name: 'Tess Trekker noemde je in ‘Wie kent de grensregels?’' })
      .waitFor();
    await expectAccessible(anouk, 'notifications with the mention');
    const mail = await ui.stack.mail.waitFor((m) => m.to.includes('anouk@minbzk.nl'), 20_000);
    expect(mail.subject).toBe('Nieuw in Leerhuis: 1 melding');
    expect(mail.text).toContain('Je bent genoemd');
    expect(mail.text).toContain('Wie kent de grensregels?');
  });

  /**
   * The thread the first test starts in the browser, with Tess mentioning Anouk: started
   * through the API when it is not there (this test run alone).
   */
  async function threadMentioningAnouk(): Promise<void> {
    const title = 'Wie kent de grensregels?';
    const found: unknown[] = await ui.stack.dataSource.query(
      `SELECT 1 FROM discussion_thread WHERE title = $1`,
      [title],
    );
    if (found.length > 0) return;
    const tess = await sessionFor(ui.stack, 'tess@minbzk.nl');
    await startThread(tess, communityId, title, `Wat vind jij, @[Anouk de Vries](${ids.anouk}) ?`);
    await ui.stack.settle();
  }

  it('does the same in the reply form at 390 px, without sideways scrolling', async () => {
    await threadMentioningAnouk();
    const page = await ui.signedInAs('bram@minbzk.nl');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/communities/grensverkeer/discussies');
    await page
      .getByTestId('thread-list')
      .getByRole('link', { name: 'Wie kent de grensregels?' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Wie kent de grensregels?' }).waitFor();
    await mentionAnouk(page, 'Reactie', 'mention-reply-390');
    await page.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await page.getByText('Je reactie is geplaatst.').waitFor();
    const replyLink = page.getByTestId('replies').getByRole('link', { name: '@Anouk de Vries' });
    await replyLink.waitFor();
    expect(await replyLink.getAttribute('href')).toBe(`/leden/${ids.anouk}`);
    await expectAccessible(page, 'reply with a mention at 390 px');
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'mention-reply-posted-390');
    await waitFor(async () => {
      const rows = await ui.stack.dataSource.query(
        `SELECT 1 FROM notification WHERE member_id = $1 AND kind = 'MENTION'`,
        [ids.anouk],
      );
      return rows.length === 2;
    }, 'the second mention notification');
    // Anna (outside the CoP) was never offered and never notified.
    const anna = await ui.stack.dataSource.query(
      `SELECT 1 FROM notification WHERE member_id = $1`,
      [ids.anna],
    );
    expect(anna).toEqual([]);
  });
});

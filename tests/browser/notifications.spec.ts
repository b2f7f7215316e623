import { signUnsubscribeToken, UnsubscribeScope } from '@leerhuis/platform-mail';
import { waitFor } from '@leerhuis/platform-testing';

import { insertCommunity } from '../integration/communities-support';
import { startThread } from '../integration/discussions-support';
import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('notifications in the web app', () => {
  const fixture = useBrowserStack();
  let anoukId: string;
  let bramId: string;

  beforeAll(async () => {
    const { stack } = fixture;
    anoukId = await insertMember(stack, { email: 'anouk@minbzk.nl', name: 'Anouk de Vries' });
    bramId = await insertMember(stack, { email: 'bram@minbzk.nl', name: 'Bram Bakker' });
  });

  it('does keep changed settings after a reload, and shows a mention with the unread count', async () => {
    const { stack } = fixture;
    const cop = await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'samenwerken-in-de-keten',
      joinPolicy: 'OPEN',
      members: [{ memberId: anoukId }, { memberId: bramId }],
    });

    const page = await fixture.signedInAs('bram@minbzk.nl');
    await page.goto('/');
    await page.getByRole('link', { name: 'Meldingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Je hebt nog geen meldingen.').waitFor();
    await expectAccessible(page, 'empty notification list');

    // The settings, from the list page.
    await page.getByRole('link', { name: 'Kies wat je ontvangt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen en e-mail' }).waitFor();
    await expectAccessible(page, 'notification settings');
    await page.getByLabel('Hoe vaak?').selectOption('MONTHLY');
    await page.getByLabel('Op welke dag?').selectOption('5');
    await page.getByLabel('Hoe laat?').selectOption('17:45');
    await page
      .getByRole('group', { name: 'Reacties op je discussies' })
      .getByRole('radio', { name: 'Direct per e-mail' })
      .check();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByLabel('Meldingen van Samenwerken in de keten').selectOption('IMMEDIATE');
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await page.getByText('Je instellingen zijn opgeslagen.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Meldingen en e-mail' }).waitFor();
    expect(await page.getByLabel('Hoe vaak?').inputValue()).toBe('MONTHLY');
    expect(await page.getByLabel('Op welke dag?').inputValue()).toBe('5');
    expect(await page.getByLabel('Hoe laat?').inputValue()).toBe('17:45');
    expect(
      await page
        .getByRole('group', { name: 'Reacties op je discussies' })
        .getByRole('radio', { name: 'Direct per e-mail' })
        .isChecked(),
    ).toBe(true);
    expect(
      await page
        .getByRole('group', { name: 'Iemand noemt je' })
        .getByRole('radio', { name: 'Direct per e-mail' })
        .isChecked(),
    ).toBe(true);
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Meldingen van Samenwerken in de keten').inputValue()).toBe(
      'IMMEDIATE',
    );

    await saveScreenshot(page, 'notification-settings');

    // Anouk mentions Bram; the header shows the unread count, the list the mention.
    const anouk = await sessionFor(stack, 'anouk@minbzk.nl');
    await startThread(
      anouk,
      cop,
      'Wie helpt met de ketenkaart?',
      `@[Bram Bakker](${bramId}) jij weet hier veel van.`,
    );
    await waitFor(async () => {
      const rows = await stack.dataSource.query(
        `SELECT 1 FROM notification WHERE member_id = $1 AND kind = 'MENTION'`,
        [bramId],
      );
      return rows.length > 0;
    }, 'the mention notification');
    // A notification stored later but about something older (a late-relayed event): the list
    // is newest first by creation time, so it comes after the mention.
    await stack.dataSource.query(
      `INSERT INTO notification (member_id, kind, event_id, subject_type, subject_id, channel, created_at, read_at)
       VALUES ($1, 'COFFEE_DATE', gen_random_uuid(), 'COFFEE_DATE_ROUND', gen_random_uuid(), 'IN_APP',
               now() - interval '2 days', now())`,
      [bramId],
    );
    await page.goto('/');
    const navLink = page.getByRole('link', { name: 'Meldingen (1 ongelezen)' });
    await navLink.waitFor();
    await navLink.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByTestId('unread-count').getByText('Je hebt 1 ongelezen melding.').waitFor();
    const item = page.getByTestId('notification-list').getByRole('listitem').first();
    await item.getByText('Nieuw').waitFor();
    await item
      .getByRole('link', { name: 'Anouk de Vries noemde je in ‘Wie helpt met de ketenkaart?’' })
      .waitFor();
    const items = page.getByTestId('notification-list').getByRole('listitem');
    expect(await items.count()).toBe(2);
    await items
      .nth(1)
      .getByRole('link', { name: /koffiedate/i })
      .waitFor();
    await expectAccessible(page, 'notification list with a mention');
    await saveScreenshot(page, 'notifications');

    await page.getByRole('button', { name: 'Alles gelezen' }).click();
    await page.getByText('Alle meldingen zijn gelezen.').waitFor();
    await page.getByTestId('unread-count').getByText('Je hebt alles gelezen.').waitFor();
    await page.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
  });

  it('does show an accessible unsubscribe page whose button switches notification emails off', async () => {
    const { stack } = fixture;
    // Replies by email, as Bram chooses in the first test.
    const bram = await sessionFor(stack, 'bram@minbzk.nl');
    await bram.ok(
      `mutation { updateNotificationSettings(input: { replies: IMMEDIATE }) { replies } }`,
    );
    const [{ id }] = await stack.dataSource.query(
      `SELECT id FROM member WHERE email = 'bram@minbzk.nl'`,
    );
    await stack.dataSource.query(`UPDATE member SET language = 'nl' WHERE id = $1`, [id]);
    const token = signUnsubscribeToken(
      stack.config.MAIL_TOKEN_SECRET,
      id,
      UnsubscribeScope.NOTIFICATIONS,
    );
    // No session: the link in the email works without signing in.
    const page = await fixture.open();
    await page.goto(`/unsubscribe/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Afmelden voor meldingsmails' }).waitFor();
    await expectAccessible(page, 'unsubscribe page');
    const [before] = await stack.dataSource.query(
      `SELECT mentions, replies FROM notification_settings WHERE member_id = $1`,
      [id],
    );
    expect(before).toEqual({ mentions: 'IMMEDIATE', replies: 'IMMEDIATE' });
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je bent afgemeld' }).waitFor();
    await expectAccessible(page, 'unsubscribed page');
    const [after] = await stack.dataSource.query(
      `SELECT mentions, replies FROM notification_settings WHERE member_id = $1`,
      [id],
    );
    expect(after).toEqual({ mentions: 'IN_APP', replies: 'IN_APP' });
  });
});

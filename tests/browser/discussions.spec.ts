import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Discussions in the web app', () => {
  const ui = useBrowserStack();
  const signedInAs = (email: string) => ui.signedInAs(email);

  it('does let members discuss, a moderator lock a thread, and reports be handled in the queue', async () => {
    const trekker = await insertMember(ui.stack, { email: 'tess@minbzk.nl', name: 'Tess Trekker' });
    const anna = await insertMember(ui.stack, { email: 'anna@minbzk.nl', name: 'Anna Auteur' });
    const bram = await insertMember(ui.stack, {
      email: 'bram@minbzk.nl',
      name: 'Bram Beantwoorder',
    });
    const mo = await insertMember(ui.stack, { email: 'mo@minbzk.nl', name: 'Mo Moderator' });
    await insertCommunity(ui.stack, {
      name: 'Ketensamenwerking',
      slug: 'ketensamenwerking',
      joinPolicy: 'OPEN',
      members: [
        { memberId: mo, role: 'MODERATOR' },
        { memberId: trekker, role: 'COORDINATOR' },
        { memberId: anna },
        { memberId: bram },
      ],
    });

    // A member starts a thread from the CoP page; a too-short title is refused first.
    const author = await signedInAs('anna@minbzk.nl');
    await author.goto('/communities/ketensamenwerking/discussies');
    await author.getByRole('heading', { level: 2, name: 'Discussies' }).waitFor();
    await author.getByText('Er zijn nog geen discussies. Begin er een!').waitFor();
    await expectAccessible(author, 'CoP page, no discussions');
    expect(await author.getByRole('link', { name: 'Naar de moderatiewachtrij' }).count()).toBe(0);
    const section = author.getByTestId('part-discussions');
    await section.getByLabel('Titel').fill('Hi');
    await section.getByLabel('Bericht', { exact: true }).fill('Wie heeft ervaring?');
    await section.getByRole('button', { name: 'Discussie starten' }).click();
    await author
      .getByRole('alert')
      .getByRole('link', { name: 'Titel: Geef een titel van 3 tot 200 tekens.' })
      .waitFor();
    expect(await section.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(author, 'new thread with a field error');
    await section.getByLabel('Titel').fill('Hoe organiseren we de eerste bijeenkomst?');
    await section
      .getByLabel('Bericht', { exact: true })
      .fill('Wie heeft ervaring met een **startbijeenkomst**? <script>alert(1)</script>');
    await section.getByRole('button', { name: 'Discussie starten' }).click();
    await author
      .getByRole('heading', { level: 1, name: 'Hoe organiseren we de eerste bijeenkomst?' })
      .waitFor();
    await author.waitForURL(/\/communities\/ketensamenwerking\/discussions\/[^/]+$/);
    const threadUrl = new URL(author.url()).pathname;
    // Markdown is rendered; raw HTML is not.
    await author
      .getByTestId('thread-post')
      .locator('strong', { hasText: 'startbijeenkomst' })
      .waitFor();
    expect(await author.getByTestId('thread-post').locator('script').count()).toBe(0);
    await author.getByText('Nog geen reacties.').waitFor();
    await expectAccessible(author, 'new thread');

    // Another member replies, mentioning the author.
    const replier = await signedInAs('bram@minbzk.nl');
    await replier.goto('/communities/ketensamenwerking/discussies');
    await replier
      .getByTestId('thread-list')
      .getByRole('link', { name: 'Hoe organiseren we de eerste bijeenkomst?' })
      .click();
    await replier
      .getByRole('heading', { level: 1, name: 'Hoe organiseren we de eerste bijeenkomst?' })
      .waitFor();
    await replier
      .getByLabel('Reactie', { exact: true })
      .fill(`Goed idee @[Anna Auteur](${anna}), ik heb een draaiboek. Bel me gerust.`);
    await replier.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await replier.getByText('Je reactie is geplaatst.').waitFor();
    await replier
      .getByTestId('reply')
      .getByText('ik heb een draaiboek', { exact: false })
      .waitFor();
    await replier.getByRole('heading', { level: 2, name: 'Reacties (1)' }).waitFor();
    await expectAccessible(replier, 'thread with a reply');

    // The author reports the reply, with a reason; reporting twice says so.
    await author.reload();
    const reply = author.getByTestId('reply').filter({ hasText: 'draaiboek' });
    await reply.getByRole('button', { name: /^Melden/ }).click();
    await reply
      .getByLabel('Waarom meld je dit bericht?')
      .fill('Bevat een telefoonverzoek buiten de CoP.');
    await expectAccessible(author, 'thread, report form');
    await reply.getByRole('button', { name: 'Melding versturen' }).click();
    await author.getByText('Bedankt. Een moderator bekijkt je melding.').waitFor();
    await reply.getByRole('button', { name: /^Melden/ }).click();
    await reply.getByLabel('Waarom meld je dit bericht?').fill('Nog een keer.');
    await reply.getByRole('button', { name: 'Melding versturen' }).click();
    await reply.getByText('Je hebt dit bericht al gemeld. Een moderator bekijkt het.').waitFor();
    await reply.getByRole('button', { name: 'Annuleren' }).click();

    // A moderator locks the thread; the reply box says it is locked.
    const moderator = await signedInAs('mo@minbzk.nl');
    await moderator.goto(threadUrl);
    await moderator.getByRole('group', { name: 'Modereren' }).waitFor();
    await moderator.getByRole('button', { name: 'Sluiten voor reacties' }).click();
    await moderator.getByText('De discussie is gesloten voor nieuwe reacties.').waitFor();
    await moderator.getByTestId('thread-badges').getByText('Gesloten').waitFor();
    const editor = moderator.getByTestId('reply-editor');
    await editor
      .getByText('Deze discussie is gesloten door een moderator.', { exact: false })
      .waitFor();
    expect(await editor.getByLabel('Reactie', { exact: true }).isDisabled()).toBe(true);
    await expectAccessible(moderator, 'locked thread, moderator');

    // A member whose page was open before the lock learns it from the error code.
    await replier.getByLabel('Reactie', { exact: true }).fill('Nog één ding.');
    await replier.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await replier
      .getByText('Deze discussie is gesloten door een moderator: je kunt niet meer reageren.')
      .waitFor();
    await replier
      .getByTestId('reply-editor')
      .getByText('Deze discussie is gesloten door een moderator. Je kunt niet meer reageren.')
      .waitFor();
    await expectAccessible(replier, 'locked thread, member');
    await saveScreenshot(replier, 'discussions-locked-thread');

    // The moderator hides the reported reply from the queue.
    await moderator.goto('/communities/ketensamenwerking/discussies');
    await moderator.getByRole('link', { name: 'Naar de moderatiewachtrij' }).click();
    await moderator
      .getByRole('heading', { level: 1, name: 'Moderatie: Ketensamenwerking' })
      .waitFor();
    const report = moderator.getByTestId('report');
    await report.getByText('Bevat een telefoonverzoek buiten de CoP.').waitFor();
    await report.getByText('ik heb een draaiboek', { exact: false }).waitFor();
    await expectAccessible(moderator, 'moderation queue');
    await report.getByRole('button', { name: /^Bericht verbergen/ }).click();
    await moderator
      .getByText('Het bericht is verborgen; de melder en de schrijver horen het.')
      .waitFor();
    await moderator.getByText('Er zijn geen openstaande meldingen.').waitFor();
    await expectAccessible(moderator, 'moderation queue, empty');
    await saveScreenshot(moderator, 'discussions-moderation-queue');

    // Members no longer see the reply; the moderator sees it marked as hidden.
    await author.reload();
    await author
      .getByRole('heading', { level: 1, name: 'Hoe organiseren we de eerste bijeenkomst?' })
      .waitFor();
    await author
      .getByTestId('reply-editor')
      .getByText('gesloten door een moderator', { exact: false })
      .waitFor();
    expect(await author.getByText('ik heb een draaiboek', { exact: false }).count()).toBe(0);
    await moderator.goto(threadUrl);
    await moderator
      .getByTestId('reply')
      .getByText('Verborgen voor leden', { exact: false })
      .waitFor();
    await expectAccessible(moderator, 'thread with a hidden reply');
    await saveScreenshot(moderator, 'discussions-thread-moderator');

    // The thread list shows the badges.
    await moderator.goto('/communities/ketensamenwerking/discussies');
    const row = moderator.getByTestId('thread').filter({ hasText: 'eerste bijeenkomst' });
    await row.getByText('Gesloten').waitFor();
    await row.getByText('1 reactie').waitFor();
  });
});

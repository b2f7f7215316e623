import { insertCommunity } from '../integration/communities-support';
import { localInDays, RSVP } from '../integration/meetings-support';
import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Meetings and harvest in the web app', () => {
  const ui = useBrowserStack();
  const signedInAs = (email: string) => ui.signedInAs(email);

  it('does schedule a full meeting, change it, and promote the first on the waiting list', async () => {
    const trekker = await insertMember(ui.stack, { email: 'tess@minbzk.nl', name: 'Tess Trekker' });
    const ans = await insertMember(ui.stack, { email: 'ans@minbzk.nl', name: 'Ans Aanwezig' });
    const bram = await insertMember(ui.stack, { email: 'bram@minbzk.nl', name: 'Bram Wachter' });
    await insertCommunity(ui.stack, {
      name: 'Kleine kring',
      slug: 'kleine-kring',
      goal: 'Intervisie in een kleine groep',
      joinPolicy: 'OPEN',
      members: [{ memberId: trekker, role: 'COORDINATOR' }, { memberId: ans }, { memberId: bram }],
    });

    // The coordinator schedules a meeting with one seat, after a first try with errors.
    const coordinator = await signedInAs('tess@minbzk.nl');
    await coordinator.goto('/communities/kleine-kring/bijeenkomsten');
    await coordinator.getByRole('heading', { level: 2, name: 'Bijeenkomsten' }).waitFor();
    await coordinator.getByText('Er zijn geen bijeenkomsten gepland.').waitFor();
    const form = coordinator.getByRole('form', { name: 'Bijeenkomst plannen' });
    await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await coordinator
      .getByRole('alert')
      .getByRole('link', { name: /Titel: Dit veld is verplicht/ })
      .waitFor();
    expect(await form.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(coordinator, 'CoP page, schedule form with errors');

    const day = localInDays(7).slice(0, 10);
    await form.getByLabel('Titel').fill('Casusbespreking in kleine kring');
    await form.getByLabel('Datum').fill(day);
    await form.getByLabel('Begintijd').fill('10:00');
    await form.getByLabel('Eindtijd').fill('12:00');
    await form.getByLabel('Adres').fill('Turfmarkt 147, Den Haag');
    await form.getByLabel('Agenda (optioneel)').fill('Welkom\nCasus van Ans\n<b>Afsluiting</b>');
    await form.getByLabel('Aantal plaatsen (optioneel)').fill('1');
    await form.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
    await coordinator
      .getByText('Casusbespreking in kleine kring is gepland.', { exact: false })
      .waitFor();
    const card = coordinator.getByTestId('meeting-card');
    await card.getByText('10:00–12:00', { exact: false }).waitFor();
    await card.getByText('Turfmarkt 147, Den Haag').waitFor();
    await card.getByText('0 van 1 plaatsen bezet').waitFor();
    await expectAccessible(coordinator, 'CoP page with a meeting');
    await card.getByRole('link', { name: 'Casusbespreking in kleine kring' }).click();
    await coordinator
      .getByRole('heading', { level: 1, name: 'Casusbespreking in kleine kring' })
      .waitFor();
    const meetingPath = new URL(coordinator.url()).pathname;
    expect(meetingPath).toMatch(/^\/communities\/kleine-kring\/bijeenkomsten\/[0-9a-f-]{36}$/);
    // The agenda is plain text with its line breaks; HTML from the author stays text.
    await coordinator.getByText('<b>Afsluiting</b>', { exact: false }).waitFor();
    expect(await coordinator.locator('.plain-text b').count()).toBe(0);
    await coordinator.getByRole('button', { name: 'Bijeenkomst afgelasten' }).waitFor();
    await expectAccessible(coordinator, 'meeting page, coordinator');

    // The first member goes.
    const first = await signedInAs('ans@minbzk.nl');
    await first.goto('/communities/kleine-kring/bijeenkomsten');
    await first.getByRole('link', { name: 'Casusbespreking in kleine kring' }).click();
    await first
      .getByRole('heading', { level: 1, name: 'Casusbespreking in kleine kring' })
      .waitFor();
    await expectAccessible(first, 'meeting page, not answered');
    await first.getByRole('button', { name: 'Ik ga', exact: true }).click();
    await first.getByText('Je bent aangemeld. Tot dan!').waitFor();
    await first.getByTestId('going').getByText('Ans Aanwezig').waitFor();
    await first.getByTestId('attendance').getByText('1 van 1 plaatsen bezet').waitFor();
    // The calendar file downloads with the session cookie.
    const ics = await first.request.get(
      (await first.getByRole('link', { name: 'Zet in agenda (.ics)' }).getAttribute('href'))!,
    );
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('BEGIN:VEVENT');
    await expectAccessible(first, 'meeting page, going');

    // The second wants to go too and lands on the waiting list (the journey in cop-journey.spec.ts
    // does this through the page).
    const meetingId = meetingPath.split('/').at(-1)!;
    await (await sessionFor(ui.stack, 'bram@minbzk.nl')).ok(RSVP, { m: meetingId, r: 'GOING' });

    // The coordinator moves the meeting an hour later; those going or waiting are emailed.
    await coordinator.getByRole('button', { name: 'Bijeenkomst wijzigen' }).click();
    const edit = coordinator.getByRole('form', { name: 'Bijeenkomst wijzigen' });
    expect(await edit.getByLabel('Titel').inputValue()).toBe('Casusbespreking in kleine kring');
    await edit.getByLabel('Aantal plaatsen (optioneel)').fill('0');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await coordinator
      .getByRole('alert')
      .getByRole('link', { name: /Aantal plaatsen/ })
      .waitFor();
    await expectAccessible(coordinator, 'meeting page, change form with an error');
    await edit.getByLabel('Aantal plaatsen (optioneel)').fill('1');
    await edit.getByLabel('Begintijd').fill('11:00');
    await edit.getByLabel('Eindtijd').fill('13:00');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await coordinator.getByText('De bijeenkomst is bijgewerkt.').waitFor();
    await coordinator.getByText('11:00–13:00', { exact: false }).waitFor();
    const changed = await ui.stack.mail.waitFor(
      (mail) =>
        mail.to.includes('ans@minbzk.nl') &&
        mail.subject.startsWith('Gewijzigd: Casusbespreking in kleine kring'),
      20_000,
    );
    expect(changed.text).toContain('11:00–13:00');
    expect(changed.attachments[0]?.contentType).toBe('text/calendar');
    await ui.stack.mail.waitFor(
      (mail) => mail.to.includes('bram@minbzk.nl') && mail.subject.startsWith('Gewijzigd:'),
      20_000,
    );
    await expectAccessible(coordinator, 'meeting page, changed');

    // The first cancels; the second moves up and is emailed.
    await first.getByRole('button', { name: 'Ik ga niet' }).click();
    await first.getByText('Je hebt je afgemeld.').waitFor();
    const second = await signedInAs('bram@minbzk.nl');
    const promoted = await ui.stack.mail.waitFor(
      (mail) => mail.to.includes('bram@minbzk.nl') && mail.subject.includes('Er is een plek vrij'),
      20_000,
    );
    expect(promoted.subject).toContain('Casusbespreking in kleine kring');
    await second.goto(meetingPath);
    await second.getByTestId('your-rsvp').getByText('Je gaat').waitFor();
    await second.getByTestId('going').getByText('Bram Wachter').waitFor();
    await expectAccessible(second, 'meeting page, promoted');
    await saveScreenshot(second, 'meetings-promoted');

    // Home lists the meeting under "Komende bijeenkomsten".
    await second.goto('/');
    const upcoming = second.getByTestId('upcoming-meetings');
    await upcoming.getByRole('link', { name: 'Casusbespreking in kleine kring' }).waitFor();
    await upcoming.getByText('Je gaat').waitFor();
    await expectAccessible(second, 'home with upcoming meetings');
    await saveScreenshot(second, 'meetings-home');
  });

  it('does let a member record a lesson that shows in the harvest', async () => {
    const trekker = await insertMember(ui.stack, { email: 'olga@minbzk.nl', name: 'Olga Oogst' });
    const member = await insertMember(ui.stack, { email: 'lars@minbzk.nl', name: 'Lars Leerling' });
    await insertCommunity(ui.stack, {
      name: 'Oogstkring',
      slug: 'oogstkring',
      joinPolicy: 'OPEN',
      members: [{ memberId: trekker, role: 'COORDINATOR' }, { memberId: member }],
    });

    const page = await signedInAs('lars@minbzk.nl');
    await page.goto('/communities/oogstkring/oogst');
    await page.getByRole('heading', { level: 2, name: 'Oogst' }).waitFor();
    await page.getByText('Er zijn nog geen lessen vastgelegd.').waitFor();
    const form = page.getByRole('form', { name: 'Les vastleggen' });
    await form.getByRole('button', { name: 'Les vastleggen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Soort opbrengst: Kies een soort opbrengst/ })
      .waitFor();
    await expectAccessible(page, 'CoP page, lesson form with errors');

    await form.getByLabel('Titel').fill('Vroeg de uitvoering betrekken');
    await form
      .getByLabel('Beschrijving')
      .fill('We nodigden de uitvoering uit bij de eerste schets.\nDat scheelde maanden.');
    await form.getByLabel('Soort opbrengst').selectOption('FASTER_OR_DEEPER_PLAN_DEVELOPMENT');
    await form.getByLabel(/^Heel Leerhuis/).check();
    await form.getByLabel('Datum (optioneel)').fill('2026-02-01');
    await form.getByRole('button', { name: 'Les vastleggen' }).click();
    await page.getByText('“Vroeg de uitvoering betrekken” staat nu in de oogst.').waitFor();
    const lesson = page.getByTestId('lesson').filter({ hasText: 'Vroeg de uitvoering betrekken' });
    await lesson.getByText('Snellere of diepere planvorming').waitFor();
    await lesson.getByText('Heel Leerhuis').waitFor();
    await lesson.getByText('Lars Leerling').waitFor();
    await lesson.getByText('Dat scheelde maanden.', { exact: false }).waitFor();
    // The day it happened, as a Dutch reader writes it (the API gives YYYY-MM-DD).
    await lesson.getByText('1 februari 2026').waitFor();
    expect(await lesson.getByText('Invalid Date').count()).toBe(0);
    await lesson.getByRole('button', { name: /Bewerken/ }).waitFor();
    await expectAccessible(page, 'CoP page with a lesson');
    await saveScreenshot(page, 'harvest-lesson');
  });
});

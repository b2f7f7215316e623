import type { MailCatcher } from '@leerhuis/platform-mail-catcher';

import type { Page } from 'playwright-core';

import { insertCommunity } from '../../integration/communities-support';
import { localInDays, RSVP, scheduleMeeting } from '../../integration/meetings-support';
import { insertMember, sessionFor } from '../../support/members';
import type { SeedableStack } from '../../support/stack';
import { expectAccessible, saveScreenshot } from '../browser';

/** A running platform with a browser: the in-process stack, or a demo started as a process. */
export interface JourneyUi {
  stack: SeedableStack & { mail: Pick<MailCatcher, 'waitFor'> };
  open(): Promise<Page>;
  signedInAs(email: string): Promise<Page>;
}

/**
 * Issue 3's check, as a new member lives it: sign in through the emailed link, complete the
 * profile, search "samenwerking", join an open CoP, ask to join an on-request CoP (a
 * coordinator approves in another browser), post a thread, and RSVP to a full meeting.
 * `exactCounts`: only these CoPs exist (not so in the demo, which has its own).
 */
export async function newMemberCopJourney(
  ui: JourneyUi,
  options: { exactCounts: boolean; screenshot: string },
): Promise<void> {
  const trekker = await insertMember(ui.stack, {
    email: 'trekker@minbzk.nl',
    name: 'Tess Trekker',
  });
  const ans = await insertMember(ui.stack, { email: 'ans@minbzk.nl', name: 'Ans Aanwezig' });
  const openId = await insertCommunity(ui.stack, {
    name: 'Ketensamenwerking in de praktijk',
    slug: 'ketensamenwerking',
    goal: 'Beter samenwerken over de grenzen van ministeries heen',
    themes: ['Samenwerking'],
    joinPolicy: 'OPEN',
    phase: 'CONNECTION_AND_TRUST',
    members: [{ memberId: trekker, role: 'COORDINATOR' }, { memberId: ans }],
  });
  await insertCommunity(ui.stack, {
    name: 'Programmadirecteuren Rijk',
    slug: 'programmadirecteuren',
    goal: 'Leren van elkaars programma’s',
    themes: ['Programmasturing'],
    joinPolicy: 'ON_REQUEST',
    members: [{ memberId: trekker, role: 'COORDINATOR' }],
  });
  await insertCommunity(ui.stack, {
    name: 'Wetgevingskwaliteit',
    slug: 'wetgeving',
    goal: 'Heldere wetten schrijven',
    themes: ['Wetgeving'],
    joinPolicy: 'OPEN',
  });
  // A meeting with one seat, already taken.
  const coordinatorApi = await sessionFor(ui.stack, 'trekker@minbzk.nl');
  const meetingId = await scheduleMeeting(coordinatorApi, openId, {
    title: 'Casusbespreking ketenregie',
    startsAt: localInDays(10, '10:00'),
    endsAt: localInDays(10, '12:00'),
    capacity: 1,
  });
  await (await sessionFor(ui.stack, 'ans@minbzk.nl')).ok(RSVP, { m: meetingId, r: 'GOING' });

  // Sign in through the emailed link.
  const email = 'nieuwe.deelnemer@minbzk.nl';
  const page = await ui.open();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').waitFor();
  await expectAccessible(page, 'sign-in');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur inloglink' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
  await expectAccessible(page, 'sign-in link sent');
  const mail = await ui.stack.mail.waitFor((m) => m.to.includes(email), 20_000);
  const link = /https?:\/\/[^\s"'<>]+\/auth\/sign-in\?token=[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
  expect(link).toBeDefined();
  await page.goto(link!);

  // Complete the profile.
  await page.waitForURL('**/profiel/aanvullen');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectAccessible(page, 'profile completion');
  await page.getByLabel('Naam', { exact: true }).fill('Daan Deelnemer');
  await page.getByLabel('Zoek een organisatie').fill('Binnenlandse');
  await page
    .getByRole('radio', { name: /Binnenlandse Zaken.*\(BZK\)/ })
    .first()
    .check();
  await page.getByLabel('Functie').selectOption('ADVISER');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welkom, Daan Deelnemer' }).waitFor();
  await page.getByText('Je bent nog geen lid van een Community of Practice.').waitFor();
  await expectAccessible(page, 'home, no CoPs yet');

  // Search "samenwerking": Dutch stemming finds the CoP about "samenwerken".
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Ontdekken' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Ontdekken' }).waitFor();
  if (options.exactCounts) await page.getByText("3 CoP's gevonden").waitFor();
  await expectAccessible(page, 'discover');
  await page.getByLabel('Zoeken', { exact: true }).fill('samenwerking');
  await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
  if (options.exactCounts) await page.getByText('1 CoP gevonden').waitFor();
  await page.getByRole('link', { name: 'Ketensamenwerking in de praktijk' }).waitFor();
  await expectAccessible(page, 'discover, "samenwerking"');

  // Join the open CoP.
  await page.getByRole('link', { name: 'Ketensamenwerking in de praktijk' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ketensamenwerking in de praktijk' }).waitFor();
  await expectAccessible(page, 'open CoP, not a member');
  await page.getByRole('button', { name: 'Lid worden' }).click();
  await page.getByText('Je bent nu lid. Welkom!').waitFor();
  // The button is gone; focus is on the message that says so, not on <body>.
  await page.waitForFunction(
    () => document.activeElement?.textContent === 'Je bent nu lid. Welkom!',
  );
  await page.getByTestId('membership').getByText('Je bent lid van deze CoP.').waitFor();
  await expectAccessible(page, 'open CoP, member');
  await page
    .getByRole('navigation', { name: 'Onderdelen van deze CoP' })
    .getByRole('link', { name: 'Leden' })
    .click();
  await page.getByTestId('members').getByText('Daan Deelnemer').waitFor();

  // Ask to join the on-request CoP; the coordinators are emailed.
  await page.goto('/communities/programmadirecteuren');
  await page.getByRole('heading', { level: 1, name: 'Programmadirecteuren Rijk' }).waitFor();
  await page.getByLabel('Motivatie (optioneel)').fill('Ik leid een programma bij BZK.');
  await expectAccessible(page, 'on-request CoP, request form');
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await page.getByTestId('membership').getByText('Aanvraag in behandeling').waitFor();
  await expectAccessible(page, 'on-request CoP, request pending');
  const requestMail = await ui.stack.mail.waitFor(
    (m) => m.to.includes('trekker@minbzk.nl') && m.subject.includes('wil lid worden'),
    20_000,
  );
  expect(requestMail.text).toContain('Ik leid een programma bij BZK.');
  const manageLink = /https?:\/\/[^\s"'<>]+\/communities\/programmadirecteuren\/beheer/.exec(
    requestMail.text,
  )?.[0];
  expect(manageLink).toBeDefined();

  // The coordinator follows the email's link in another browser and approves.
  const coordinator = await ui.signedInAs('trekker@minbzk.nl');
  await coordinator.goto(manageLink!);
  const request = coordinator.getByTestId('join-request').filter({ hasText: 'Daan Deelnemer' });
  await request.getByText('Ik leid een programma bij BZK.').waitFor();
  await expectAccessible(coordinator, 'on-request CoP, coordinator with a request');
  await request.getByLabel('Bericht aan Daan Deelnemer (optioneel)').fill('Welkom in de groep!');
  await request.getByRole('button', { name: 'Daan Deelnemer toelaten' }).click();
  await coordinator.getByText('Daan Deelnemer is nu lid.').waitFor();
  await expectAccessible(coordinator, 'on-request CoP, request approved');

  // The applicant is told, and sees they are in.
  const decision = await ui.stack.mail.waitFor(
    (m) => m.to.includes(email) && m.subject === 'Welkom bij Programmadirecteuren Rijk',
    20_000,
  );
  expect(decision.text).toContain('Welkom in de groep!');
  await page.reload();
  await page.getByText('Je bent lid van deze CoP.').waitFor();
  await page.goto('/communities/programmadirecteuren/leden');
  await page.getByTestId('members').getByText('Daan Deelnemer').waitFor();
  await expectAccessible(page, 'on-request CoP, admitted');

  // Post a thread in the open CoP.
  await page.goto('/communities/ketensamenwerking/discussies');
  const discussions = page.getByTestId('part-discussions');
  await discussions.getByLabel('Titel').fill('Wie heeft een draaiboek voor ketenoverleg?');
  await discussions
    .getByLabel('Bericht', { exact: true })
    .fill('Ik zoek een **draaiboek** voor het eerste overleg met de uitvoering.');
  await discussions.getByRole('button', { name: 'Discussie starten' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Wie heeft een draaiboek voor ketenoverleg?' })
    .waitFor();
  await page.getByTestId('thread-post').locator('strong', { hasText: 'draaiboek' }).waitFor();
  await expectAccessible(page, 'new thread');

  // RSVP to the full meeting: the waiting list.
  await page.goto('/communities/ketensamenwerking/bijeenkomsten');
  await page.getByRole('link', { name: 'Casusbespreking ketenregie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Casusbespreking ketenregie' }).waitFor();
  await page.getByTestId('attendance').getByText('1 van 1 plaatsen bezet').waitFor();
  await expectAccessible(page, 'full meeting, not answered');
  await page.getByRole('button', { name: 'Ik ga', exact: true }).click();
  await page
    .getByRole('status')
    .getByText('Je staat op de wachtlijst op plaats 1.', { exact: false })
    .waitFor();
  await page.getByTestId('your-rsvp').getByText('Op de wachtlijst, plaats 1').waitFor();
  await expectAccessible(page, 'full meeting, on the waiting list');

  // Home: both CoPs and the meeting.
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: "Mijn CoP's" })
    .click();
  const mine = page.getByTestId('my-communities');
  await mine.getByRole('link', { name: 'Ketensamenwerking in de praktijk' }).waitFor();
  await mine.getByRole('link', { name: 'Programmadirecteuren Rijk' }).waitFor();
  const upcoming = page.getByTestId('upcoming-meetings');
  await upcoming.getByRole('link', { name: 'Casusbespreking ketenregie' }).waitFor();
  await upcoming.getByText('Op de wachtlijst, plaats 1').waitFor();
  await expectAccessible(page, 'home with CoPs and a meeting');
  await saveScreenshot(page, options.screenshot);
}

import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Communities of Practice in the web app', () => {
  const ui = useBrowserStack();
  const signedInAs = (email: string) => ui.signedInAs(email);
  const open = () => ui.open();

  it('does let a new member find, join and ask to join CoPs, and a coordinator admit them', async () => {
    const trekker = await insertMember(ui.stack, {
      email: 'trekker@minbzk.nl',
      name: 'Tess Trekker',
    });
    await insertCommunity(ui.stack, {
      name: 'Ketensamenwerking in de praktijk',
      slug: 'ketensamenwerking',
      goal: 'Beter samenwerken over de grenzen van ministeries heen',
      themes: ['Samenwerking'],
      joinPolicy: 'OPEN',
      phase: 'CONNECTION_AND_TRUST',
      members: [{ memberId: trekker, role: 'COORDINATOR' }],
    });
    await insertCommunity(ui.stack, {
      name: 'Programmadirecteuren Rijk',
      slug: 'programmadirecteuren',
      goal: 'Leren van elkaars programma’s',
      themes: ['Programmasturing'],
      joinPolicy: 'ON_REQUEST',
      phase: 'DEEPENING',
      members: [{ memberId: trekker, role: 'COORDINATOR' }],
    });
    await insertCommunity(ui.stack, {
      name: 'Wetgevingskwaliteit',
      slug: 'wetgeving',
      goal: 'Heldere wetten schrijven',
      themes: ['Wetgeving'],
      joinPolicy: 'OPEN',
    });

    // A new member signs in through the emailed link and completes the profile.
    const email = 'nieuwe.deelnemer@minbzk.nl';
    const page = await open();
    await page.goto('/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check je mail' }).waitFor();
    const mail = await ui.stack.mail.waitFor((m) => m.to.includes(email), 20_000);
    const link = /https?:\/\/[^\s"'<>]+\/auth\/sign-in\?token=[A-Za-z0-9_-]+/.exec(
      mail.text ?? mail.html ?? '',
    )?.[0];
    await page.goto(link!);
    await page.waitForURL('**/profiel/aanvullen');
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
    await page.getByRole('heading', { level: 2, name: 'Komende bijeenkomsten' }).waitFor();
    await expectAccessible(page, 'home without CoPs');

    // Discover: "samenwerking" finds the CoP about "samenwerken" (Dutch stemming).
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Ontdekken' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Ontdekken' }).waitFor();
    await page.getByText("3 CoP's gevonden").waitFor();
    await expectAccessible(page, 'discover');
    await page.getByLabel('Zoeken', { exact: true }).fill('samenwerking');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 CoP gevonden').waitFor();
    const result = page.getByRole('listitem').filter({ hasText: 'Ketensamenwerking' });
    await result.getByText('Verbinding en vertrouwen').waitFor();
    await result.getByText('Open', { exact: true }).waitFor();
    await expectAccessible(page, 'discover, search results');
    await saveScreenshot(page, 'communities-discover-search');

    // Filtering by phase narrows the list.
    await page.getByLabel('Zoeken', { exact: true }).fill('');
    await page.getByLabel('Fase', { exact: true }).selectOption('DEEPENING');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 CoP gevonden').waitFor();
    await page.getByRole('link', { name: 'Programmadirecteuren Rijk' }).waitFor();
    await page.getByLabel('Fase', { exact: true }).selectOption('');
    await page.getByLabel('Zoeken', { exact: true }).fill('samenwerking');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 CoP gevonden').waitFor();

    // Join the open CoP.
    await page.getByRole('link', { name: 'Ketensamenwerking in de praktijk' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Ketensamenwerking in de praktijk' })
      .waitFor();
    await page.locator('[aria-current="step"]', { hasText: 'Verbinding en vertrouwen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Discussies' }).waitFor();
    await expectAccessible(page, 'CoP page, not a member');
    await page.getByRole('button', { name: 'Lid worden' }).click();
    await page.getByText('Je bent nu lid. Welkom!').waitFor();
    await page.getByText('Je bent lid van deze CoP als lid.').waitFor();
    await page.getByTestId('members').getByText('Daan Deelnemer').waitFor();
    await expectAccessible(page, 'CoP page, member');

    // Ask to join the on-request CoP, with a motivation.
    await page.goto('/communities/programmadirecteuren');
    await page.getByRole('heading', { level: 1, name: 'Programmadirecteuren Rijk' }).waitFor();
    await page.getByText('Alleen leden zien wie er lid zijn.').waitFor();
    await page.getByLabel('Motivatie (optioneel)').fill('Ik leid een programma bij BZK.');
    await expectAccessible(page, 'CoP page, request form');
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
    await page.getByTestId('membership').getByText('Aanvraag in behandeling').waitFor();
    await expectAccessible(page, 'CoP page, request pending');
    await saveScreenshot(page, 'communities-request-pending');

    // The coordinator, in another browser, admits the applicant with a message.
    const coordinator = await signedInAs('trekker@minbzk.nl');
    await coordinator.goto('/communities/programmadirecteuren');
    await coordinator.getByRole('heading', { level: 2, name: 'Beheer (trekkers)' }).waitFor();
    const request = coordinator.getByTestId('join-request').filter({ hasText: 'Daan Deelnemer' });
    await request.getByText('Ik leid een programma bij BZK.').waitFor();
    await expectAccessible(coordinator, 'CoP page, coordinator with a request');
    await request.getByLabel('Bericht aan Daan Deelnemer (optioneel)').fill('Welkom in de groep!');
    await request.getByRole('button', { name: 'Daan Deelnemer toelaten' }).click();
    await coordinator.getByText('Daan Deelnemer is nu lid.').waitFor();
    await coordinator.getByText('Er zijn geen openstaande aanvragen.').waitFor();

    // The last coordinator cannot step down: CONFLICT, said clearly.
    await coordinator.getByLabel('Rol van Tess Trekker').selectOption('MEMBER');
    await coordinator.getByRole('button', { name: 'Rol wijzigen (Tess Trekker)' }).click();
    await coordinator
      .getByRole('alert')
      .getByText('Een CoP heeft altijd minstens één trekker.', { exact: false })
      .waitFor();
    await expectAccessible(coordinator, 'CoP page, coordinator after deciding');
    await saveScreenshot(coordinator, 'communities-coordinator');

    // The applicant is emailed and sees themselves as a member.
    const decision = await ui.stack.mail.waitFor(
      (m) => m.to.includes(email) && m.subject === 'Welkom bij Programmadirecteuren Rijk',
      20_000,
    );
    expect(decision.text).toContain('Welkom in de groep!');
    expect(decision.text).toContain(`${ui.stack.apiUrl}/communities/programmadirecteuren`);
    await page.reload();
    await page.getByText('Je bent lid van deze CoP als lid.').waitFor();
    await page.getByTestId('members').getByText('Daan Deelnemer').waitFor();
    await expectAccessible(page, 'CoP page, admitted');

    // Home lists both CoPs.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: "Mijn CoP's" })
      .click();
    const mine = page.getByTestId('my-communities');
    await mine.getByRole('link', { name: 'Ketensamenwerking in de praktijk' }).waitFor();
    await mine.getByRole('link', { name: 'Programmadirecteuren Rijk' }).waitFor();
    await expectAccessible(page, 'home with CoPs');
    await saveScreenshot(page, 'communities-home');
  });

  it('does propose a CoP with field errors first, and show that it awaits approval', async () => {
    await insertMember(ui.stack, { email: 'initiatief@minbzk.nl', name: 'Ivo Initiatief' });
    const page = await signedInAs('initiatief@minbzk.nl');
    await page.goto('/communities/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Een CoP voorstellen' }).waitFor();
    await expectAccessible(page, 'propose');
    await page.getByRole('button', { name: 'CoP voorstellen' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: /Naam: Dit veld is verplicht/ })
      .waitFor();
    expect(await page.getByLabel('Naam', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'propose with errors');

    await page.getByLabel('Naam', { exact: true }).fill('Data delen tussen ketenpartners');
    await page.getByLabel('Doel', { exact: true }).fill('Samen regels voor gegevensdeling maken');
    await page.getByLabel('Domein', { exact: true }).fill('Informatiehuishouding');
    await page.getByLabel('Centrale vragen (optioneel)').fill('Wat mag wel?\nWat niet?');
    await page.getByLabel('Digitalisering').check();
    await page.getByLabel(/^Op aanvraag/).check();
    await page.getByLabel('Startdatum').fill('2026-03-01');
    await page.getByLabel('Geplande einddatum (optioneel)').fill('2026-01-01');
    await page.getByRole('button', { name: 'CoP voorstellen' }).click();
    await page.locator('#plannedEndOn-error').waitFor();
    await expectAccessible(page, 'propose with a date error');

    await page.getByLabel('Geplande einddatum (optioneel)').fill('2027-03-01');
    await page.getByRole('button', { name: 'CoP voorstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Je voorstel is ontvangen' }).waitFor();
    await page.getByText(/wacht op goedkeuring door een beheerder|staat open/).waitFor();
    await expectAccessible(page, 'proposed');
    await page.getByRole('link', { name: 'Naar de CoP' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Data delen tussen ketenpartners' })
      .waitFor();
    await page.getByText('Wat mag wel?').waitFor();
    await expectAccessible(page, 'proposed CoP page');
    await saveScreenshot(page, 'communities-proposed');
  });

  it('does bring an invitee who is not signed in back to the invitation after signing in', async () => {
    const trekker = await insertMember(ui.stack, {
      email: 'uitnodiger@minbzk.nl',
      name: 'Uma Uitnodiger',
    });
    await insertCommunity(ui.stack, {
      name: 'Besloten kring',
      slug: 'besloten-kring',
      joinPolicy: 'INVITE_ONLY',
      members: [{ memberId: trekker, role: 'COORDINATOR' }],
    });
    const coordinator = await signedInAs('uitnodiger@minbzk.nl');
    await coordinator.goto('/communities/besloten-kring');
    await coordinator.getByLabel('E-mailadres').fill('gast@minbzk.nl');
    await coordinator.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await coordinator.getByText('Uitnodiging verstuurd naar gast@minbzk.nl.').waitFor();

    const invitation = await ui.stack.mail.waitFor((m) => m.to.includes('gast@minbzk.nl'), 20_000);
    const link = /https?:\/\/[^\s"'<>]+\/communities\/invitation\?token=[^\s"'<>]+/.exec(
      invitation.text ?? '',
    )?.[0];
    expect(link).toBeDefined();

    await insertMember(ui.stack, { email: 'gast@minbzk.nl', name: 'Gijs Gast' });
    const page = await open();
    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging' }).waitFor();
    await expectAccessible(page, 'invitation, signed out');
    await page.getByRole('link', { name: 'Inloggen' }).click();
    await page.getByLabel('E-mailadres').fill('gast@minbzk.nl');
    await page.getByRole('button', { name: 'Stuur inloglink' }).click();
    const signIn = await ui.stack.mail.waitFor(
      (m) => m.to.includes('gast@minbzk.nl') && /auth\/sign-in/.test(m.text ?? ''),
      20_000,
    );
    const signInLink = /https?:\/\/[^\s"'<>]+\/auth\/sign-in\?token=[A-Za-z0-9_-]+/.exec(
      signIn.text ?? '',
    )?.[0];
    await page.goto(signInLink!);
    await page.waitForURL('**/communities/invitation?token=*');
    await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Besloten kring' }).waitFor();
    await page.getByText('Je bent lid van deze CoP als lid.').waitFor();
    await expectAccessible(page, 'CoP page after accepting an invitation');
    await saveScreenshot(page, 'communities-invitation-accepted');
  });
});

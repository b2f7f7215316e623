import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Communities of Practice in the web app', () => {
  const ui = useBrowserStack();
  const signedInAs = (email: string) => ui.signedInAs(email);
  const open = () => ui.open();

  // Signing in, searching, joining, asking to join and being admitted are the journey in
  // cop-journey.spec.ts; this test keeps what the journey does not cover.
  it('does filter by phase, show the phase, and keep the last coordinator from stepping down', async () => {
    const trekker = await insertMember(ui.stack, {
      email: 'trekker@minbzk.nl',
      name: 'Tess Trekker',
    });
    const daan = await insertMember(ui.stack, {
      email: 'daan@minbzk.nl',
      name: 'Daan Deelnemer',
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
      members: [
        { memberId: trekker, role: 'COORDINATOR' },
        { memberId: daan, status: 'PENDING' },
      ],
    });

    // Filtering by phase narrows the list; a result shows its phase and join policy.
    const page = await signedInAs('daan@minbzk.nl');
    await page.goto('/communities');
    await page.getByText("2 CoP's gevonden").waitFor();
    await page.getByLabel('Fase', { exact: true }).selectOption('DEEPENING');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 CoP gevonden').waitFor();
    await page.getByRole('link', { name: 'Programmadirecteuren Rijk' }).waitFor();
    await expectAccessible(page, 'discover, filtered by phase');
    await page.getByLabel('Fase', { exact: true }).selectOption('');
    await page.getByLabel('Zoeken', { exact: true }).fill('samenwerking');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 CoP gevonden').waitFor();
    const result = page.getByRole('listitem').filter({ hasText: 'Ketensamenwerking' });
    await result.getByText('Verbinding en vertrouwen').waitFor();
    await result.getByText('Open', { exact: true }).waitFor();
    await page.goto('/communities/programmadirecteuren');
    await page.locator('[aria-current="step"]', { hasText: 'Verdieping' }).waitFor();
    await page.getByTestId('membership').getByText('Aanvraag in behandeling').waitFor();
    await page.goto('/communities/programmadirecteuren/leden');
    await page.getByText('Alleen leden zien wie er lid zijn.').waitFor();
    // Beheer is not in their menu, and its URL says it is not for them.
    const menu = page.getByRole('navigation', { name: 'Onderdelen van deze CoP' });
    expect(await menu.getByRole('link', { name: 'Beheer' }).count()).toBe(0);
    await page.goto('/communities/programmadirecteuren/beheer');
    await page.getByText('Alleen trekkers en moderatoren van deze CoP beheren haar.').waitFor();
    expect(await page.getByTestId('join-request').count()).toBe(0);

    // The last coordinator cannot step down: CONFLICT, said clearly.
    const coordinator = await signedInAs('trekker@minbzk.nl');
    await coordinator.goto('/communities/programmadirecteuren/beheer');
    await coordinator.getByRole('heading', { level: 2, name: 'Gegevens en fase' }).waitFor();
    await coordinator.getByTestId('join-request').filter({ hasText: 'Daan Deelnemer' }).waitFor();
    await coordinator.goto('/communities/programmadirecteuren/leden');
    await coordinator.getByLabel('Rol van Tess Trekker').selectOption('MEMBER');
    await coordinator.getByRole('button', { name: 'Rol wijzigen (Tess Trekker)' }).click();
    await coordinator
      .getByRole('alert')
      .getByText('Een CoP heeft altijd minstens één trekker.', { exact: false })
      .waitFor();
    await expectAccessible(coordinator, 'CoP page, coordinator refused to step down');
    await saveScreenshot(coordinator, 'communities-coordinator');
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
    await coordinator.goto('/communities/besloten-kring/beheer');
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
    await page.getByText('Je bent lid van deze CoP.').waitFor();
    await expectAccessible(page, 'CoP page after accepting an invitation');
    await saveScreenshot(page, 'communities-invitation-accepted');
  });
  it('does give each section of a CoP its own URL and menu entry, working at 1280 and 390 px', async () => {
    const trekker = await insertMember(ui.stack, {
      email: 'sectie.trekker@minbzk.nl',
      name: 'Sanne Sectie',
    });
    await insertMember(ui.stack, { email: 'buiten@minbzk.nl', name: 'Bob Buitenstaander' });
    await insertCommunity(ui.stack, {
      name: 'Secties in beeld',
      slug: 'secties',
      goal: 'Alles op een eigen plek',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: trekker, role: 'COORDINATOR' }],
    });
    await insertCommunity(ui.stack, {
      name: 'Verborgen kring',
      slug: 'verborgen',
      joinPolicy: 'HIDDEN',
      members: [{ memberId: trekker, role: 'COORDINATOR' }],
    });
    // [path below the CoP, menu label, a heading the section shows]
    const sections = [
      ['', 'Overzicht', 'Jouw deelname'],
      ['/discussies', 'Discussies', 'Discussies'],
      ['/bijeenkomsten', 'Bijeenkomsten', 'Bijeenkomsten'],
      ['/oogst', 'Oogst', 'Oogst'],
      ['/leden', 'Leden', 'Leden'],
      ['/beheer', 'Beheer', 'Gegevens en fase'],
    ] as const;

    const page = await signedInAs('sectie.trekker@minbzk.nl');
    const menu = page.getByRole('navigation', { name: 'Onderdelen van deze CoP' });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/communities/secties');
      for (const [path, label, heading] of sections) {
        await menu.getByRole('link', { name: label, exact: true }).click();
        await page.waitForURL((url) => url.pathname === `/communities/secties${path}`);
        await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
        expect(await menu.locator('[aria-current="page"]').allTextContents()).toEqual([label]);
        await expectAccessible(page, `CoP section ${label} at ${width} px`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect({ section: label, width, overflow }).toEqual({ section: label, width, overflow: 0 });
      }
      await saveScreenshot(page, `communities-sections-beheer-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // A deep link opens its section, survives a reload, and "back" returns to it.
    await page.goto('/communities/secties/oogst');
    await page.getByRole('heading', { level: 2, name: 'Oogst', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Oogst', exact: true }).waitFor();
    expect(await page.title()).toBe('Oogst – Secties in beeld – Leerhuis');
    await menu.getByRole('link', { name: 'Leden', exact: true }).click();
    await page.getByTestId('members').waitFor();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/communities/secties/oogst');
    expect(await menu.locator('[aria-current="page"]').allTextContents()).toEqual(['Oogst']);

    // Older links still land: a thread URL cut short, and join-request emails' #manage.
    await page.goto('/communities/secties/discussions');
    await page.waitForURL((url) => url.pathname === '/communities/secties/discussies');
    await page.goto('/communities/secties#manage');
    await page.waitForURL((url) => url.pathname === '/communities/secties/beheer');
    await page.getByRole('heading', { level: 2, name: 'Gegevens en fase' }).waitFor();

    // A hidden CoP stays hidden from an outsider in every section.
    const outsider = await signedInAs('buiten@minbzk.nl');
    await outsider.goto('/communities/verborgen/leden');
    await outsider
      .getByText('Deze CoP bestaat niet of je hebt er geen toegang toe.', { exact: true })
      .waitFor();
    expect(
      await outsider.getByRole('navigation', { name: 'Onderdelen van deze CoP' }).count(),
    ).toBe(0);
  });

  it('does show a large CoP’s members a page at a time, and no members on its other pages', async () => {
    const members = [];
    for (let i = 1; i <= 60; i += 1) {
      const n = String(i).padStart(2, '0');
      members.push({
        memberId: await insertMember(ui.stack, {
          email: `lid${n}@minbzk.nl`,
          name: `Lid ${n} Groot`,
        }),
      });
    }
    await insertCommunity(ui.stack, {
      name: 'Een grote kring',
      slug: 'grote-kring',
      joinPolicy: 'OPEN',
      members: [{ ...members[0], role: 'COORDINATOR' }, ...members.slice(1)],
    });
    const page = await signedInAs('lid02@minbzk.nl');
    await page.setViewportSize({ width: 390, height: 844 });
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) sent.push(r.postData() ?? '');
    });
    await page.goto('/communities/grote-kring');
    await page.getByRole('heading', { level: 2, name: 'Jouw deelname' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The overview does not load the member list.
    expect(sent.some((body) => body.includes('CommunityMembers'))).toBe(false);

    await page.goto('/communities/grote-kring/leden');
    const list = page.getByTestId('members').getByRole('listitem');
    await page.getByRole('link', { name: 'Volgende leden' }).waitFor();
    expect(await list.count()).toBe(50);
    expect(await list.first().textContent()).toContain('Lid 01 Groot');
    await expectAccessible(page, 'members, first page at 390 px');
    await page.getByRole('link', { name: 'Volgende leden' }).click();
    await page.getByRole('link', { name: 'Terug naar de eerste leden' }).waitFor();
    await page.getByText('Lid 60 Groot').waitFor();
    expect(await list.count()).toBe(10);
    expect(await page.getByRole('link', { name: 'Volgende leden' }).count()).toBe(0);
    await saveScreenshot(page, 'communities-members-page-2-390');
    await page.getByRole('link', { name: 'Terug naar de eerste leden' }).click();
    await page.getByText('Lid 01 Groot').waitFor();
  });
});

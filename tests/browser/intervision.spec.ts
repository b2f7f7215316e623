import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('Intervisie in the web app', () => {
  const ui = useBrowserStack();

  it('does let a moderator run a case through all phases while two participants contribute', async () => {
    const mod = await insertMember(ui.stack, {
      email: 'marieke@minbzk.nl',
      name: 'Marieke Begeleider',
    });
    const anna = await insertMember(ui.stack, { email: 'anna@minbzk.nl', name: 'Anna Inbrenger' });
    const bas = await insertMember(ui.stack, { email: 'bas@minbzk.nl', name: 'Bas Deelnemer' });
    await insertCommunity(ui.stack, {
      name: 'Programmadirecteuren',
      slug: 'programmadirecteuren',
      joinPolicy: 'ON_REQUEST',
      members: [{ memberId: mod, role: 'COORDINATOR' }, { memberId: anna }, { memberId: bas }],
    });

    // The coordinator starts a group from the CoP's beheer section.
    const moderator = await ui.signedInAs('marieke@minbzk.nl');
    await moderator.goto('/communities/programmadirecteuren/beheer');
    const section = moderator.getByTestId('part-intervision');
    await section.getByText('Je zit in geen intervisiegroep van deze CoP.').waitFor();
    await section.getByLabel('Naam van de groep').fill('Intervisie Noord');
    await section.getByRole('button', { name: 'Groep maken' }).click();
    await moderator.getByRole('heading', { level: 1, name: 'Intervisie Noord' }).waitFor();
    const groupId = new URL(moderator.url()).pathname.split('/').at(-1)!;
    await expectAccessible(moderator, 'intervision group page, moderator');

    // The moderator invites Bas on the page; Anna is invited and joins through the API (setup).
    const invite = moderator.getByRole('region', { name: 'Deelnemer uitnodigen' });
    await invite.getByLabel('Naam').fill('Bas');
    await invite.getByRole('button', { name: 'Zoeken' }).click();
    await invite.getByRole('button', { name: 'Bas Deelnemer uitnodigen' }).click();
    await moderator.getByText('Bas Deelnemer is uitgenodigd', { exact: false }).waitFor();
    await moderator.getByText('Bas Deelnemer – Deelnemer (uitgenodigd)').waitFor();
    const api = await sessionFor(ui.stack, 'marieke@minbzk.nl');
    await api.ok(
      `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`,
      { g: groupId, m: anna },
    );
    await (
      await sessionFor(ui.stack, 'anna@minbzk.nl')
    ).ok(
      `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`,
      { g: groupId },
    );
    const participant = await ui.signedInAs('bas@minbzk.nl');
    await participant.goto(`/intervisie/groepen/${groupId}`);
    await participant.getByText('Wat in deze groep besproken wordt', { exact: false }).waitFor();
    await expectAccessible(participant, 'intervision group page, invited');
    await participant.getByLabel('Ik ga akkoord met deze vertrouwelijkheidsafspraak').check();
    await participant.getByRole('button', { name: 'Akkoord en deelnemen' }).click();
    await participant.getByText('Je doet nu mee met deze groep.').waitFor();

    // Anna drafts a case.
    const owner = await ui.signedInAs('anna@minbzk.nl');
    await owner.goto(`/intervisie/groepen/${groupId}`);
    const draft = owner.getByRole('region', { name: 'Casus inbrengen' });
    await draft.getByLabel('Titel').fill('Twee directies, één opgave');
    await draft
      .getByLabel('Wat is er gebeurd?')
      .fill('De samenwerking tussen twee directies loopt vast.');
    await draft.getByLabel('Je vraag aan de groep').fill('Hoe krijg ik beide weer aan tafel?');
    await draft.getByRole('button', { name: 'Casus inbrengen' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Twee directies, één opgave' }).waitFor();
    await owner.getByText('Wacht tot de begeleider je casus in behandeling neemt.').waitFor();
    const casePath = new URL(owner.url()).pathname;
    await expectAccessible(owner, 'intervision case, draft');

    // The moderator accepts it with the incidentmethode; the pitch opens.
    await moderator.goto(casePath);
    await moderator.getByLabel('Werkvorm').selectOption({ label: 'Incidentmethode ' });
    await moderator
      .getByRole('button', { name: 'In behandeling nemen en eerste fase openen' })
      .click();
    await moderator.getByTestId('phase-pitch').waitFor();

    const post = async (page: Page, kind: string | null, text: string) => {
      await page.reload();
      const composer = page.getByRole('form', { name: 'Jouw bijdrage' });
      if (kind) await composer.getByLabel('Soort bijdrage').selectOption({ label: kind });
      await composer.getByLabel('Tekst').fill(text);
      await composer.getByRole('button', { name: 'Plaatsen' }).click();
      await page.getByText(text).waitFor();
    };
    const advance = async (label = 'Fase sluiten en volgende openen') => {
      await moderator.reload();
      await moderator.getByRole('button', { name: label }).click();
      await moderator.getByText('Gedaan.').waitFor();
    };

    await post(owner, null, 'Kort gezegd: niemand voelt zich eigenaar.');
    // The participant only reads in the pitch: no composer.
    await participant.goto(casePath);
    await participant.getByText('Je hoeft nu niets te doen', { exact: false }).waitFor();
    expect(await participant.getByRole('form', { name: 'Jouw bijdrage' }).count()).toBe(0);

    await advance();
    await post(participant, null, 'Wie heeft de opdracht gegeven?');
    // The author edits while the phase is open.
    await participant.getByRole('button', { name: 'Bewerken' }).click();
    await participant.getByLabel('Je bijdrage').fill('Wie heeft de opdracht gegeven, en wanneer?');
    await participant.getByRole('button', { name: 'Opslaan' }).click();
    await participant.getByText('Wie heeft de opdracht gegeven, en wanneer?').waitFor();
    // The composer offers the case owner only answers in the question round.
    await owner.reload();
    await owner.getByRole('form', { name: 'Jouw bijdrage' }).waitFor();
    const options = await owner.getByLabel('Soort bijdrage').locator('option').allTextContents();
    expect(options).toEqual(['Antwoord of toelichting']);
    await post(owner, null, 'De DG van beide directies samen.');

    await advance();
    await owner.reload();
    await owner.getByText('In deze fase luister je alleen', { exact: false }).waitFor();
    expect(await owner.getByRole('form', { name: 'Jouw bijdrage' }).count()).toBe(0);
    await expectAccessible(owner, 'intervision case, listening');
    await post(participant, null, 'Ik zie twee verticale belangen en geen horizontaal.');
    await post(moderator, null, 'Let op de rol van de DG.');

    await advance();
    // Closed phases are final: nothing to edit any more.
    await participant.reload();
    await participant.getByTestId('phase-advice').waitFor();
    expect(await participant.getByRole('button', { name: 'Bewerken' }).count()).toBe(0);
    await post(participant, null, 'Organiseer een sessie over het gedeelde belang.');

    await advance();
    await post(owner, 'Reflectie', 'Het gedeelde belang raakt me.');
    await post(owner, 'Volgende stap', 'Een sessie met beide directeuren.');

    await advance();
    await post(participant, null, 'Goede ronde, veel geleerd.');
    await post(owner, null, 'Dank jullie wel.');
    await expectAccessible(participant, 'intervision case, evaluation');

    await advance('Laatste fase sluiten en afronden');
    await owner.reload();
    await owner.getByLabel('Jouw reflectie').fill('Ik stuurde te snel op inhoud.');
    await owner.getByLabel('Je volgende stap').fill('Gesprek met beide directeuren plannen.');
    await owner.getByRole('button', { name: 'Reflectie opslaan' }).click();
    await owner.getByText('Gedaan.').waitFor();

    await moderator.reload();
    await moderator.getByLabel('Lessen uit deze casus').fill('Benoem eerst het gedeelde belang.');
    await moderator.getByRole('button', { name: 'Lessen vastleggen en casus afsluiten' }).click();
    await moderator.getByText('Deze casus is afgerond.').waitFor();
    await moderator.getByText('Benoem eerst het gedeelde belang.').waitFor();
    const stepper = moderator.getByTestId('stepper');
    expect(await stepper.getByText('(gesloten)').count()).toBe(6);
    await expectAccessible(moderator, 'intervision case, closed');
    await saveScreenshot(moderator, 'intervision-case-closed');

    // The participant got the phase emails with the group's name only.
    const mails = ui.stack.mail.messagesTo('bas@minbzk.nl');
    expect(
      mails.some(
        (m) => m.subject.startsWith('Nieuwe fase geopend') && m.text.includes('Adviesronde'),
      ),
    ).toBe(true);
    expect(mails.some((m) => m.text.includes('loopt vast'))).toBe(false);
  });
});

import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TYPES = [
  'KETENREGIE_FIXED_FRAMEWORKS',
  'KETENREGIE_OWN_FRAMEWORKS',
  'KETENSTURING_MINISTER_FRAMEWORKS',
  'KETENSTURING_COFINANCING',
];
const PHASES = ['START', 'UITVOERING', 'AFRONDING'];

describe('leergroepen in the web app', () => {
  const fixture = useBrowserStack();

  it('does let a director describe a programme and apply, and a facilitator propose, move and confirm a composition', async () => {
    const { stack } = fixture;
    const facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    await insertMember(stack, {
      email: 'pd@minlnv.nl',
      name: 'Pim Programmadirecteur',
      organisationId: ministry(9),
    });
    // A leergroep open for applications with eight applicants already (setup, not under test).
    const [group]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, goal, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, location)
       VALUES ('Leergroep programmadirecteuren 2027', 'Ervaringen spiegelen en rode draden vinden.', $1,
               '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, 'Den Haag') RETURNING id`,
      [facilitatorId],
    );
    for (let i = 0; i < 8; i++) {
      const id = await insertMember(stack, {
        email: `pd${i}@rijksoverheid.nl`,
        name: `Directeur ${String.fromCharCode(65 + i)}`,
        organisationId: ministry(i + 1),
      });
      const [programme]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, has_budget)
         VALUES ($1, $2, $3, $4, 'IMPLEMENTATION', $5, true) RETURNING id`,
        [id, `Programma ${i}`, ministry(i + 1), TYPES[i % 4], PHASES[i % 3]],
      );
      await stack.dataSource.query(
        `INSERT INTO learning_group_application (learning_group_id, applicant_id, programme_id, learning_wish)
         VALUES ($1, $2, $3, 'Leren van andere programma''s.')`,
        [group.id, id, programme.id],
      );
    }

    // A programme director describes a programme and applies.
    const director = await fixture.signedInAs('pd@minlnv.nl');
    await director.goto('/');
    await director.getByRole('link', { name: 'Leergroepen' }).first().click();
    await director.getByRole('heading', { level: 1, name: 'Leergroepen' }).waitFor();
    await expectAccessible(director, 'leergroepen overview');
    await director.getByRole('button', { name: 'Programma opslaan' }).click();
    await director.getByRole('link', { name: 'Kies het ministerie dat eigenaar is.' }).waitFor();
    await director.getByLabel('Naam van het programma').fill('Programma Natuurherstel');
    await director
      .getByLabel('Eigenaar (ministerie)')
      .selectOption('00000000-0000-4000-8000-000000000009');
    await director.getByLabel('Type programma').selectOption('KETENSTURING_COFINANCING');
    await director.getByLabel('Strategie').selectOption('STIMULATION');
    await director.getByLabel('Fase', { exact: true }).selectOption('START');
    await director.getByLabel('Thema’s').fill('natuur, stikstof');
    await director.getByLabel('Het programma heeft een eigen budget').check();
    await director.getByRole('button', { name: 'Programma opslaan' }).click();
    await director.getByText('Je programma is opgeslagen.').waitFor();
    await director.getByTestId('my-programmes').getByText('Programma Natuurherstel').waitFor();
    await expectAccessible(director, 'programme saved');

    await director.getByRole('link', { name: 'Leergroep programmadirecteuren 2027' }).click();
    await director.getByRole('heading', { level: 2, name: 'Aanmelden' }).waitFor();
    await director.getByLabel('Wat wil je leren?').fill('Kort');
    await director.getByRole('button', { name: 'Aanmelden' }).click();
    await director
      .getByRole('link', { name: 'Beschrijf in 10 tot 2000 tekens wat je wilt leren.' })
      .waitFor();
    await expectAccessible(director, 'application with an error');
    await director
      .getByLabel('Wat wil je leren?')
      .fill('Hoe stuur je een keten die je niet zelf financiert?');
    await director.getByRole('button', { name: 'Aanmelden' }).click();
    await director.getByText('Jouw aanmelding: Aangemeld').waitFor();
    await expectAccessible(director, 'applied');
    // Withdraw and apply again: the form comes back.
    await director.getByRole('button', { name: 'Aanmelding intrekken' }).click();
    await director
      .getByLabel('Wat wil je leren?')
      .fill('Hoe stuur je een keten die je niet zelf financiert?');
    await director.getByRole('button', { name: 'Aanmelden' }).click();
    await director.getByText('Jouw aanmelding: Aangemeld').waitFor();

    // The facilitator proposes a composition, moves someone and confirms.
    const page = await fixture.signedInAs('begeleider@adviespool.nl');
    await page.goto(`/leergroepen/${group.id}`);
    await page.getByRole('heading', { level: 2, name: 'Samenstelling' }).waitFor();
    await page.getByText('9 aanmeldingen').waitFor();
    await expectAccessible(page, 'composition before a proposal');
    await page.getByRole('button', { name: 'Voorstel maken' }).click();
    await page.getByRole('heading', { level: 3, name: 'Groep 2' }).waitFor();
    const table1 = page.getByRole('table', { name: 'Groep 1' });
    const table2 = page.getByRole('table', { name: 'Groep 2' });
    expect(await table1.getByRole('row').count()).toBe(6); // header + 5
    // The first column holds people (with their programme), and says so.
    await table1.getByRole('columnheader', { name: 'Deelnemer en programma' }).waitFor();
    expect(await table1.getByRole('columnheader', { name: 'Naam van het programma' }).count()).toBe(
      0,
    );
    expect(await table2.getByRole('row').count()).toBe(5); // header + 4
    await page
      .getByText(/Iedereen komt van een ander ministerie/)
      .first()
      .waitFor();
    await expectAccessible(page, 'proposal');

    // The applicant's name is a link to their member page (initials beside it).
    const moved = await table1
      .getByRole('row')
      .nth(1)
      .getByRole('cell')
      .first()
      .locator('.member-link__name')
      .innerText();
    await table1
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /Verplaats/ })
      .click();
    await table2.getByRole('cell', { name: new RegExp(`^${moved}`) }).waitFor();
    await page.waitForFunction(
      () => document.querySelectorAll('table')[0]?.querySelectorAll('tr').length === 5,
    );
    expect(await table2.getByRole('row').count()).toBe(6);

    // One more to group 2 leaves group 1 with 3: confirming is refused, in Dutch.
    await table1
      .getByRole('row')
      .nth(1)
      .getByRole('button', { name: /Verplaats/ })
      .click();
    await page.waitForFunction(
      () => document.querySelectorAll('table')[0]?.querySelectorAll('tr').length === 4,
    );
    await page.getByRole('button', { name: 'Samenstelling bevestigen' }).click();
    await page.getByText('Groep 1 heeft 3 deelnemers; een groep heeft er 4 tot 8 nodig.').waitFor();
    await expectAccessible(page, 'composition refused');
    await table2
      .getByRole('row')
      .last()
      .getByRole('button', { name: /Verplaats/ })
      .click();
    await page.waitForFunction(
      () => document.querySelectorAll('table')[0]?.querySelectorAll('tr').length === 5,
    );

    await page.getByRole('button', { name: 'Samenstelling bevestigen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Deelnemers en bijeenkomsten' }).waitFor();
    await page.getByTestId('group-2').getByText(moved).waitFor();
    await page.getByText(/Eerste bijeenkomst: dinsdag 12 januari 2027/).waitFor();
    await expectAccessible(page, 'confirmed composition');
    await saveScreenshot(page, 'learning-groups-composition');

    // The facilitator opens the group page and schedules the first session of group 1.
    await page.goto(`/leergroepen/${group.id}`);
    const first = page.getByTestId('sessions-1').getByTestId('session-1-1');
    await first.getByText(/Bijeenkomst 1: dinsdag 12 januari 2027/).waitFor();
    await first.getByRole('button', { name: 'Bijeenkomst bewerken' }).click();
    // 02:30 on the last Sunday of March does not exist in Amsterdam: refused, in Dutch.
    await first.getByLabel('Datum en tijd (Amsterdam)').fill('2027-03-28T02:30');
    await first.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await first
      .getByRole('link', {
        name: /Kies een datum en tijd binnen de looptijd die in Amsterdam bestaat/,
      })
      .waitFor();
    await expectAccessible(page, 'session time refused');
    await first.getByLabel('Datum en tijd (Amsterdam)').fill('2027-01-13T15:30');
    await first.getByLabel('Agenda').fill('Kennismaken, leervragen delen en afspraken maken.');
    await first.getByRole('button', { name: 'Bijeenkomst opslaan' }).click();
    await first.getByText('De bijeenkomst is opgeslagen.').waitFor();
    await first.getByText(/Bijeenkomst 1: woensdag 13 januari 2027 om 15:30/).waitFor();
    await first.getByText('Kennismaken, leervragen delen en afspraken maken.').first().waitFor();
    await expectAccessible(page, 'first session scheduled');
    await saveScreenshot(page, 'learning-groups-first-session');

    // A rode draad: refused without a title, then recorded with themes and found by theme.
    const threads = page.getByTestId('threads');
    await threads.getByRole('button', { name: 'Rode draad opslaan' }).click();
    await threads.getByRole('link', { name: 'Geef een titel van 3 tot 160 tekens.' }).waitFor();
    await threads.getByLabel('Titel').fill('Sturen zonder mandaat');
    await threads.getByLabel('Thema’s').fill('Sturing, eigenaarschap');
    await threads.getByRole('button', { name: 'Rode draad opslaan' }).click();
    await threads.getByText('De rode draad is opgeslagen.').waitFor();
    await threads.getByRole('heading', { level: 3, name: 'Sturen zonder mandaat' }).waitFor();
    await threads.getByLabel('Toon rode draden met thema').selectOption('eigenaarschap');
    await threads.getByText('Thema’s: sturing, eigenaarschap').waitFor();
    await expectAccessible(page, 'rode draad recorded');
    const [session]: { starts_at: Date; agenda: string }[] = await stack.dataSource.query(
      `SELECT starts_at, agenda FROM learning_group_session
        WHERE learning_group_id = $1 AND group_number = 1 AND sequence = 1`,
      [group.id],
    );
    expect(session.starts_at.toISOString()).toBe('2027-01-13T14:30:00.000Z');

    const [{ n }]: { n: number }[] = await stack.dataSource.query(
      `SELECT count(*)::int AS n FROM learning_group_member WHERE learning_group_id = $1`,
      [group.id],
    );
    expect(n).toBe(9);
  }, 120_000);

  it('does let a platform admin open a leergroep and appoint a facilitator from outside the ministries', async () => {
    const { stack } = fixture;
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    await insertMember(stack, { email: 'kees@adviespool.nl', name: 'Kees Koppelaar' });
    const page = await fixture.signedInAs('beheer@minbzk.nl');
    await page.goto('/leergroepen');
    await page.getByRole('heading', { level: 2, name: 'Leergroep openen' }).waitFor();
    await page.getByLabel('Naam van de leergroep').fill('Leergroep 2028');
    await page.getByRole('button', { name: 'Leergroep openen' }).click();
    await page.getByRole('link', { name: 'Kies een begeleider' }).waitFor();
    await page.getByLabel('Zoek de begeleider').fill('Kees');
    await page.getByRole('option', { name: 'Kees Koppelaar (BZK)' }).waitFor({ state: 'attached' });
    await page
      .getByLabel('Begeleider', { exact: true })
      .selectOption({ label: 'Kees Koppelaar (BZK)' });
    await page.getByRole('button', { name: 'Leergroep openen' }).click();
    await page.getByRole('link', { name: 'Vul een datum in.', exact: true }).waitFor();
    await expectAccessible(page, 'open a leergroep with errors');
    await page.getByLabel('Eerste dag van de looptijd').fill('2028-01-01');
    await page.getByLabel('Laatste dag van de looptijd').fill('2028-12-31');
    await page.getByLabel('Eerste bijeenkomst (tijd in Nederland)').fill('2028-01-11T14:00');
    await page.getByLabel('Locatie').fill('Utrecht');
    await page.getByRole('button', { name: 'Leergroep openen' }).click();
    await page.getByText('De leergroep is geopend voor aanmeldingen.').waitFor();
    await page.getByRole('link', { name: 'Leergroep 2028' }).waitFor();
    await expectAccessible(page, 'leergroep opened');
    const [row]: { first: Date; cadence: number; size: number }[] = await stack.dataSource.query(
      `SELECT first_session_at AS first, cadence_weeks AS cadence, target_size AS size FROM learning_group WHERE name = 'Leergroep 2028'`,
    );
    expect(row).toEqual({ first: new Date('2028-01-11T13:00:00Z'), cadence: 6, size: 6 });
  }, 60_000);

  it('does let a member reflect on a past session (the email link) and the facilitator read the answers', async () => {
    const { stack } = fixture;
    const facilitatorId = await insertMember(stack, {
      email: 'reflectie-begeleider@adviespool.nl',
      name: 'Rob Begeleider',
    });
    const [group]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status, cadence_weeks, session_minutes)
       VALUES ('Leergroep met reflectie', $1, current_date - 10, current_date + 60,
               date_trunc('hour', now() - interval '2 days'), 4, 'RUNNING', 2, 120) RETURNING id`,
      [facilitatorId],
    );
    for (let i = 0; i < 4; i++) {
      const id = await insertMember(stack, {
        email: `reflectie${i}@rijksoverheid.nl`,
        name: `Deelnemer ${i}`,
      });
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, 1)`,
        [group.id, id],
      );
    }
    const member = await fixture.signedInAs('reflectie0@rijksoverheid.nl');
    await member.goto(`/leergroepen/${group.id}`);
    const first = member.getByTestId('session-1-1');
    await first.getByRole('group', { name: 'Jouw reflectie' }).waitFor();
    await first.getByRole('button', { name: 'Reflectie versturen' }).click();
    await first.getByRole('link', { name: 'Vul 2 tot 4000 tekens in.' }).first().waitFor();
    await expectAccessible(member, 'reflection with errors');
    await first.getByLabel('Wat gebeurde er?').fill('We bespraken elkaars sturingsvraagstukken.');
    await first.getByLabel('Wat leverde het op?').fill('Herkenning en twee concrete tips.');
    await first.getByLabel('Wat passen we aan?').fill('Meer tijd voor de casus.');
    await first.getByRole('button', { name: 'Reflectie versturen' }).click();
    await first.getByText('Je reflectie is opgeslagen.').waitFor();
    await first.getByRole('button', { name: 'Reflectie bijwerken' }).waitFor();
    await expectAccessible(member, 'reflection sent');
    // The link in the email opens the form of that session.
    const [session]: { id: string }[] = await stack.dataSource.query(
      `SELECT id FROM learning_group_session WHERE learning_group_id = $1 AND sequence = 1`,
      [group.id],
    );
    await member.goto(`/leergroepen/${group.id}#reflectie-${session.id}`);
    await member.locator(`#reflectie-${session.id}`).waitFor();

    const facilitator = await fixture.signedInAs('reflectie-begeleider@adviespool.nl');
    await facilitator.goto(`/leergroepen/${group.id}`);
    const overview = facilitator.getByTestId('session-1-1-reflections');
    await overview.getByText('Reflecties (1)').click();
    await overview.getByText('Herkenning en twee concrete tips.').waitFor();
    await expectAccessible(facilitator, 'reflections overview');
    await saveScreenshot(facilitator, 'learning-groups-reflections');
  }, 60_000);
});

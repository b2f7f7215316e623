import { insertCommunity } from '../integration/communities-support';
import { insertMember, MINISTRY, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

const QUESTIONNAIRE = `query { boundarySpannerQuestionnaire { version items { key } } }`;
const SAVE = `mutation($input: SaveBoundarySpannerAnswersInput!) { saveBoundarySpannerAnswers(input: $input) { id } }`;
const SUBMIT = `mutation($input: SubmitBoundarySpannerQuestionnaireInput!) { submitBoundarySpannerQuestionnaire(input: $input) { preferredStyles } }`;

describe('koffiedate in the web app', () => {
  const fixture = useBrowserStack();
  let noorId: string;

  beforeAll(async () => {
    const { stack } = fixture;
    noorId = await insertMember(stack, { email: 'noor@minbzk.nl', name: 'Noor Nieuwenhuis' });
    await insertMember(stack, {
      email: 'fleur@minfin.nl',
      name: 'Fleur Fransen',
      organisationId: MINISTRY.FIN,
    });
  });

  /**
   * Noor's profile, which the first test makes in the browser: taken through the API, with the
   * same answers, when she has none (the admin test run alone).
   */
  async function noorHasAProfile(): Promise<void> {
    const { stack } = fixture;
    const found: unknown[] = await stack.dataSource.query(
      `SELECT 1 FROM boundary_spanner_profile WHERE member_id = $1`,
      [noorId],
    );
    if (found.length > 0) return;
    const noor = await sessionFor(stack, 'noor@minbzk.nl');
    const { boundarySpannerQuestionnaire: q } = await noor.ok<{
      boundarySpannerQuestionnaire: { version: number; items: { key: string }[] };
    }>(QUESTIONNAIRE);
    const answers = q.items.map((item, index) => ({
      itemKey: item.key,
      value: ((index * 3) % 5) + 1,
    }));
    const draft = await noor.ok<{ saveBoundarySpannerAnswers: { id: string } }>(SAVE, {
      input: { version: q.version, answers },
    });
    await noor.ok(SUBMIT, { input: { attemptId: draft.saveBoundarySpannerAnswers.id } });
  }

  it('does let a new member take the questionnaire, see the profile chart, opt in for next month and pause', async () => {
    const { stack } = fixture;
    const page = await fixture.signedInAs('noor@minbzk.nl');
    await page.goto('/');
    // The questionnaire first, as the invitation suggests.
    await page.getByRole('link', { name: 'Grenswerkersprofiel' }).click();
    await page.getByRole('link', { name: 'Vragenlijst invullen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grenswerkersvragen' }).waitFor();
    const statements = page.getByTestId('statement');
    const total = await statements.count();
    for (let index = 0; index < total; index += 1) {
      const radios = statements.nth(index).getByRole('radio');
      await radios.nth((index * 3) % (await radios.count())).check();
    }
    await page.getByText(`${total} van ${total} beantwoord`).waitFor();
    await page.getByRole('button', { name: 'Bekijk mijn profiel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn grenswerkersprofiel' }).waitFor();
    await page.getByRole('img', { name: /Scores per stijl/ }).waitFor();
    await expectAccessible(page, 'profile chart');

    // The koffiedate page, from the navigation.
    await page.getByRole('link', { name: 'Koffiedate', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Koffiedate' }).waitFor();
    await page.getByTestId('coffee-date-status').getByText('Je doet nu niet mee.').waitFor();
    // The questionnaire is done: no hint to answer it; not in yet: nothing to sign off from.
    await page.getByRole('link', { name: 'Bekijk je grenswerkersprofiel' }).waitFor();
    expect(await page.getByText('Nog geen grenswerkersprofiel?').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
    await expectAccessible(page, 'koffiedate page');

    // No round is open: opting in is for the next one.
    await page.getByRole('radio', { name: 'Alleen de volgende koffiedate' }).check();
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Je bent aangemeld.').waitFor();
    await page
      .getByTestId('coffee-date-status')
      .getByText(/Je doet mee aan de volgende ronde/)
      .waitFor();
    // Signed up: only signing off applies.
    await page.getByRole('button', { name: 'Afmelden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);

    // Fleur goes on the private list.
    await page.getByLabel('Zoek een collega op naam').fill('Fleur');
    await page.getByRole('main').getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: 'Fleur Fransen toevoegen aan mijn lijst' }).click();
    await page.getByTestId('block-list').getByRole('link', { name: 'Fleur Fransen' }).waitFor();

    // Pause for two months.
    await page.getByLabel('Hoe lang pauzeren?').selectOption('2');
    await page.getByRole('button', { name: 'Pauzeren', exact: true }).click();
    await page.getByText('Je koffiedates staan op pauze.', { exact: true }).waitFor();
    await page
      .getByTestId('coffee-date-status')
      .getByText(/staan op pauze tot/)
      .waitFor();
    await page.getByRole('button', { name: 'Hervatten' }).waitFor();
    await expectAccessible(page, 'koffiedate page, paused');
    await saveScreenshot(page, 'koffiedate');

    const [row] = await stack.dataSource.query(
      `SELECT p.next_round, p.paused_until > current_date AS paused,
              (SELECT count(*)::int FROM coffee_date_block b WHERE b.member_id = p.member_id) AS blocks
         FROM coffee_date_preference p JOIN member m ON m.id = p.member_id WHERE m.email = 'noor@minbzk.nl'`,
    );
    expect(row).toEqual({ next_round: false, paused: true, blocks: 1 });
  });

  it('does show admins the rounds with a stats chart and a preview', async () => {
    const { stack } = fixture;
    await noorHasAProfile();
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    const [{ id }] = await stack.dataSource.query(
      `INSERT INTO coffee_date_round (kind, period, state, seed, opens_at, signup_deadline, reminder_at, closes_at, closed_at)
       VALUES ('MONTHLY', '2026-01', 'CLOSED', 'demo', '2026-01-01', '2026-01-08', '2026-01-22', '2026-01-28', '2026-01-28')
       RETURNING id`,
    );
    const members: { id: string }[] = await stack.dataSource.query(
      `SELECT id FROM member ORDER BY email`,
    );
    for (const m of members) {
      await stack.dataSource.query(
        `INSERT INTO coffee_date_participant (round_id, member_id, via, preferred_styles) VALUES ($1, $2, 'ROUND', '{verbinder}')`,
        [id, m.id],
      );
    }
    const [{ id: matchId }] = await stack.dataSource.query(
      `INSERT INTO coffee_date_match (round_id, kind, slot_starts_at) VALUES ($1, 'PAIR', '2026-01-12T09:00:00Z') RETURNING id`,
      [id],
    );
    await stack.dataSource.query(
      `INSERT INTO coffee_date_match_member (match_id, member_id, round_id, met, rating, feedback_at)
       VALUES ($1, $2, $3, true, 5, now()), ($1, $4, $3, true, 4, now())`,
      [matchId, members[0].id, id, members[1].id],
    );

    const page = await fixture.signedInAs('beheer@minbzk.nl');
    await page.goto('/koffiedate/beheer');
    await page.getByRole('heading', { level: 1, name: 'Koffiedaterondes' }).waitFor();
    const chart = page.getByRole('img', { name: /Deelname en resultaat/ });
    await chart.waitFor();
    await page
      .getByTestId('stats-table')
      .getByRole('row', { name: /Gemelde ontmoetingen 1/ })
      .waitFor();
    await page.getByText('Gemiddelde waardering: 4,5 (2 beoordelingen)').waitFor();
    await page.getByRole('button', { name: 'Voorproefje van de matching' }).click();
    await page
      .getByTestId('preview')
      .getByText(/Dit zijn de verstuurde groepen/)
      .waitFor();
    await expectAccessible(page, 'koffiedate admin');
    await saveScreenshot(page, 'koffiedate-admin');

    // No round this month yet: it can be opened. Once open, the action goes; the open round
    // counts Noor (who has a profile) as with a profile before any matching.
    await page.getByRole('button', { name: 'Ronde van deze maand openen' }).click();
    await page.getByRole('cell', { name: 'Aanmelden open' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ronde van deze maand openen' }).count()).toBe(0);
    const [open] = await stack.dataSource.query(
      `SELECT id FROM coffee_date_round WHERE state = 'OPEN' AND kind = 'MONTHLY'`,
    );
    await stack.dataSource.query(
      `INSERT INTO coffee_date_participant (round_id, member_id, via)
       SELECT $1, id, 'ROUND' FROM member WHERE email IN ('noor@minbzk.nl', 'beheer@minbzk.nl')`,
      [open.id],
    );
    await page.goto(`/koffiedate/beheer?ronde=${open.id}`);
    await page.getByText('Zonder grenswerkersprofiel: 1').waitFor();

    // Members do not get the admin page.
    const member = await fixture.signedInAs('noor@minbzk.nl');
    await member.goto('/koffiedate/beheer');
    await member
      .getByText('Alleen platformbeheerders kunnen de koffiedaterondes beheren.')
      .waitFor();
    expect(await member.getByRole('img', { name: /Deelname en resultaat/ }).count()).toBe(0);
  });

  it('does let a coordinator request a team koffiedate for their CoP on a chosen day', async () => {
    const { stack } = fixture;
    const ministries = [MINISTRY.BZK, MINISTRY.FIN, MINISTRY.EZK, MINISTRY.IenW, MINISTRY.AZ];
    const ids: string[] = [];
    for (const [n, organisationId] of ministries.entries()) {
      ids.push(
        await insertMember(stack, {
          email: `team${n}@rijksoverheid.nl`,
          name: `Teamlid ${n}`,
          organisationId,
        }),
      );
    }
    await insertCommunity(stack, {
      name: 'Teamkoffie',
      slug: 'teamkoffie',
      joinPolicy: 'OPEN',
      members: ids.map((memberId, n) => ({ memberId, role: n === 0 ? 'COORDINATOR' : 'MEMBER' })),
    });
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

    const page = await fixture.signedInAs('team0@rijksoverheid.nl');
    await page.goto('/communities/teamkoffie/beheer');
    const section = page.getByTestId('team-coffee-date');
    await section.getByRole('heading', { name: 'Teamkoffiedate' }).waitFor();
    // Yesterday is refused on the field itself.
    await section.getByLabel('Op welke dag?').fill(day(-1));
    await section.getByRole('button', { name: 'Teamkoffiedate aanvragen' }).click();
    await section.getByText('Kies een dag vanaf morgen tot een jaar vooruit.').waitFor();
    await section.getByLabel('Op welke dag?').fill(day(10));
    await section.getByRole('button', { name: 'Teamkoffiedate aanvragen' }).click();
    await section.getByText(/Aangevraagd voor .*De leden krijgen zo een e-mail/).waitFor();
    await expectAccessible(page, 'CoP page with team koffiedate');
    await saveScreenshot(page, 'team-koffiedate');

    const [round] = await stack.dataSource.query(
      `SELECT r.meet_on::text AS meet_on, count(p.member_id)::int AS participants
         FROM coffee_date_round r JOIN coffee_date_participant p ON p.round_id = r.id
        WHERE r.kind = 'TEAM' GROUP BY r.id`,
    );
    expect(round).toEqual({ meet_on: day(10), participants: 5 });

    // Members who do not coordinate do not get the form.
    const member = await fixture.signedInAs('team1@rijksoverheid.nl');
    await member.goto('/communities/teamkoffie/beheer');
    await member.getByRole('heading', { level: 1, name: 'Teamkoffie' }).waitFor();
    expect(await member.getByTestId('team-coffee-date').count()).toBe(0);
  });
});

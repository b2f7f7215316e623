import { waitFor } from '@leerhuis/platform-testing';

import { insertCommunity } from '../integration/communities-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('grenswerkersprofiel in the web app', () => {
  const fixture = useBrowserStack();

  it('does let a new member take the questionnaire by keyboard, resume it, see the profile chart, a style page and the team profile', async () => {
    const { stack } = fixture;
    const noor = await insertMember(stack, { email: 'noor@minbzk.nl', name: 'Noor Nieuwenhuis' });
    const bram = await insertMember(stack, { email: 'bram@minbzk.nl', name: 'Bram Bakker' });
    const quiet = await insertMember(stack, { email: 'stil@minbzk.nl', name: 'Stille Sam' });
    await insertCommunity(stack, {
      name: 'Samenwerken in de keten',
      slug: 'keten',
      joinPolicy: 'OPEN',
      members: [{ memberId: noor }, { memberId: bram, role: 'COORDINATOR' }, { memberId: quiet }],
    });
    // Bram shares a profile with his CoPs (setup, not behaviour under test).
    const [attempt]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO boundary_spanner_attempt (member_id, questionnaire_version, submitted_at)
       VALUES ($1, 1, now()) RETURNING id`,
      [bram],
    );
    await stack.dataSource.query(
      `INSERT INTO boundary_spanner_profile (member_id, attempt_id, questionnaire_version, scores, preferred_styles)
       VALUES ($1, $2, 1, '{"VERBINDER":40,"MOTIVATOR":50,"CARTOGRAAF":90,"HELD":30,"VINDER":60,"ONDERHANDELAAR":70}', '{CARTOGRAAF}')`,
      [bram, attempt.id],
    );
    await stack.dataSource.query(
      `INSERT INTO boundary_spanner_setting (member_id, visibility) VALUES ($1, 'MY_COMMUNITIES')`,
      [bram],
    );

    const page = await fixture.signedInAs('noor@minbzk.nl');
    await page.goto('/');
    await page.getByRole('link', { name: 'Grenswerkersprofiel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn grenswerkersprofiel' }).waitFor();
    await page.getByText('Je hebt de grenswerkersvragen nog niet ingevuld.').waitFor();
    await expectAccessible(page, 'profile without answers');

    await page.getByRole('link', { name: 'Vragenlijst invullen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Grenswerkersvragen' }).waitFor();
    const statements = page.getByTestId('statement');
    const total = await statements.count();
    expect(total).toBeGreaterThanOrEqual(24);
    await page.getByText(`0 van ${total} beantwoord`).waitFor();
    await expectAccessible(page, 'questionnaire');

    const answersStored = async (n: number) =>
      waitFor(async () => {
        const [row]: { n: string }[] = await stack.dataSource.query(
          `SELECT count(*) AS n FROM boundary_spanner_answer x
             JOIN boundary_spanner_attempt a ON a.id = x.attempt_id
            WHERE a.member_id = $1 AND a.submitted_at IS NULL`,
          [noor],
        );
        return Number(row.n) === n || undefined;
      }, `${n} saved answers`);

    /** Answers statements from..to with the keyboard only: arrows within a group, Tab onwards. */
    async function answerByKeyboard(from: number, to: number) {
      await statements.nth(from).getByRole('radio').first().focus();
      for (let index = from; index < to; index += 1) {
        const steps = (index * 3) % 5; // a varied answer: 1…5
        if (steps === 0) await page.keyboard.press('Space');
        for (let step = 0; step < steps; step += 1) await page.keyboard.press('ArrowRight');
        if (index < to - 1) await page.keyboard.press('Tab');
      }
    }

    const half = Math.floor(total / 2);
    await answerByKeyboard(0, half);
    await page.getByText(`${half} van ${total} beantwoord`).waitFor();
    await answersStored(half);

    // Resume later: the saved answers come back.
    await page.reload();
    await page.getByText(`${half} van ${total} beantwoord`).waitFor();
    expect(
      await statements.nth(1).getByRole('radio', { name: 'Eens', exact: true }).isChecked(),
    ).toBe(true);

    await answerByKeyboard(half, total);
    await page.getByText(`${total} van ${total} beantwoord`).waitFor();
    await answersStored(total);
    await expectAccessible(page, 'questionnaire, all answered');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Bekijk mijn profiel',
    );
    await page.keyboard.press('Enter');

    await page.getByText('Je profiel is klaar.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Mijn grenswerkersprofiel' }).waitFor();
    const chart = page.getByRole('img', { name: /Scores per stijl/ });
    await chart.waitFor();
    expect(await page.getByTestId('score-table').getByRole('row').count()).toBe(7);
    await page.getByText(/Je voorkeursstijl(en)?: /).waitFor();
    await expectAccessible(page, 'my profile');
    await saveScreenshot(page, 'boundary-spanner-profile');

    // Share with my CoPs, so my profile counts in the team profile.
    await page.getByRole('radio', { name: /Leden van mijn CoP's/ }).check();
    await page.getByRole('button', { name: 'Zichtbaarheid opslaan' }).click();
    await page.getByText('Je keuze is opgeslagen.').waitFor();

    await page
      .getByTestId('score-table')
      .getByRole('link', { name: 'Cartograaf', exact: true })
      .click();
    await page.waitForURL('**/grenswerkers/stijlen/cartograaf');
    await page.getByRole('heading', { level: 1, name: 'Cartograaf' }).waitFor();
    for (const heading of ['Kwaliteiten', 'Valkuilen', 'Samenwerken met deze stijl']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await expectAccessible(page, 'style page');
    await saveScreenshot(page, 'boundary-spanner-style');

    await page.goto('/communities/keten/leden');
    const team = page.getByTestId('team-profile');
    await team.getByRole('heading', { level: 2, name: 'Teamprofiel' }).waitFor();
    await team.getByText('2 van 3 leden delen hun profiel met jou.').waitFor();
    await team.getByRole('img', { name: /Gemiddelde score per stijl/ }).waitFor();
    await expectAccessible(page, 'CoP page with team profile');
    await team.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'boundary-spanner-team-profile');
  });
});

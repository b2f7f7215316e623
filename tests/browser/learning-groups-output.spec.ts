import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

const ministry = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('leergroep shared output and peer introductions in the web app', () => {
  const fixture = useBrowserStack();

  it('does let group members write, approve and publish an output, and a director ask for an introduction', async () => {
    const { stack } = fixture;
    const facilitatorId = await insertMember(stack, {
      email: 'begeleider@adviespool.nl',
      name: 'Bea Begeleider',
    });
    const [group]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, target_size, status)
       VALUES ('Leergroep 2027', $1, '2027-01-01', '2027-12-31', '2027-01-12T13:00:00Z', 4, 'RUNNING') RETURNING id`,
      [facilitatorId],
    );
    const members: string[] = [];
    for (let i = 0; i < 4; i++) {
      const id = await insertMember(stack, {
        email: `pd${i}@rijksoverheid.nl`,
        name: `Directeur ${String.fromCharCode(65 + i)}`,
        organisationId: ministry(i + 1),
      });
      members.push(id);
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, 1)`,
        [group.id, id],
      );
      await stack.dataSource.query(
        `INSERT INTO programme (director_id, name, ministry_id, type, strategy, phase, themes, has_budget)
         VALUES ($1, $2, $3, 'KETENREGIE_OWN_FRAMEWORKS', 'POLICY', 'START', '{wonen}', true)`,
        [id, `Programma ${i}`, ministry(i + 1)],
      );
    }
    // Three members approved already (setup); the fourth writes, approves and publishes.
    const page = await fixture.signedInAs('pd0@rijksoverheid.nl');
    await page.goto(`/leergroepen/${group.id}`);
    await page.getByRole('heading', { level: 4, name: 'Gezamenlijke opbrengst' }).waitFor();
    const section = page.getByTestId('output-1');
    await section.getByText('Nieuwe opbrengst beginnen').click();
    await section.getByLabel('Titel').fill('Lessen over ketenregie');
    await section
      .getByLabel('Tekst (Markdown)')
      .fill('## Eerste les\n\nSamen sturen lukt alleen met **vertrouwen**.');
    await section.getByRole('button', { name: 'Beginnen' }).click();
    await page.getByText('Lessen over ketenregie (Artikel, Versie 1)').waitFor();
    await page.getByRole('heading', { name: 'Eerste les' }).waitFor();
    await expectAccessible(page, 'output created');
    await section.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText('Nog niet iedereen in de groep heeft deze versie goedgekeurd.').waitFor();
    const [output]: { id: string }[] = await stack.dataSource.query(
      `SELECT id FROM learning_group_output`,
    );
    for (const memberId of members.slice(1))
      await stack.dataSource.query(
        `INSERT INTO learning_group_output_approval (output_id, member_id, version) VALUES ($1, $2, 1)`,
        [output.id, memberId],
      );
    await page.getByRole('button', { name: 'Deze versie goedkeuren' }).click();
    await page.getByText('Iedereen in de groep heeft deze versie goedgekeurd.').waitFor();
    await section.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByText(/Gepubliceerd op .*; staat in de oogst\./).waitFor();
    await expectAccessible(page, 'output published');
    await saveScreenshot(page, 'learning-groups-output');

    // Peer introductions: ask, see proposals with reasons, pick.
    await page.goto('/kennismaken');
    await page.getByRole('heading', { level: 1, name: /Kennismaken/ }).waitFor();
    await page.getByRole('button', { name: 'Voorstellen vragen' }).click();
    await page.getByRole('button', { name: 'Kies Directeur B' }).waitFor();
    await page
      .getByText(/zelfde soort programma/)
      .first()
      .waitFor();
    await expectAccessible(page, 'introduction proposals');
    await page.getByRole('button', { name: 'Kies Directeur B' }).click();
    await page.getByText('Je koos Directeur B; we wachten op het antwoord.').waitFor();

    const peer = await fixture.signedInAs('pd1@rijksoverheid.nl');
    await peer.goto('/kennismaken');
    await peer.getByText('Directeur A wil graag met je kennismaken.').waitFor();
    await expectAccessible(peer, 'introduction to answer');
    await peer.getByRole('button', { name: 'Ja, graag kennismaken' }).click();
    await peer.getByText(/Geaccepteerd/).waitFor();
    await saveScreenshot(peer, 'learning-groups-introductions');
  }, 120_000);
});

import { QueueProducer } from '@leerhuis/platform-queue';

import type { Page } from 'playwright-core';

import { insertCommunity } from '../integration/communities-support';
import { DIGEST_SUBJECT, makeDue, runDigests } from '../integration/digests-support';
import { insertMember } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

const WIDTHS = [1280, 390];

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Names what sticks out, should it fail.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName}.${e.className} ${e.scrollWidth} ${e.getBoundingClientRect().right}`)
      .slice(0, 5),
  );
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
}

/** axe, no sideways scrolling and a screenshot, at desktop and phone width. */
async function checkAtBothWidths(page: Page, label: string, shot: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await saveScreenshot(page, `${shot}-${width}`);
    await expectAccessible(page, `${label} at ${width}px`);
    await expectNoSidewaysScroll(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('Lessons and the agenda in the web app', () => {
  const ui = useBrowserStack();
  const id: Record<string, string> = {};
  const cop: Record<string, string> = {};

  const lesson = async (values: {
    communityId: string | null;
    title: string;
    audience: 'MEMBERS' | 'PLATFORM';
    source?: 'COMMUNITY' | 'LEARNING_GROUP_OUTPUT';
    type?: string;
  }) => {
    const [row]: { id: string }[] = await ui.stack.dataSource.query(
      `INSERT INTO harvest_lesson (community_id, author_id, title, description, type, audience, source, created_at, updated_at)
       VALUES ($1, $2, $3, 'Wat we leerden over samenwerken in de keten.', $4, $5, $6, now() - interval '1 day', now() - interval '1 day')
       RETURNING id`,
      [
        values.communityId,
        id.olga,
        values.title,
        values.type ?? 'NEW_PRACTICE_IMPLEMENTED',
        values.audience,
        values.source ?? 'COMMUNITY',
      ],
    );
    return row.id;
  };

  const digestsTo = (email: string) =>
    ui.stack.mail.messagesTo(email).filter((m) => DIGEST_SUBJECT.test(m.subject));

  beforeAll(async () => {
    id.olga = await insertMember(ui.stack, { email: 'olga@minbzk.nl', name: 'Olga Oogst' });
    id.lars = await insertMember(ui.stack, { email: 'lars@minbzk.nl', name: 'Lars Leerling' });
    cop.ketens = await insertCommunity(ui.stack, {
      name: 'Ketenkring',
      slug: 'ketenkring',
      joinPolicy: 'OPEN',
      themes: ['Digitalisering'],
      members: [{ memberId: id.olga, role: 'COORDINATOR' }, { memberId: id.lars }],
    });
    cop.other = await insertCommunity(ui.stack, {
      name: 'Waterkring',
      slug: 'waterkring',
      joinPolicy: 'OPEN',
      members: [{ memberId: id.olga, role: 'COORDINATOR' }],
    });
    id.lesson = await lesson({
      communityId: cop.ketens,
      title: 'Ketenregie begint bij de uitvoering',
      audience: 'MEMBERS',
    });
    await lesson({
      communityId: cop.other,
      title: 'Waterschappen aan tafel',
      audience: 'PLATFORM',
      type: 'BARRIER_GOVERNMENT_CAN_REMOVE',
    });
    await lesson({
      communityId: null,
      title: 'Programma’s als maatwerk',
      audience: 'PLATFORM',
      source: 'LEARNING_GROUP_OUTPUT',
      type: 'PROFESSIONAL_DEVELOPMENT',
    });
    await lesson({
      communityId: cop.other,
      title: 'Alleen voor de Waterkring',
      audience: 'MEMBERS',
    });
  });

  it('does lead a member from the digest to the lesson, which the next digest leaves out', async () => {
    const producer = ui.stack.worker!.get(QueueProducer);
    await makeDue(ui.stack, [id.olga, id.lars]);
    await runDigests(ui.stack, producer);
    const [digest] = digestsTo('lars@minbzk.nl');
    expect(digest.text).toContain('Ketenregie begint bij de uitvoering');
    // The digest links the lesson to its own page, not to the CoP or the home page.
    const link = `${ui.stack.config.PUBLIC_URL}/oogst/${id.lesson}`;
    expect(digest.text).toContain(link);
    expect(digest.html).toContain(`href="${link}"`);

    const page = await ui.signedInAs('lars@minbzk.nl');
    await page.goto(new URL(link).pathname);
    await page
      .getByRole('heading', { level: 1, name: 'Ketenregie begint bij de uitvoering' })
      .waitFor();
    await page.getByText('Wat we leerden over samenwerken in de keten.').waitFor();
    await page.getByRole('link', { name: 'Ketenkring' }).waitFor();
    await checkAtBothWidths(page, 'lesson page', 'lessons-lesson');

    // The next digest has the other lessons still, but not the one Lars read.
    await makeDue(ui.stack, [id.lars], new Date(Date.now() - 7 * 86_400_000));
    await runDigests(ui.stack, producer);
    const next = digestsTo('lars@minbzk.nl')[1];
    expect(next).toBeDefined();
    expect(next.text).toContain('Waterschappen aan tafel');
    expect(next.text).not.toContain('Ketenregie begint bij de uitvoering');
  });

  it('does list the lessons a member may read, filtered in the URL', async () => {
    const page = await ui.signedInAs('lars@minbzk.nl');
    await page.goto('/oogst');
    await page.getByRole('heading', { level: 1, name: 'Oogst' }).waitFor();
    await page.getByRole('status').getByText('3 lessen').waitFor();
    const titles = () => page.getByTestId('lesson').getByRole('heading').allTextContents();
    expect((await titles()).sort()).toEqual([
      'Ketenregie begint bij de uitvoering',
      'Programma’s als maatwerk',
      'Waterschappen aan tafel',
    ]);
    await checkAtBothWidths(page, 'lessons overview', 'lessons-overview');

    // Filter on leergroep articles with the form: the filter goes into the URL.
    await page.getByLabel('Herkomst').selectOption('LEARNING_GROUP');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('status').getByText('1 les').waitFor();
    expect(new URL(page.url()).searchParams.get('soort')).toBe('LEARNING_GROUP');
    expect(await titles()).toEqual(['Programma’s als maatwerk']);

    // A theme in the URL (a link or a reload) filters on the CoP's themes.
    await page.goto('/oogst?thema=Digitalisering');
    await page.getByRole('status').getByText('1 les').waitFor();
    expect(await titles()).toEqual(['Ketenregie begint bij de uitvoering']);
    expect(await page.getByLabel('Thema').inputValue()).toBe('Digitalisering');
    await checkAtBothWidths(page, 'lessons overview, filtered', 'lessons-filtered');

    // From the CoP's harvest, a lesson's title opens its page.
    await page.goto('/communities/ketenkring/oogst');
    await page
      .getByTestId('part-harvest')
      .getByRole('link', { name: 'Ketenregie begint bij de uitvoering' })
      .click();
    await page.waitForURL(`**/oogst/${id.lesson}`);
  });

  it('does show the platform agenda and a revocable personal calendar link', async () => {
    await ui.stack.dataSource.query(
      `INSERT INTO meeting (community_id, title, starts_at, ends_at, address)
       VALUES ($1, 'Ketenoverleg', now() + interval '7 days', now() + interval '7 days 2 hours', 'Turfmarkt 147, Den Haag'),
              ($2, 'Waterdag', now() + interval '9 days', now() + interval '9 days 2 hours', 'Turfmarkt 147, Den Haag')`,
      [cop.ketens, cop.other],
    );
    const page = await ui.signedInAs('lars@minbzk.nl');
    await page.goto('/agenda');
    await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await page.getByRole('status').getByText('2 bijeenkomsten').waitFor();
    // His own CoP's meeting opens; the other CoP's shows title, time and CoP only.
    await page.getByRole('link', { name: 'Ketenoverleg' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Waterdag' }).waitFor();
    expect(await page.getByRole('link', { name: 'Waterdag' }).count()).toBe(0);
    await page.getByText('Je hebt nog geen agendalink.').waitFor();
    await checkAtBothWidths(page, 'agenda', 'agenda');

    await page.getByLabel('Alleen mijn CoP’s').check();
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('status').getByText('1 bijeenkomst').waitFor();
    expect(new URL(page.url()).searchParams.get('mijn')).toBe('ja');

    await page.getByRole('button', { name: 'Agendalink maken' }).click();
    const field = page.getByLabel('Je agendalink');
    await field.waitFor();
    const webcal = await field.inputValue();
    expect(webcal).toMatch(/^webcal:\/\/.+\/calendar\/.+\.ics$/);
    const feed = await fetch(webcal.replace(/^webcal:/, 'http:'));
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('SUMMARY:Ketenoverleg (Ketenkring)');
    await checkAtBothWidths(page, 'agenda with a new calendar link', 'agenda-feed');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Link intrekken' }).click();
    await page.getByText('Je agendalink is ingetrokken.').waitFor();
    expect((await fetch(webcal.replace(/^webcal:/, 'http:'))).status).toBe(404);
  });
});

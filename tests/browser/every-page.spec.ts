import type { Page } from 'playwright-core';

// eslint-disable-next-line @nx/enforce-module-boundaries -- the demo's own data, so pages have real rows
import { seedDemo } from '../../apps/api/src/tools/seed-demo';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

/**
 * Every page of the web app (routes.tsx), as the people who use it, at 1280 px and at 390 px:
 * axe finds nothing serious, nothing scrolls sideways, nothing the page asks for is missing.
 * Adding a page is one line in PAGES. `:name` in a path is filled in from the demo data (IDS).
 */
const WHO = {
  visitor: null,
  /** Signed in for the first time: no profile yet. */
  newcomer: 'nieuw.lid@minbzk.nl',
  /** A plain member (who brought the demo's intervision case). */
  member: 'fatima.elamrani@minszw.nl',
  /** Leergroep facilitator. */
  facilitator: 'sanne.mulder@minezk.nl',
  /** Platform admin, CoP coordinator and intervision moderator. */
  admin: 'anouk.devries@minbzk.nl',
} as const;

const PAGES: Record<keyof typeof WHO, string[]> = {
  visitor: [
    '/inloggen',
    '/inloggen?link=gebruikt',
    '/e-mail-bevestigen?token=onbekend',
    '/bestaat-niet',
    '/privacy',
    '/toegankelijkheid',
  ],
  newcomer: ['/profiel/aanvullen'],
  member: [
    '/',
    '/communities',
    '/communities?zoek=samen',
    '/communities/nieuw',
    '/communities/invitation?token=onbekend',
    '/communities/:slug',
    '/communities/:slug/discussies',
    '/communities/:slug/discussions/:thread',
    '/communities/:slug/bijeenkomsten',
    '/communities/:slug/bijeenkomsten/:meeting',
    '/communities/:slug/oogst',
    '/communities/:slug/leden',
    '/agenda',
    '/agenda?mijn=ja',
    '/oogst',
    '/oogst/:lesson',
    '/grenswerkers',
    '/grenswerkers/vragenlijst',
    '/grenswerkers/stijlen',
    '/grenswerkers/stijlen/verbinder',
    '/intervisie',
    '/intervisie/groepen/:intervisionGroup',
    '/intervisie/casussen/:intervisionCase',
    '/koffiedate',
    '/leergroepen',
    '/kennismaken',
    '/meldingen',
    '/instellingen/meldingen',
    '/zoeken?q=samenwerken',
    '/zoeken?q=samenwerken&soort=leden',
    '/profiel',
    '/profiel/gegevens',
    '/leden',
    '/leden?zoek=anouk',
    '/leden/:admin',
  ],
  facilitator: ['/leergroepen', '/leergroepen/:learningGroup'],
  admin: [
    '/',
    '/communities/:slug',
    '/communities/:slug/moderatie',
    '/communities/:slug/leden',
    '/communities/:slug/beheer',
    '/communities/:slug/discussions/:thread',
    '/intervisie/groepen/:intervisionGroup',
    '/intervisie/casussen/:intervisionCase',
    '/leergroepen/:learningGroup',
    '/koffiedate/beheer',
    '/koffiedate/beheer?ronde=:closedRound',
    '/beheer/e-mail',
    '/beheer/organisaties',
    '/beheer/rollen',
  ],
};

const SLUG = 'samenwerken-in-de-keten';
const WIDTHS = [1280, 390] as const;

describe('every page, on a laptop and on a phone', () => {
  const fixture = useBrowserStack();
  const ids: Record<string, string> = { slug: SLUG };

  beforeAll(async () => {
    const { dataSource } = fixture.stack;
    await dataSource.transaction((manager) => seedDemo(manager));
    const one = async (sql: string, params: unknown[] = []) => {
      const rows: { id: string }[] = await dataSource.query(sql, params);
      if (!rows[0]) throw new Error(`no demo row for: ${sql}`);
      return rows[0].id;
    };
    const community = `(SELECT id FROM community WHERE slug = '${SLUG}')`;
    ids.thread = await one(
      `SELECT id FROM discussion_thread WHERE community_id = ${community} ORDER BY created_at LIMIT 1`,
    );
    ids.meeting = await one(
      `SELECT id FROM meeting WHERE community_id = ${community} ORDER BY starts_at LIMIT 1`,
    );
    ids.lesson = await one(
      `SELECT id FROM harvest_lesson WHERE community_id = ${community} ORDER BY created_at LIMIT 1`,
    );
    ids.intervisionGroup = await one(`SELECT id FROM intervision_group LIMIT 1`);
    ids.intervisionCase = await one(`SELECT id FROM intervision_case LIMIT 1`);
    ids.learningGroup = await one(`SELECT id FROM learning_group LIMIT 1`);
    ids.admin = await one(`SELECT id FROM member WHERE email = $1`, [WHO.admin]);
    ids.closedRound = await one(`SELECT id FROM coffee_date_round WHERE state = 'CLOSED' LIMIT 1`);
  });

  const fill = (path: string) =>
    path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      if (!ids[name]) throw new Error(`no id for :${name}`);
      return ids[name];
    });

  /** Waits until the page shows its content: a heading, nothing loading, the network quiet. */
  async function settled(page: Page): Promise<void> {
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(
      () =>
        document.querySelector('h1') !== null &&
        !/Bezig met laden|Loading…/.test(document.body.innerText),
    );
    // Two frames: layout after a resize, and what ResizeObservers changed in it.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
  }

  /** Null when the page fits its width, else what sticks out (the innermost elements). */
  async function sidewaysScroll(page: Page): Promise<string | null> {
    return page.evaluate(() => {
      const width = window.innerWidth;
      if (document.documentElement.scrollWidth <= width) return null;
      const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5;
      const culprits = Array.from(document.querySelectorAll('body *'))
        .filter((element) => sticksOut(element) && !Array.from(element.children).some(sticksOut))
        .slice(0, 3)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${String(element.className).replace(/ /g, '.')} ` +
            `"${(element.textContent ?? '').slice(0, 40)}" (${Math.round(element.getBoundingClientRect().right)} px)`,
        );
      return `${document.documentElement.scrollWidth} px wide: ${culprits.join('; ')}`;
    });
  }

  async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
    expect([label, await sidewaysScroll(page)]).toEqual([label, null]);
  }

  it('does show every page without serious axe findings or sideways scrolling', async () => {
    // Every problem on every page in one report, so one run shows all there is to fix.
    const problems: string[] = [];
    const tasks = (Object.keys(PAGES) as (keyof typeof WHO)[]).flatMap((role) =>
      PAGES[role].map((path) => ({ role, path })),
    );
    let visited = 0;

    /** One browser tab that visits pages as whoever a task needs (one context per person). */
    async function worker(): Promise<void> {
      const pages = new Map<string, Page>();
      const as = async (role: keyof typeof WHO) => {
        let page = pages.get(role);
        if (!page) {
          const email = WHO[role];
          page = email ? await fixture.signedInAs(email) : await fixture.open();
          page.on('response', (response) => {
            if (response.status() === 404 && !response.url().includes('/bestaat-niet')) {
              problems.push(`404 for ${response.url()} (as ${role})`);
            }
          });
          pages.set(role, page);
        }
        return page;
      };
      for (let task = tasks.shift(); task; task = tasks.shift()) {
        const { role, path } = task;
        const page = await as(role);
        await page.setViewportSize({ width: WIDTHS[0], height: 900 });
        await page.goto(fill(path));
        for (const width of WIDTHS) {
          const label = `${path} as ${role} at ${width} px`;
          await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
          await settled(page);
          const sideways = await sidewaysScroll(page);
          if (sideways) problems.push(`${label} scrolls sideways: ${sideways}`);
          await expectAccessible(page, label).catch((error: Error) => problems.push(error.message));
          const name = `${role}${path}`.replace(/[^a-z0-9]+/gi, '-').replace(/-$/, '');
          // The whole page at 390 px; the top of it at 1280 px is enough (and quicker).
          await saveScreenshot(page, `every-page/${width}/${name}`, { fullPage: width === 390 });
        }
        visited += 1;
      }
    }

    const total = tasks.length;
    // A few tabs at once: most of a visit is waiting for the page to settle.
    await Promise.all(Array.from({ length: 4 }, () => worker()));
    expect(problems).toEqual([]);
    expect(visited).toBe(total);
  }, 240_000);

  it('does fold the menu behind a button on a phone and mark the current page', async () => {
    const page = await fixture.signedInAs(WHO.admin);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/koffiedate');
    await settled(page);
    const toggle = page.getByRole('button', { name: 'Menu' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).resolves.toBe(
      false,
    );

    // The keyboard opens it; everything in it is reachable and big enough to tap.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const main = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await main.waitFor();
    const current = main.getByRole('link', { name: 'Koffiedate' });
    expect(await current.getAttribute('aria-current')).toBe('page');
    await page.getByRole('navigation', { name: 'Beheermenu' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    const small = await page.evaluate(() =>
      Array.from(document.querySelectorAll('header a, header button, header input'))
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.height < 44 || box.width < 44))
        .map(({ element, box }) => `${element.textContent} ${box.width}x${box.height}`),
    );
    expect(small).toEqual([]);
    await expectNoSidewaysScroll(page, 'the open menu at 390 px');
    await expectAccessible(page, 'the open menu at 390 px');
    await saveScreenshot(page, 'every-page/menu-open-390');

    // Escape closes it and gives focus back to the button.
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((button) => button === document.activeElement)).toBe(true);

    // A menu link closes it after navigating.
    await toggle.click();
    await page
      .getByRole('navigation', { name: 'Beheermenu' })
      .getByRole('link', { name: 'E-mail' })
      .click();
    await page.waitForURL('**/beheer/e-mail');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    // On a laptop the main menu is one line, and it marks the current page.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/intervisie');
    await settled(page);
    expect(await toggle.isVisible()).toBe(false);
    const tops = await main
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const marked = await main
      .locator('[aria-current="page"]')
      .evaluateAll((links) => links.map((link) => link.textContent));
    expect(marked).toEqual(['Intervisie']);
    await saveScreenshot(page, 'every-page/menu-1280');
    // The English labels are longer; they fit too.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const english = page.getByRole('navigation', { name: 'Main menu' });
    await english.getByRole('link', { name: 'Intervision' }).waitFor();
    const englishTops = await english
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    expect(new Set(englishTops).size).toBe(1);
    await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
    const admin = page.getByRole('navigation', { name: 'Beheermenu' });
    await admin.waitFor();
    for (const name of ['Organisaties', 'Platformrollen', 'E-mail', 'Koffiedates']) {
      await admin.getByRole('link', { name }).waitFor();
    }
    expect(await admin.getByRole('link', { name: /Bull Board/ }).getAttribute('href')).toBe(
      '/admin/queues',
    );
  });

  it('does show no admin menu to a member, and a favicon to everyone', async () => {
    const page = await fixture.signedInAs(WHO.member);
    await page.goto('/');
    await settled(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Beheermenu' }).count()).toBe(0);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const response = await page.request.get(icon!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/svg+xml');
  });
});

import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, sessionFor } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { insertCommunity, outcome } from './communities-support';

const AGENDA = `query($mine: Boolean, $c: ID, $first: Int, $after: String) {
  agenda(mine: $mine, communityId: $c, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id title startsAtLocal viewerIsMember community { slug } }
  }
}`;
const ISSUE = `mutation { issueCalendarFeed { webcalUrl httpUrl issuedAt } }`;
const REVOKE = `mutation { revokeCalendarFeed }`;
const STATUS = `{ calendarFeed { active issuedAt } }`;

/** Unfolds an .ics (RFC 5545 folding) into its content lines. */
const lines = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('platform agenda and personal calendar feed', () => {
  let stack: TestStack;
  const id: Record<string, string> = {};
  const cop: Record<string, string> = {};
  let anna: GraphqlClient;
  let bram: GraphqlClient;
  let admin: GraphqlClient;

  const meeting = async (communityId: string, title: string, startsAt: string, endsAt: string) => {
    const [row]: { id: string }[] = await stack.dataSource.query(
      `INSERT INTO meeting (community_id, title, starts_at, ends_at, address)
       VALUES ($1, $2, $3, $4, 'Turfmarkt 147, Den Haag') RETURNING id`,
      [communityId, title, startsAt, endsAt],
    );
    return row.id;
  };

  const fetchFeed = (url: string) => fetch(url.replace(/^webcal:/, 'http:'));

  beforeAll(async () => {
    stack = await startStack();
    for (const name of ['anna', 'bram', 'carla']) {
      id[name] = await insertMember(stack, { email: `${name}@example.nl`, name: `${name} Test` });
    }
    id.admin = await insertMember(stack, { email: 'admin@example.nl', name: 'Ada', admin: true });
    const members = (...names: string[]) => names.map((n) => ({ memberId: id[n] }));
    cop.open = await insertCommunity(stack, {
      name: 'Open Kring',
      slug: 'open-kring',
      joinPolicy: 'OPEN',
      members: members('anna'),
    });
    cop.closed = await insertCommunity(stack, {
      name: 'Ketenkring',
      slug: 'ketenkring',
      joinPolicy: 'INVITE_ONLY',
      members: members('carla'),
    });
    cop.hidden = await insertCommunity(stack, {
      name: 'Stille Kring',
      slug: 'stille-kring',
      joinPolicy: 'HIDDEN',
      members: members('carla'),
    });
    cop.proposed = await insertCommunity(stack, {
      name: 'Voorstel',
      slug: 'voorstel',
      joinPolicy: 'OPEN',
      status: 'PROPOSED',
    });
    // Two meetings across the change to winter time (Sunday 2027-10-31, 03:00 → 02:00).
    await meeting(cop.open, 'Voor de wisseling', '2027-10-28T08:00:00Z', '2027-10-28T10:00:00Z');
    await meeting(cop.open, 'Na de wisseling', '2027-11-04T09:00:00Z', '2027-11-04T11:00:00Z');
    await meeting(cop.closed, 'Ketenoverleg', '2027-01-10T09:00:00Z', '2027-01-10T11:00:00Z');
    await meeting(cop.hidden, 'Geheim overleg', '2027-01-11T09:00:00Z', '2027-01-11T11:00:00Z');
    await meeting(cop.proposed, 'Nog niet', '2027-01-12T09:00:00Z', '2027-01-12T11:00:00Z');
    await meeting(cop.open, 'Geweest', '2026-01-12T09:00:00Z', '2026-01-12T11:00:00Z');
    anna = await sessionFor(stack, 'anna@example.nl');
    bram = await sessionFor(stack, 'bram@example.nl');
    admin = await sessionFor(stack, 'admin@example.nl');
  }, 60_000);

  afterAll(() => stack?.stop());

  describe('agenda', () => {
    const titles = async (client: GraphqlClient, variables: Record<string, unknown> = {}) => {
      const data = await client.ok<{
        agenda: { nodes: { title: string; viewerIsMember: boolean }[] };
      }>(AGENDA, variables);
      return data.agenda.nodes.map((n) => `${n.title}${n.viewerIsMember ? ' *' : ''}`);
    };

    it('lists upcoming meetings of every CoP the viewer may see, soonest first', async () => {
      // Anna: her own CoP, and the closed CoP she may see from outside (title and time only).
      expect(await titles(anna)).toEqual([
        'Ketenoverleg',
        'Voor de wisseling *',
        'Na de wisseling *',
      ]);
      // Bram is in no CoP; he sees the same CoPs from outside.
      expect(await titles(bram)).toEqual(['Ketenoverleg', 'Voor de wisseling', 'Na de wisseling']);
    });

    it('shows a hidden CoP only to its members, and everything to admins', async () => {
      const carla = await sessionFor(stack, 'carla@example.nl');
      expect(await titles(carla)).toContain('Geheim overleg *');
      expect(await titles(admin)).toEqual(expect.arrayContaining(['Geheim overleg', 'Nog niet']));
      expect(await titles(bram, { c: cop.hidden })).toEqual([]);
    });

    it('filters on my CoPs and on one CoP, and pages with a cursor', async () => {
      expect(await titles(anna, { mine: true })).toEqual([
        'Voor de wisseling *',
        'Na de wisseling *',
      ]);
      expect(await titles(bram, { c: cop.closed })).toEqual(['Ketenoverleg']);
      const first = await anna.ok<{
        agenda: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } };
      }>(AGENDA, { first: 2 });
      expect(first.agenda.totalCount).toBe(3);
      expect(first.agenda.pageInfo.hasNextPage).toBe(true);
      expect(await titles(anna, { first: 2, after: first.agenda.pageInfo.endCursor })).toEqual([
        'Na de wisseling *',
      ]);
    });

    it('refuses bad input with the field named', async () => {
      const result = await anna.request(AGENDA, { c: 'niet-een-id' });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await outcome(anna, AGENDA, { after: 'bogus' })).toBe('BAD_USER_INPUT');
      expect(await outcome(stack.graphql, AGENDA)).toBe('UNAUTHENTICATED');
    });
  });

  describe('calendar feed', () => {
    it('is issued as a signed webcal link that needs no session, and stores only a hash', async () => {
      expect(
        (await anna.ok<{ calendarFeed: { active: boolean } }>(STATUS)).calendarFeed.active,
      ).toBe(false);
      const { issueCalendarFeed: feed } = await anna.ok<{
        issueCalendarFeed: { webcalUrl: string; httpUrl: string };
      }>(ISSUE);
      expect(feed.webcalUrl).toMatch(
        /^webcal:\/\/127\.0\.0\.1:\d+\/calendar\/[\w-]+\.[\w-]+\.ics$/,
      );
      const token = /calendar\/(.+)\.ics$/.exec(feed.httpUrl)![1];
      const stored = await stack.dataSource.query(`SELECT token_hash FROM calendar_feed`);
      expect(JSON.stringify(stored)).not.toContain(token);
      const response = await fetchFeed(feed.webcalUrl);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
      const ics = lines(await response.text());
      expect(ics).toContain('X-WR-CALNAME:Leerhuis');
      expect(ics.filter((l) => l.startsWith('SUMMARY:'))).toEqual([
        'SUMMARY:Voor de wisseling (Open Kring)',
        'SUMMARY:Na de wisseling (Open Kring)',
      ]);
      // 10:00 in Amsterdam before the change is 08:00 UTC, after it 09:00 UTC.
      expect(ics).toContain('DTSTART:20271028T080000Z');
      expect(ics).toContain('DTSTART:20271104T090000Z');
    });

    it("carries only that member's meetings, koffiedates and leergroep sessions", async () => {
      const carla = await sessionFor(stack, 'carla@example.nl');
      // Carla's koffiedate with Bram, and her leergroep session (facilitated by the admin).
      const [round]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO coffee_date_round (period, seed, opens_at, signup_deadline, reminder_at, closes_at, state)
         VALUES ('2099-02', 'feed', now(), now() + interval '1 day', now() + interval '2 days', now() + interval '30 days', 'MATCHED')
         RETURNING id`,
      );
      const [match]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO coffee_date_match (round_id, kind, slot_starts_at) VALUES ($1, 'PAIR', '2027-03-02T09:00:00Z') RETURNING id`,
        [round.id],
      );
      await stack.dataSource.query(
        `INSERT INTO coffee_date_match_member (match_id, member_id, round_id) VALUES ($1, $2, $3), ($1, $4, $3)`,
        [match.id, id.carla, round.id, id.bram],
      );
      const [group]: { id: string }[] = await stack.dataSource.query(
        `INSERT INTO learning_group (name, facilitator_id, cohort_starts_on, cohort_ends_on, first_session_at, status)
         VALUES ('Programmadirecteuren', $1, '2027-01-01', '2027-12-31', '2027-02-01T09:00:00Z', 'RUNNING') RETURNING id`,
        [id.admin],
      );
      await stack.dataSource.query(
        `INSERT INTO learning_group_member (learning_group_id, member_id, group_number) VALUES ($1, $2, 1)`,
        [group.id, id.carla],
      );
      await stack.dataSource.query(
        `INSERT INTO learning_group_session (learning_group_id, group_number, sequence, starts_at) VALUES ($1, 1, 1, '2027-02-01T09:00:00Z')`,
        [group.id],
      );
      const { issueCalendarFeed } = await carla.ok<{ issueCalendarFeed: { httpUrl: string } }>(
        ISSUE,
      );
      const ics = lines(await (await fetchFeed(issueCalendarFeed.httpUrl)).text());
      expect(ics.filter((l) => l.startsWith('SUMMARY:')).sort()).toEqual([
        'SUMMARY:Geheim overleg (Stille Kring)',
        'SUMMARY:Ketenoverleg (Ketenkring)',
        'SUMMARY:Koffiedate met bram Test',
        'SUMMARY:Leergroep Programmadirecteuren: bijeenkomst 1',
      ]);
      // Anna's feed says nothing of Carla's CoPs, koffiedate or leergroep.
      const annaFeed = await anna.ok<{ issueCalendarFeed: { httpUrl: string } }>(ISSUE);
      const annaIcs = await (await fetchFeed(annaFeed.issueCalendarFeed.httpUrl)).text();
      expect(annaIcs).not.toMatch(/Stille Kring|Ketenkring|Koffiedate|Leergroep/);
    });

    it('answers 404 and nothing else for a tampered, unknown or revoked token', async () => {
      const { issueCalendarFeed } = await anna.ok<{ issueCalendarFeed: { httpUrl: string } }>(
        ISSUE,
      );
      const url = issueCalendarFeed.httpUrl;
      expect((await fetchFeed(url)).status).toBe(200);
      const tampered = url.replace(/\/calendar\/(.)/, (_, c: string) =>
        c === 'A' ? '/calendar/B' : '/calendar/A',
      );
      for (const bad of [tampered, url.replace('.ics', ''), `${stack.apiUrl}/calendar/x.ics`]) {
        const response = await fetchFeed(bad);
        expect(response.status).toBe(404);
        expect(await response.text()).toBe('Not found.');
      }
      expect((await anna.ok<{ revokeCalendarFeed: boolean }>(REVOKE)).revokeCalendarFeed).toBe(
        true,
      );
      const revoked = await fetchFeed(url);
      expect(revoked.status).toBe(404);
      expect(await revoked.text()).toBe('Not found.');
      expect(
        (await anna.ok<{ calendarFeed: { active: boolean } }>(STATUS)).calendarFeed.active,
      ).toBe(false);
    });

    it('re-issues a new link that works while the old one stops', async () => {
      const first = (await anna.ok<{ issueCalendarFeed: { httpUrl: string } }>(ISSUE))
        .issueCalendarFeed.httpUrl;
      const second = (await anna.ok<{ issueCalendarFeed: { httpUrl: string } }>(ISSUE))
        .issueCalendarFeed.httpUrl;
      expect(second).not.toBe(first);
      expect((await fetchFeed(first)).status).toBe(404);
      expect((await fetchFeed(second)).status).toBe(200);
      expect(await outcome(stack.graphql, ISSUE)).toBe('UNAUTHENTICATED');
    });
  });
});

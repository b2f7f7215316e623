import type { GraphqlClient } from '@leerhuis/platform-testing';
import { waitFor } from '@leerhuis/platform-testing';

import {
  countRows,
  insertMember,
  insertOrganisation,
  MINISTRY,
  sessionFor,
} from '../support/members';
import { startStack, TestStack } from '../support/stack';
import { matchedRound, openRound } from './coffee-dates-journeys';
import {
  CLOSE_ROUND,
  confirmLink,
  linkFrom,
  MATCH_ROUND,
  OPEN_ROUND,
  optInAll,
  PREVIEW,
  settle,
  storedGroups,
} from './coffee-dates-support';
import { icsTimes } from './meetings-support';

const MATCH_SUBJECT = /^(Je koffiedate van|Your koffiedate for) /;

describe('coffee dates: a whole monthly round through the worker, Redis, Postgres and SMTP', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  const members: {
    id: string;
    name: string;
    email: string;
    ministry: string;
    client: GraphqlClient;
  }[] = [];

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    // Several ministries, a DG under BZK and an agency under IenW (the tree is walked up).
    const dg = await insertOrganisation(stack, {
      name: 'DG Openbaar Bestuur',
      parentId: MINISTRY.BZK,
    });
    const agency = await insertOrganisation(stack, {
      name: 'Rijkswaterstaat',
      type: 'EXECUTIVE_AGENCY',
      parentId: MINISTRY.IenW,
    });
    const organisations: [string, string][] = [
      [MINISTRY.AZ, MINISTRY.AZ],
      [MINISTRY.BZK, MINISTRY.BZK],
      [dg, MINISTRY.BZK],
      [MINISTRY.EZK, MINISTRY.EZK],
      [MINISTRY.FIN, MINISTRY.FIN],
      [agency, MINISTRY.IenW],
      [MINISTRY.SZW, MINISTRY.SZW],
    ];
    for (let i = 0; i < 41; i++) {
      const [organisationId, ministry] = organisations[i % organisations.length];
      const email = `deelnemer${i}@rijksoverheid.nl`;
      const name = `Deelnemer ${String(i).padStart(2, '0')}`;
      const id = await insertMember(stack, { email, name, organisationId });
      members.push({ id, name, email, ministry, client: await sessionFor(stack, email) });
    }
    // A few read their mail in English.
    await stack.dataSource.query(`UPDATE member SET language = 'en' WHERE id = ANY($1)`, [
      members.slice(0, 5).map((m) => m.id),
    ]);
  });
  // The koffiedate invitations follow each member's notification setting (default: the digest).
  beforeAll(() =>
    stack.dataSource.query(`UPDATE notification_settings SET coffee_date = 'IMMEDIATE'`),
  );
  afterAll(() => stack?.stop());

  const matched = () =>
    matchedRound(
      stack,
      admin,
      members.map((m) => m.client),
    );

  /** The link in a member's match email, in their language. */
  const metLink = (member: { email: string }) => {
    const mail = stack.mail.messagesTo(member.email).find((m) => MATCH_SUBJECT.test(m.subject))!;
    const english = mail.subject.startsWith('Your');
    return linkFrom(
      mail.text,
      english ? 'We met: tell us how it went' : 'We hebben elkaar gesproken',
    );
  };

  /** ...and the first group's two members said "we met" through it (5 and 4), as the third test does. */
  async function reported(): Promise<string> {
    const roundId = await matched();
    const [group] = await storedGroups(stack, roundId);
    const [first, second] = group.memberIds.map((id) => members.find((m) => m.id === id)!);
    await confirmLink(metLink(first), { met: 'yes', rating: '5', nextStep: 'START_SOMETHING' });
    await confirmLink(metLink(second), { met: 'yes', rating: '4' });
    return roundId;
  }

  it('does open the round once and invite every member, with List-Unsubscribe headers', async () => {
    const first = await admin.ok<{ openCoffeeDateRound: { id: string; state: string } }>(
      OPEN_ROUND,
    );
    const again = await admin.ok<{ openCoffeeDateRound: { id: string } }>(OPEN_ROUND);
    const roundId = first.openCoffeeDateRound.id;
    expect(first.openCoffeeDateRound.state).toBe('OPEN');
    expect(again.openCoffeeDateRound.id).toBe(roundId);
    await settle(stack);
    const invitations = stack.mail.messagesTo(members[10].email);
    expect(invitations.map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Koffiedate .+: doe je mee\?$/),
    ]);
    expect(invitations[0].headers['list-unsubscribe']).toMatch(
      /^<http:\/\/.+\/coffee-dates\/link\?token=/,
    );
    expect(invitations[0].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    // No profile yet: the invitation links to the questionnaire first.
    expect(invitations[0].text).toContain('Grenswerkersvragen invullen: ');
    expect(stack.mail.messagesTo(members[0].email)[0].subject).toMatch(/: are you in\?$/);
  });

  it('does match all 41 who opted in and send each exactly one match email naming the stored partners', async () => {
    const roundId = await openRound(stack, admin);
    await optInAll(members.map((m) => m.client));
    const preview = await admin.ok<{
      coffeeDateRoundPreview: {
        participants: number;
        violations: number;
        stored: boolean;
        groups: unknown[];
      };
    }>(PREVIEW, { id: roundId });
    expect(preview.coffeeDateRoundPreview).toMatchObject({
      participants: 41,
      violations: 0,
      stored: false,
    });
    expect(
      stack.mail.messagesTo(members[3].email).filter((m) => MATCH_SUBJECT.test(m.subject)),
    ).toHaveLength(0);

    await admin.ok(MATCH_ROUND, { id: roundId });
    await waitFor(
      async () =>
        members.every((m) =>
          stack.mail.messagesTo(m.email).some((x) => MATCH_SUBJECT.test(x.subject)),
        ),
      'a match email to each of the 41',
      30_000,
    );
    await settle(stack);

    const groups = await storedGroups(stack, roundId);
    expect(groups.filter((g) => g.kind === 'PAIR')).toHaveLength(19);
    expect(groups.filter((g) => g.kind === 'TRIO')).toHaveLength(1);
    expect(groups.flatMap((g) => g.memberIds).sort()).toEqual(members.map((m) => m.id).sort());
    const byId = new Map(members.map((m) => [m.id, m]));
    for (const group of groups) {
      // Hard constraint: nobody meets someone from their own ministry.
      expect(new Set(group.memberIds.map((id) => byId.get(id)!.ministry)).size).toBe(
        group.memberIds.length,
      );
      for (const id of group.memberIds) {
        const member = byId.get(id)!;
        const mails = stack.mail
          .messagesTo(member.email)
          .filter((m) => MATCH_SUBJECT.test(m.subject));
        expect(mails).toHaveLength(1);
        const partners = group.memberIds.filter((p) => p !== id).map((p) => byId.get(p)!.name);
        for (const name of partners) expect(mails[0].subject).toContain(name);
        const others = members.filter((m) => !group.memberIds.includes(m.id));
        for (const other of others) expect(mails[0].text).not.toContain(other.name);
        // The suggested slot: an .ics with DTSTART in UTC equal to the stored slot.
        const ics = mails[0].attachments.find((a) => a.filename === 'koffiedate.ics')!;
        const text = Buffer.from(ics.content, 'base64').toString('utf8');
        const lines = text
          .replace(/\r?\n[ \t]/g, '')
          .split(/\r?\n/)
          .filter(Boolean);
        expect(lines[0]).toBe('BEGIN:VCALENDAR');
        expect(lines.at(-1)).toBe('END:VCALENDAR');
        expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
        expect(lines).toContainEqual(expect.stringMatching(/^DTSTART:\d{8}T\d{6}Z$/));
        expect(lines.every((l) => /^[A-Z-]+[:;]/.test(l))).toBe(true);
        const { start, end } = icsTimes(text);
        expect(start.toISOString()).toBe(new Date(group.slot).toISOString());
        expect(end.getTime() - start.getTime()).toBe(30 * 60_000);
        expect(mails[0].headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
      }
    }
    // Nobody without a shared profile is shown a style.
    const sample = stack.mail
      .messagesTo(members[6].email)
      .find((m) => MATCH_SUBJECT.test(m.subject))!;
    expect(sample.text).toContain('heeft geen grenswerkersprofiel gedeeld');
    expect(sample.text).toContain('Gespreksvragen:');
  });

  it('does record "we met" with a rating and next step through the link, after one click', async () => {
    const roundId = await matched();
    const [group] = await storedGroups(stack, roundId);
    const member = members.find((m) => m.id === group.memberIds[0])!;
    const mail = stack.mail.messagesTo(member.email).find((m) => MATCH_SUBJECT.test(m.subject))!;
    const english = mail.subject.startsWith('Your');
    const url = linkFrom(
      mail.text,
      english ? 'We met: tell us how it went' : 'We hebben elkaar gesproken',
    );
    // Following the link (as a mail scanner does) records nothing.
    expect((await fetch(url)).status).toBe(200);
    expect(await countRows(stack, 'coffee_date_match_member', 'feedback_at IS NOT NULL')).toBe(0);
    const result = await confirmLink(url, { met: 'yes', rating: '5', nextStep: 'START_SOMETHING' });
    expect(result.status).toBe(200);
    const [row] = await stack.dataSource.query(
      `SELECT met, rating, next_step FROM coffee_date_match_member WHERE match_id = $1 AND member_id = $2`,
      [group.matchId, member.id],
    );
    expect(row).toEqual({ met: true, rating: 5, next_step: 'START_SOMETHING' });
    // A second member reports through the link too.
    const second = members.find((m) => m.id === group.memberIds[1])!;
    const secondMail = stack.mail
      .messagesTo(second.email)
      .find((m) => MATCH_SUBJECT.test(m.subject))!;
    const label = secondMail.subject.startsWith('Your')
      ? 'We met: tell us how it went'
      : 'We hebben elkaar gesproken';
    expect(
      (await confirmLink(linkFrom(secondMail.text, label), { met: 'yes', rating: '4' })).status,
    ).toBe(200);
  });

  it('does send nothing and match nothing when the round is run again', async () => {
    const roundId = await matched();
    const before = stack.mail.messages.length;
    const groupsBefore = await storedGroups(stack, roundId);
    const rerun = await admin.ok<{ matchCoffeeDateRound: { state: string } }>(MATCH_ROUND, {
      id: roundId,
    });
    expect(rerun.matchCoffeeDateRound.state).toBe('MATCHED');
    await settle(stack);
    // And the worker's own job once more, as a retry would run it.
    await settle(stack);
    expect(stack.mail.messages.length).toBe(before);
    expect(await storedGroups(stack, roundId)).toEqual(groupsBefore);
    expect(await countRows(stack, 'coffee_date_match', 'round_id = $1', [roundId])).toBe(20);
  });

  it('does close the round with its stats', async () => {
    const roundId = await reported();
    const closed = await admin.ok<{
      closeCoffeeDateRound: { state: string; stats: Record<string, unknown> };
    }>(CLOSE_ROUND, { id: roundId });
    expect(closed.closeCoffeeDateRound.state).toBe('CLOSED');
    expect(closed.closeCoffeeDateRound.stats).toEqual({
      participants: 41,
      matched: 41,
      pairs: 19,
      trios: 1,
      unmatched: 0,
      crossMinistryRate: 1,
      reportedMeetings: 1,
      averageRating: 4.5,
    });
  });
});

import type { CaughtMail } from '@leerhuis/platform-mail-catcher';
import type { GraphqlClient } from '@leerhuis/platform-testing';

import { insertMember, MINISTRY, sessionFor } from '../support/members';
import { startStack, type TestStack } from '../support/stack';
import { MATCH_ROUND, OPEN_ROUND, OPT_IN, settle, storedGroups } from './coffee-dates-support';

const MATCH_SUBJECT = /^(Je koffiedate van|Your koffiedate for) /;

/** The .ics attachment's content lines, unfolded. */
function icsLines(mail: CaughtMail): string[] {
  const ics = mail.attachments.find((a) => a.filename.endsWith('.ics'));
  if (!ics) throw new Error(`no .ics in "${mail.subject}"`);
  return Buffer.from(ics.content, 'base64')
    .toString('utf8')
    .replace(/\r?\n[ \t]/g, '')
    .split(/\r?\n/);
}

/**
 * The koffiedate introduction: a matched member can reach the partner by email. Opting in is
 * the consent to share the work address; someone who opted out is never named to anyone.
 */
describe('koffiedate introductions by email', () => {
  let stack: TestStack;
  let admin: GraphqlClient;
  const members: { id: string; name: string; email: string; client: GraphqlClient }[] = [];
  let dropout: { id: string; name: string; email: string };
  let roundId: string;
  const groupsOf = async () => (await storedGroups(stack, roundId)).map((g) => g.memberIds);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Beheerder', admin: true });
    admin = await sessionFor(stack, 'beheer@minbzk.nl');
    const ministries = [MINISTRY.AZ, MINISTRY.BZK, MINISTRY.EZK, MINISTRY.FIN];
    for (const [i, organisationId] of ministries.entries()) {
      const email = `koffie${i}@rijksoverheid.nl`;
      const name = `Koffie Deelnemer ${i}`;
      const id = await insertMember(stack, { email, name, organisationId });
      members.push({ id, name, email, client: await sessionFor(stack, email) });
    }
    const email = 'toch.niet@rijksoverheid.nl';
    dropout = {
      id: await insertMember(stack, {
        email,
        name: 'Tessa Tochniet',
        organisationId: MINISTRY.SZW,
      }),
      name: 'Tessa Tochniet',
      email,
    };
    const { openCoffeeDateRound } = await admin.ok<{ openCoffeeDateRound: { id: string } }>(
      OPEN_ROUND,
    );
    for (const member of members) await member.client.ok(OPT_IN, { everyMonth: false });
    // Opts in, then out again before the matching: her address must never reach anyone.
    const dropoutClient = await sessionFor(stack, email);
    await dropoutClient.ok(OPT_IN, { everyMonth: false });
    await dropoutClient.ok(`mutation { optOutOfCoffeeDates { joinedOpenRound } }`);
    roundId = openCoffeeDateRound.id;
    await admin.ok(MATCH_ROUND, { id: roundId });
    await settle(stack);
  });
  afterAll(() => stack?.stop());

  function matchMail(email: string): CaughtMail {
    const mails = stack.mail.messagesTo(email).filter((m) => MATCH_SUBJECT.test(m.subject));
    expect(mails).toHaveLength(1);
    return mails[0];
  }

  it('does give each member the partner’s work address, a link to the partner’s page and Reply-To to the partner', async () => {
    const groups = await groupsOf();
    expect(groups.length).toBeGreaterThan(0);
    for (const member of members) {
      const group = groups.find((g) => g.includes(member.id))!;
      const partners = members.filter((m) => m.id !== member.id && group.includes(m.id));
      const mail = matchMail(member.email);
      const replyTo = mail.headers['reply-to'] ?? '';
      for (const partner of partners) {
        expect(mail.text).toContain(partner.email);
        expect(mail.html).toContain(partner.email);
        expect(mail.text).toContain(`${stack.apiUrl}/leden/${partner.id}`);
        expect(replyTo).toContain(partner.email);
      }
      expect(replyTo).not.toContain(member.email);
    }
  });

  it('does name the member as ORGANIZER and the whole group as ATTENDEEs in the .ics', async () => {
    const groups = await groupsOf();
    for (const member of members) {
      const group = groups.find((g) => g.includes(member.id))!;
      const lines = icsLines(matchMail(member.email));
      const organizer = lines.filter((l) => l.startsWith('ORGANIZER'));
      expect(organizer).toHaveLength(1);
      expect(organizer[0].toLowerCase()).toContain(`mailto:${member.email}`);
      const attendees = lines.filter((l) => l.startsWith('ATTENDEE')).map((l) => l.toLowerCase());
      for (const id of group) {
        const someone = members.find((m) => m.id === id)!;
        expect(attendees.some((a) => a.endsWith(`mailto:${someone.email}`))).toBe(true);
      }
    }
  });

  it('does never name a member who opted out before the matching', () => {
    for (const mail of stack.mail.messages.filter((m) => !m.to.includes(dropout.email))) {
      expect(mail.text).not.toContain(dropout.email);
      expect(mail.text).not.toContain(dropout.name);
      expect(mail.raw).not.toContain(dropout.email);
    }
    expect(
      stack.mail.messagesTo(dropout.email).filter((m) => MATCH_SUBJECT.test(m.subject)),
    ).toEqual([]);
  });
});

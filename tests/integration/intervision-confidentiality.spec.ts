import { waitFor } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  ACCEPT,
  ADVANCE,
  CASE,
  CLOSE_CASE,
  codeOf,
  CONTRIBUTE,
  draftCase,
  IntervisionWorld,
  METHOD,
  readCase,
  REFLECT,
  setUpIntervision,
} from './intervision-support';

const TITLE = 'Kanarietitel 4711 over de reorganisatie';
const GROUP = 'Intervisiegroep Noord';

const SENT = `{ sentEmails(first: 100) { nodes { key kind recipient subject confidential sentAt } } }`;
const FAILURES = `{ emailFailures(first: 100) { nodes { key kind recipient subject confidential message } } }`;
const REMOVE = `mutation($g: ID!, $m: ID!) { removeFromIntervisionGroup(input: { groupId: $g, memberId: $m }) }`;
const INVITE = `mutation($g: ID!, $m: ID!) { inviteToIntervisionGroup(input: { groupId: $g, memberId: $m }) { status } }`;
const AGREE = `mutation($g: ID!) { acceptIntervisionAgreement(input: { groupId: $g, agreementVersion: 1, accept: true }) { id } }`;
const GROUP_QUERY = `query($id: ID!) { intervisionGroup(id: $id) { id name } }`;

interface SentRow {
  key: string;
  kind: string;
  recipient: string | null;
  subject: string | null;
  confidential: boolean;
}

describe('intervision: case titles and group membership never leave the group', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
  });
  afterAll(() => stack?.stop());

  describe('emails and the send log', () => {
    let w: IntervisionWorld;
    let caseId: string;

    beforeAll(async () => {
      w = await setUpIntervision(stack, 'titelloos');
      caseId = await draftCase(w.clients.owner, w.groupId, TITLE);
    });

    // The first test takes the case through these steps; a test that reads the mail they sent
    // takes them itself when it runs alone.
    /** Accepted, through the question round (with its reminder) and every phase: closing. */
    async function runToClosing(): Promise<void> {
      await stack.dataSource.query(
        `UPDATE intervision_group SET follow_up_seconds = 1 WHERE id = $1`,
        [w.groupId],
      );
      await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.roddel } });
      await w.clients.owner.ok(CONTRIBUTE, { id: caseId, kind: 'ANSWER', body: 'Mijn inbreng.' });
      // The question round gets a short window: the reminder goes out halfway.
      await w.clients.moderator.ok(ADVANCE, { input: { caseId, windowSeconds: 2 } });
      await stack.mail.waitFor(
        (m) => m.to.includes(w.emails.p1) && m.subject.startsWith('Herinnering'),
      );
      for (let phase = 2; phase <= 5; phase++) {
        await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
      }
    }
    /** ...reflected on and closed, the follow-up asked, and p2 removed from the group. */
    async function closeAndRemove(): Promise<void> {
      await w.clients.owner.ok(REFLECT, { id: caseId });
      await w.clients.moderator.ok(CLOSE_CASE, { id: caseId, lessons: 'Vraag eerst door.' });
      await stack.mail.waitFor(
        (m) => m.to.includes(w.emails.p2) && m.subject.startsWith('Casus afgesloten in'),
      );
      await stack.mail.waitFor(
        (m) => m.to.includes(w.emails.owner) && m.subject.startsWith('Hoe ging je volgende stap?'),
      );
      await w.clients.moderator.ok(REMOVE, { g: w.groupId, m: w.ids.p2 });
      await stack.mail.waitFor(
        (m) => m.to.includes(w.emails.p2) && m.subject.startsWith('Je doet niet meer mee'),
      );
      // The send log row is committed just after the SMTP server accepted the mail.
      await waitFor(
        async () =>
          (await countRows(stack, 'sent_email', `key LIKE 'intervision-removal:%'`)) === 1,
        'the removal email to be logged',
      );
    }
    /** Both, unless the case is no longer a draft. */
    async function caseRunThrough(): Promise<void> {
      const draft = await countRows(stack, 'intervision_case', `id = $1 AND state = 'DRAFT'`, [
        caseId,
      ]);
      if (draft === 0) return;
      await runToClosing();
      await closeAndRemove();
    }

    it('does run a case through every phase, with a reminder, closing and follow-up', async () => {
      await runToClosing();
      expect((await readCase(w.clients.moderator, caseId)).state).toBe('CLOSING');
      await closeAndRemove();
    });

    it('does keep the case title out of every email (subject, text and html)', async () => {
      await caseRunThrough();
      const intervisie = stack.mail.messages.filter((m) => m.text.includes('intervisie'));
      // Invitations, 5 phases × 4 members, a reminder, closing, follow-up, removal.
      expect(intervisie.length).toBeGreaterThan(25);
      const leaks = stack.mail.messages.filter(
        (m) => m.subject.includes(TITLE) || m.text.includes(TITLE) || m.html.includes(TITLE),
      );
      expect(leaks.map((m) => m.subject)).toEqual([]);
      // What the subjects do say: the group's name.
      const subjects = new Set(stack.mail.messagesTo(w.emails.p1).map((m) => m.subject));
      expect(subjects).toContain(`Nieuwe fase geopend in intervisiegroep ${GROUP}`);
      expect(subjects).toContain(`Casus afgesloten in intervisiegroep ${GROUP}`);
    });

    it('does show admins only kind and time of intervisie mail in the send log', async () => {
      await caseRunThrough();
      const data = await w.clients.admin.ok<{ sentEmails: { nodes: SentRow[] } }>(SENT);
      const rows = data.sentEmails.nodes.filter((n) => n.kind.startsWith('intervision-'));
      expect(new Set(rows.map((r) => r.kind))).toEqual(
        new Set([
          'intervision-invitation',
          'intervision-phase-opened',
          'intervision-phase-reminder',
          'intervision-case-closed',
          'intervision-follow-up',
          'intervision-removal',
        ]),
      );
      for (const row of rows) {
        expect(row).toMatchObject({ recipient: null, subject: null, confidential: true });
        expect(row.key).toMatch(/^intervision-[a-z-]+:[0-9a-f]{64}$/);
      }
      const log = JSON.stringify(rows);
      for (const text of [
        TITLE,
        GROUP,
        caseId,
        ...Object.values(w.ids),
        ...Object.values(w.emails),
      ]) {
        expect(log).not.toContain(text);
      }
      // Other mail keeps its details.
      expect(data.sentEmails.nodes.some((n) => !n.confidential && n.recipient)).toBe(
        data.sentEmails.nodes.some((n) => !n.kind.startsWith('intervision-')),
      );
      // And the database row itself holds no recipient or subject.
      const stored: { n: number }[] = await stack.dataSource.query(
        `SELECT count(*)::int AS n FROM sent_email
          WHERE key LIKE 'intervision-%' AND (recipient IS NOT NULL OR subject IS NOT NULL)`,
      );
      expect(stored[0].n).toBe(0);
    });

    it('does keep a failed intervisie send as kind and time only', async () => {
      stack.mail.refuse(w.emails.copMember, {
        code: 550,
        message: `<${w.emails.copMember}> unknown`,
      });
      await w.clients.moderator.ok(INVITE, { g: w.groupId, m: w.ids.copMember });
      const failures = await waitFor(async () => {
        const data = await w.clients.admin.ok<{ emailFailures: { nodes: SentRow[] } }>(FAILURES);
        const rows = data.emailFailures.nodes.filter((n) => n.kind === 'intervision-invitation');
        return rows.length > 0 ? rows : undefined;
      }, 'the refused invitation to be logged');
      expect(failures[0]).toMatchObject({ recipient: null, subject: null, confidential: true });
      const messages: { message: string }[] = await stack.dataSource.query(
        `SELECT message FROM email_failure WHERE key LIKE 'intervision-%'`,
      );
      expect(messages).toEqual([{ message: 'SMTP 550' }]);
    });
  });

  describe('membership ends with the CoP membership, for good', () => {
    let w: IntervisionWorld;
    let caseId: string;

    const status = async (memberId: string) => {
      const rows: { status: string; end_reason: string | null }[] = await stack.dataSource.query(
        `SELECT status, end_reason FROM intervision_group_member WHERE group_id = $1 AND member_id = $2`,
        [w.groupId, memberId],
      );
      return rows[0];
    };
    const audit = async (action: string) =>
      (await stack.dataSource.query(
        `SELECT actor_id AS "actorId", detail FROM intervision_audit
          WHERE group_id = $1 AND action = $2 ORDER BY id`,
        [w.groupId, action],
      )) as { actorId: string | null; detail: Record<string, unknown> }[];

    // Steps the tests before take, for a test that starts further on; a step already on record
    // in the audit (the whole file in order) is skipped.
    /** p2's CoP membership started anew; the moderator invited them again and they accepted. */
    async function p2Readmitted(): Promise<void> {
      if ((await audit('member.readmitted')).some((a) => a.detail.memberId === w.ids.p2)) return;
      await stack.dataSource.query(
        `UPDATE community_membership SET joined_at = now()
          WHERE community_id = $1 AND member_id = $2`,
        [w.communityId, w.ids.p2],
      );
      await w.clients.moderator.ok(INVITE, { g: w.groupId, m: w.ids.p2 });
      await w.clients.p2.ok(AGREE, { g: w.groupId });
    }
    /** p1 leaves the open CoP and joins it again at once. */
    async function p1LeavesTheCopAndRejoins(): Promise<void> {
      const ref = { input: { communityId: w.communityId } };
      await w.clients.p1.ok(
        `mutation($input: CommunityRefInput!) { leaveCommunity(input: $input) }`,
        ref,
      );
      await w.clients.p1.ok(
        `mutation($input: CommunityRefInput!) { joinCommunity(input: $input) { role } }`,
        ref,
      );
    }
    /** p1 left the open CoP and rejoined; the worker ended their intervisie membership. */
    async function p1LeftTheCop(): Promise<void> {
      if ((await audit('member.context-ended')).some((a) => a.detail.memberId === w.ids.p1)) return;
      await p1LeavesTheCopAndRejoins();
      await waitFor(
        async () => (await status(w.ids.p1)).status === 'LEFT',
        'the worker to end the intervisie membership',
      );
    }

    beforeAll(async () => {
      w = await setUpIntervision(stack, 'terugkeer');
      await stack.dataSource.query(`UPDATE community SET join_policy = 'OPEN' WHERE id = $1`, [
        w.communityId,
      ]);
      caseId = await draftCase(w.clients.owner, w.groupId);
      await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
      expect((await readCase(w.clients.p1, caseId)).id).toBe(caseId);
    });

    it('does treat a membership as void once the CoP membership started anew (before the worker)', async () => {
      // As if p2 left and rejoined without the worker having run yet.
      await stack.dataSource.query(
        `UPDATE community_membership SET joined_at = now()
          WHERE community_id = $1 AND member_id = $2`,
        [w.communityId, w.ids.p2],
      );
      expect(await codeOf(w.clients.p2, CASE, { id: caseId })).toBe('CASE_NOT_FOUND');
      expect(await codeOf(w.clients.p2, GROUP_QUERY, { id: w.groupId })).toBe('GROUP_NOT_FOUND');
      expect((await status(w.ids.p2)).status).toBe('ACTIVE');
      const seen = await w.clients.moderator.ok<{
        intervisionGroup: { memberCount: number; members: { member: { id: string } }[] };
      }>(
        `query($id: ID!) { intervisionGroup(id: $id) { memberCount members { member { id } } } }`,
        { id: w.groupId },
      );
      expect(seen.intervisionGroup.members.map((m) => m.member.id)).not.toContain(w.ids.p2);
      expect(seen.intervisionGroup.memberCount).toBe(3);
      // The moderator can invite them again at once; they join by accepting anew.
      await w.clients.moderator.ok(INVITE, { g: w.groupId, m: w.ids.p2 });
      expect(await status(w.ids.p2)).toEqual({ status: 'INVITED', end_reason: null });
      expect(await codeOf(w.clients.p2, CASE, { id: caseId })).toBe('CASE_NOT_FOUND');
      await w.clients.p2.ok(AGREE, { g: w.groupId });
      expect((await readCase(w.clients.p2, caseId)).id).toBe(caseId);
    });

    it('does not give the case back to a member who left the open CoP and rejoined', async () => {
      await p1LeavesTheCopAndRejoins();
      const result = await w.clients.p1.request(CASE, { id: caseId });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.data?.intervisionCase ?? null).toBeNull();
      // The worker ends the membership for good, on record.
      await waitFor(
        async () => (await status(w.ids.p1)).status === 'LEFT',
        'the worker to end the intervisie membership',
      );
      expect(await status(w.ids.p1)).toEqual({ status: 'LEFT', end_reason: 'CONTEXT_ENDED' });
      expect(await audit('member.context-ended')).toEqual([
        { actorId: null, detail: { memberId: w.ids.p1, cause: 'COMMUNITY_LEFT' } },
      ]);
      expect(await codeOf(w.clients.p1, CASE, { id: caseId })).toBe('CASE_NOT_FOUND');
      // Accepting the agreement again is no way back without a new invitation.
      expect(await codeOf(w.clients.p1, AGREE, { g: w.groupId })).toBe('GROUP_NOT_FOUND');
    });

    it('does end the membership of a member a coordinator removed from the CoP', async () => {
      await p1LeftTheCop();
      await w.clients.moderator.ok(
        `mutation($c: ID!, $m: ID!) { removeCommunityMember(input: { communityId: $c, memberId: $m }) }`,
        { c: w.communityId, m: w.ids.p2 },
      );
      await waitFor(
        async () => (await status(w.ids.p2)).status === 'LEFT',
        'the worker to end the removed member’s intervisie membership',
      );
      expect((await audit('member.context-ended')).map((a) => a.detail.cause)).toEqual([
        'COMMUNITY_LEFT',
        'COMMUNITY_REMOVED',
      ]);
    });

    it('does let only a moderator re-admit, and the member must accept the agreement again', async () => {
      await p2Readmitted();
      await p1LeftTheCop();
      expect(await codeOf(w.clients.owner, INVITE, { g: w.groupId, m: w.ids.p1 })).toBe(
        'MODERATOR_REQUIRED',
      );
      await w.clients.moderator.ok(INVITE, { g: w.groupId, m: w.ids.p1 });
      expect(await status(w.ids.p1)).toEqual({ status: 'INVITED', end_reason: null });
      expect((await audit('member.readmitted')).map((a) => a.detail.memberId)).toEqual([
        w.ids.p2,
        w.ids.p1,
      ]);
      // Invited again, not yet a member: still no case.
      expect(await codeOf(w.clients.p1, CASE, { id: caseId })).toBe('CASE_NOT_FOUND');
      await w.clients.p1.ok(AGREE, { g: w.groupId });
      expect((await readCase(w.clients.p1, caseId)).id).toBe(caseId);
    });

    it('does let a moderator remove a participant: access ends, an email, an audit row', async () => {
      expect(await codeOf(w.clients.owner, REMOVE, { g: w.groupId, m: w.ids.p1 })).toBe(
        'MODERATOR_REQUIRED',
      );
      expect(await codeOf(w.clients.moderator, REMOVE, { g: w.groupId, m: w.ids.moderator })).toBe(
        'CANNOT_REMOVE_SELF',
      );
      expect(await codeOf(w.clients.moderator, REMOVE, { g: w.groupId, m: w.ids.copMember })).toBe(
        'NOT_IN_GROUP',
      );
      await w.clients.moderator.ok(REMOVE, { g: w.groupId, m: w.ids.p1 });
      expect(await codeOf(w.clients.p1, CASE, { id: caseId })).toBe('CASE_NOT_FOUND');
      expect(await status(w.ids.p1)).toEqual({ status: 'LEFT', end_reason: 'REMOVED' });
      expect(await audit('member.removed')).toEqual([
        {
          actorId: w.ids.moderator,
          detail: { memberId: w.ids.p1, role: 'PARTICIPANT', status: 'ACTIVE' },
        },
      ]);
      const mail = await stack.mail.waitFor(
        (m) =>
          m.to.includes(w.emails.p1) &&
          m.subject === `Je doet niet meer mee aan de intervisiegroep ${GROUP}`,
      );
      expect(mail.text).not.toContain('Vastgelopen samenwerking');
      expect(mail.html).not.toContain('Vastgelopen samenwerking');
    });
  });
});

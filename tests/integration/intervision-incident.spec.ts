import { readSharedIntervisionLessons } from '@leerhuis/intervision';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  ACCEPT,
  ADVANCE,
  CLOSE_CASE,
  CLOSE_PHASE,
  codeOf,
  CONSENT,
  CONTRIBUTE,
  draftCase,
  EDIT,
  FOLLOW_UP,
  IntervisionWorld,
  METHOD,
  OPEN,
  readCase,
  REFLECT,
  SECRET,
  setUpIntervision,
  SHARE,
} from './intervision-support';

describe('intervision: a full incidentmethode case through the real stack', () => {
  let stack: TestStack;
  let w: IntervisionWorld;
  let caseId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await setUpIntervision(stack);
  });
  afterAll(() => stack?.stop());

  // Each test drives a case of its own to where it starts, by the steps the tests before take.
  beforeEach(() => {
    caseId = '';
  });

  const contribute = (who: keyof IntervisionWorld['clients'], kind: string, body: string) =>
    codeOf(w.clients[who], CONTRIBUTE, { id: caseId, kind, body });

  /** Drafted by the owner and accepted by the moderator: the pitch is open. */
  async function pitchOpen(): Promise<void> {
    caseId = await draftCase(w.clients.owner, w.groupId);
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
  }
  /** ...pitched, and a question asked and answered. */
  async function questionsAnswered(): Promise<void> {
    await pitchOpen();
    await contribute('owner', 'ANSWER', 'Kort: de samenwerking loopt vast.');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    await contribute('p1', 'CLARIFYING_QUESTION', 'Wie nam het initiatief?');
    await contribute('owner', 'ANSWER', 'De directeur van Zuid.');
  }
  /** ...analysed by p1: the advice round is open. */
  async function adviceOpen(): Promise<void> {
    await questionsAnswered();
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    await contribute('p1', 'PERSPECTIVE', 'Het lijkt een belangenconflict.');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
  }
  /** ...advised, responded to and evaluated: the case is closing. */
  async function closing(): Promise<void> {
    await adviceOpen();
    await contribute('p1', 'ADVICE', 'Organiseer een gezamenlijke sessie.');
    await contribute('p2', 'ADVICE', 'Zoek een gedeeld belang.');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    await contribute('owner', 'REFLECTION', 'Het advies over het gedeelde belang raakt me.');
    await contribute('owner', 'NEXT_STEP', 'Een gezamenlijke sessie beleggen.');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    for (const who of ['owner', 'p1', 'p2', 'moderator'] as const) {
      await contribute(who, 'EVALUATION', `Evaluatie van ${who}`);
    }
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
  }
  /** ...reflected on by the owner and closed with lessons by the moderator. */
  async function closed(): Promise<void> {
    await closing();
    await w.clients.owner.ok(REFLECT, { id: caseId });
    await w.clients.moderator.ok(CLOSE_CASE, {
      id: caseId,
      lessons: 'Benoem eerst het gedeelde belang voordat je over oplossingen praat.',
    });
  }

  it('does let a member draft and the moderator accept, opening the pitch with emails', async () => {
    // Each invitee was told about the group and its agreement, nothing more.
    const invitation = await stack.mail.waitFor(
      (m) =>
        m.to.includes(w.emails.p1) && m.subject.startsWith('Uitnodiging voor de intervisiegroep'),
    );
    expect(invitation.text).toContain(`/intervisie/groepen/${w.groupId}`);
    caseId = await draftCase(w.clients.owner, w.groupId);
    expect((await readCase(w.clients.owner, caseId)).expectedOfViewer.task).toBe(
      'WAIT_FOR_ACCEPTANCE',
    );
    expect((await readCase(w.clients.moderator, caseId)).expectedOfViewer.task).toBe('ACCEPT_CASE');
    expect(
      await codeOf(w.clients.p1, ACCEPT, { input: { caseId, methodId: METHOD.incident } }),
    ).toBe('MODERATOR_REQUIRED');
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.incident } });
    const view = await readCase(w.clients.owner, caseId);
    expect(view.state).toBe('IN_PHASE');
    expect(view.currentPhaseIndex).toBe(0);
    expect(view.phases.map((p) => p.key)).toEqual([
      'pitch',
      'questions',
      'analysis',
      'advice',
      'response',
      'evaluation',
    ]);
    expect(view.expectedOfViewer).toMatchObject({ task: 'CONTRIBUTE', allowedKinds: ['ANSWER'] });
    for (const who of ['owner', 'p1', 'p2', 'moderator'] as const) {
      const mail = await stack.mail.waitFor(
        (m) =>
          m.to.includes(w.emails[who]) &&
          m.subject === 'Nieuwe fase geopend in intervisiegroep Intervisiegroep Noord',
      );
      // The subject leaves the platform: the group's name, never the case's title.
      expect(mail.subject).not.toContain('Vastgelopen samenwerking');
      expect(mail.text).toContain('Inbreng');
      expect(mail.text).not.toContain(SECRET);
    }
    const ownerMail = stack.mail.messagesTo(w.emails.owner).at(-1)!;
    expect(ownerMail.text).toContain('antwoorden en toelichting');
  });

  it('does take the pitch from the case owner only, and questions only from the group', async () => {
    await pitchOpen();
    expect(await contribute('owner', 'ANSWER', 'Kort: de samenwerking loopt vast.')).toBe('ok');
    expect(await contribute('p1', 'CLARIFYING_QUESTION', 'Te vroeg')).toBe('ROLE_MAY_NOT_WRITE');
    expect(await codeOf(w.clients.p2, ADVANCE, { input: { caseId } })).toBe('MODERATOR_REQUIRED');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    expect(await contribute('p1', 'CLARIFYING_QUESTION', 'Wie nam het initiatief?')).toBe('ok');
    const before = await countRows(stack, 'intervision_contribution');
    expect(await contribute('p1', 'ADVICE', 'Bel ze gewoon op.')).toBe('WRONG_KIND_FOR_PHASE');
    expect(await countRows(stack, 'intervision_contribution')).toBe(before);
    expect(await contribute('owner', 'ANSWER', 'De directeur van Zuid.')).toBe('ok');
    expect((await readCase(w.clients.p2, caseId)).expectedOfViewer).toMatchObject({
      task: 'CONTRIBUTE',
      allowedKinds: ['CLARIFYING_QUESTION'],
    });
  });

  it('does remind who has not written and advance by itself at a short deadline', async () => {
    await questionsAnswered();
    await w.clients.moderator.ok(ADVANCE, {
      input: { caseId, windowSeconds: 3, autoAdvance: true },
    });
    expect((await readCase(w.clients.owner, caseId)).expectedOfViewer.task).toBe('LISTEN');
    expect(await contribute('owner', 'PERSPECTIVE', 'Ik zie het zo')).toBe(
      'CASE_OWNER_LISTENS_ONLY',
    );
    const analysis = await w.clients.p1.ok<{ contributeToIntervisionCase: { id: string } }>(
      CONTRIBUTE,
      { id: caseId, kind: 'PERSPECTIVE', body: 'Het lijkt een belangenconflict.' },
    );
    const reminder = await stack.mail.waitFor(
      (m) =>
        m.to.includes(w.emails.p2) &&
        m.subject.startsWith('Herinnering: een fase in intervisiegroep') &&
        m.text.includes('Analyse'),
    );
    expect(reminder.text).not.toContain(SECRET);
    await waitFor(
      async () => ((await readCase(w.clients.p1, caseId)).currentPhaseIndex === 3 ? true : false),
      'the analysis phase to advance at its deadline',
    );
    // p1 wrote, the case owner listens only: neither is reminded.
    expect(
      stack.mail.messagesTo(w.emails.p1).some((m) => m.subject.startsWith('Herinnering')),
    ).toBe(false);
    expect(
      stack.mail.messagesTo(w.emails.owner).some((m) => m.subject.startsWith('Herinnering')),
    ).toBe(false);
    const view = await readCase(w.clients.p1, caseId);
    expect(view.phases[2].status).toBe('CLOSED');
    expect(view.phases[3].status).toBe('OPEN');
    // Editing after the phase closed is refused; nothing changes.
    expect(
      await codeOf(w.clients.p1, EDIT, {
        id: analysis.contributeToIntervisionCase.id,
        body: 'Toch anders',
      }),
    ).toBe('CONTRIBUTION_LOCKED');
    expect(await countRows(stack, 'intervision_contribution', `body = 'Toch anders'`)).toBe(0);
    const audit: { action: string }[] = await stack.dataSource.query(
      `SELECT action FROM intervision_audit WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    expect(audit.map((a) => a.action)).toContain('phase.closed-by-deadline');
  });

  it('does keep the case owner listening in the advice round and refuse a closed phase', async () => {
    await adviceOpen();
    expect(await contribute('owner', 'ADVICE', 'Mijn eigen advies')).toBe(
      'CASE_OWNER_LISTENS_ONLY',
    );
    expect(await contribute('p1', 'ADVICE', 'Organiseer een gezamenlijke sessie.')).toBe('ok');
    expect(await contribute('p2', 'ADVICE', 'Zoek een gedeeld belang.')).toBe('ok');
    await w.clients.moderator.ok(CLOSE_PHASE, { id: caseId });
    expect(await contribute('p2', 'ADVICE', 'Nog een advies')).toBe('PHASE_CLOSED');
    expect((await readCase(w.clients.moderator, caseId)).expectedOfViewer.task).toBe('OPEN_PHASE');
    await w.clients.moderator.ok(OPEN, { input: { caseId } });
    expect(
      await contribute('owner', 'REFLECTION', 'Het advies over het gedeelde belang raakt me.'),
    ).toBe('ok');
    expect(await contribute('owner', 'NEXT_STEP', 'Een gezamenlijke sessie beleggen.')).toBe('ok');
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    for (const who of ['owner', 'p1', 'p2', 'moderator'] as const) {
      expect(await contribute(who, 'EVALUATION', `Evaluatie van ${who}`)).toBe('ok');
    }
    const closing = await w.clients.moderator.ok<{ advanceIntervisionPhase: { state: string } }>(
      ADVANCE,
      { input: { caseId } },
    );
    expect(closing.advanceIntervisionPhase.state).toBe('CLOSING');
  });

  it('does close with reflection and lessons, email the group and ask a follow-up', async () => {
    await closing();
    await stack.dataSource.query(
      `UPDATE intervision_group SET follow_up_seconds = 2 WHERE id = $1`,
      [w.groupId],
    );
    const lessons = 'Benoem eerst het gedeelde belang voordat je over oplossingen praat.';
    expect(await codeOf(w.clients.moderator, CLOSE_CASE, { id: caseId, lessons })).toBe(
      'REFLECTION_REQUIRED',
    );
    expect((await readCase(w.clients.owner, caseId)).expectedOfViewer.task).toBe(
      'WRITE_REFLECTION',
    );
    expect(await codeOf(w.clients.p1, REFLECT, { id: caseId })).toBe('CASE_OWNER_REQUIRED');
    await w.clients.owner.ok(REFLECT, { id: caseId });
    expect(await codeOf(w.clients.owner, CLOSE_CASE, { id: caseId, lessons })).toBe(
      'MODERATOR_REQUIRED',
    );
    await w.clients.moderator.ok(CLOSE_CASE, { id: caseId, lessons });
    for (const who of ['owner', 'p1', 'p2', 'moderator'] as const) {
      const mail = await stack.mail.waitFor(
        (m) => m.to.includes(w.emails[who]) && m.subject.startsWith('Casus afgesloten in'),
      );
      expect(mail.text).not.toContain(lessons);
    }
    const ask = await stack.mail.waitFor(
      (m) => m.to.includes(w.emails.owner) && m.subject.startsWith('Hoe ging je volgende stap?'),
    );
    expect(ask.text).toContain(`/intervisie/casussen/${caseId}#follow-up`);
    await waitFor(
      async () =>
        (await readCase(w.clients.owner, caseId)).expectedOfViewer.task === 'ANSWER_FOLLOW_UP'
          ? true
          : false,
      'the follow-up to be asked',
    );
    expect(await codeOf(w.clients.p1, FOLLOW_UP, { id: caseId, answer: 'x' })).toBe(
      'CASE_OWNER_REQUIRED',
    );
    await w.clients.owner.ok(FOLLOW_UP, { id: caseId, answer: 'De sessie was een doorbraak.' });
    const view = await readCase(w.clients.p2, caseId);
    expect(view.followUpAnswer).toBe('De sessie was een doorbraak.');
    // No email ever carried the case content.
    expect(
      stack.mail.messages.filter((m) => m.text.includes(SECRET) || m.html.includes(SECRET)),
    ).toEqual([]);
  });

  it('does share anonymised lessons only within the case owner’s consent', async () => {
    await closed();
    expect(await codeOf(w.clients.moderator, SHARE, { id: caseId, scope: 'COMMUNITY' })).toBe(
      'CONSENT_REQUIRED',
    );
    expect(
      await readSharedIntervisionLessons(stack.dataSource, { communityId: w.communityId }),
    ).toEqual([]);
    expect(await codeOf(w.clients.moderator, CONSENT, { id: caseId, scope: 'COMMUNITY' })).toBe(
      'CASE_OWNER_REQUIRED',
    );
    await w.clients.owner.ok(CONSENT, { id: caseId, scope: 'COMMUNITY' });
    expect(await codeOf(w.clients.moderator, SHARE, { id: caseId, scope: 'PLATFORM' })).toBe(
      'CONSENT_REQUIRED',
    );
    await w.clients.moderator.ok(SHARE, { id: caseId, scope: 'COMMUNITY' });
    const shared = await readSharedIntervisionLessons(stack.dataSource, {
      communityId: w.communityId,
    });
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({
      lessons: 'Benoem eerst het gedeelde belang voordat je over oplossingen praat.',
      methodNameNl: 'Incidentmethode',
      scope: 'COMMUNITY',
    });
    expect(JSON.stringify(shared)).not.toContain(caseId);
    expect(JSON.stringify(shared)).not.toContain('Vastgelopen');
    expect(await readSharedIntervisionLessons(stack.dataSource, { communityId: null })).toEqual([]);
    // Withdrawing consent takes the lessons back at once.
    await w.clients.owner.ok(CONSENT, { id: caseId, scope: 'NONE' });
    expect(
      await readSharedIntervisionLessons(stack.dataSource, { communityId: w.communityId }),
    ).toEqual([]);
  });
});

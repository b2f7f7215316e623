import { QueueName } from '@leerhuis/platform-queue';
import { waitFor } from '@leerhuis/platform-testing';

import { countRows } from '../support/members';
import { startStack, TestStack } from '../support/stack';
import {
  ACCEPT,
  ADVANCE,
  CLOSE_CASE,
  codeOf,
  CONTRIBUTE,
  draftCase,
  EXTEND,
  IntervisionWorld,
  METHOD,
  readCase,
  REFLECT,
  SECRET,
  setUpIntervision,
} from './intervision-support';

describe('intervision: a roddelmethode case through the real stack', () => {
  let stack: TestStack;
  let w: IntervisionWorld;
  let caseId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    w = await setUpIntervision(stack, 'roddel');
    caseId = await draftCase(w.clients.p1, w.groupId, 'Lastige opdrachtgever');
  });
  afterAll(() => stack?.stop());

  const contribute = (who: keyof IntervisionWorld['clients'], kind: string, body: string) =>
    codeOf(w.clients[who], CONTRIBUTE, { id: caseId, kind, body });
  const phaseOf = async () => (await readCase(w.clients.moderator, caseId)).currentPhaseIndex;

  /** Taken up and past the pitch into the questions, as the first test leaves the case. */
  const inQuestions = async () => {
    if ((await readCase(w.clients.moderator, caseId)).state === 'DRAFT') {
      await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.roddel } });
    }
    if ((await phaseOf()) === 0) {
      await contribute('p1', 'ANSWER', 'Mijn opdrachtgever verandert steeds de vraag.');
      await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    }
  };
  /**
   * Past the gossip round into the reaction, as the second test leaves the case: a gossip
   * round with a deadline, extended once, that ends by that deadline.
   */
  const inReaction = async () => {
    await inQuestions();
    if ((await phaseOf()) === 1) {
      await w.clients.moderator.ok(ADVANCE, {
        input: { caseId, windowSeconds: 2, autoAdvance: true },
      });
      await w.clients.moderator.ok(EXTEND, { id: caseId, s: 3 });
    }
    await waitFor(async () => (await phaseOf()) === 3, 'the gossip round to end');
  };

  it('does run pitch and questions, with p1 as the case owner', async () => {
    await w.clients.moderator.ok(ACCEPT, { input: { caseId, methodId: METHOD.roddel } });
    expect(await contribute('p1', 'ANSWER', 'Mijn opdrachtgever verandert steeds de vraag.')).toBe(
      'ok',
    );
    expect(await contribute('owner', 'ANSWER', 'Ik ben niet de inbrenger')).toBe(
      'ROLE_MAY_NOT_WRITE',
    );
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    expect(await contribute('owner', 'CLARIFYING_QUESTION', 'Sinds wanneer?')).toBe('ok');
    expect(await contribute('p1', 'CLARIFYING_QUESTION', 'Een vraag aan mezelf')).toBe(
      'WRONG_KIND_FOR_PHASE',
    );
    expect(await contribute('p1', 'ANSWER', 'Sinds de zomer.')).toBe('ok');
  });

  it('does keep the case owner listening in the gossip round; an extended deadline moves the advance', async () => {
    await inQuestions();
    await w.clients.moderator.ok(ADVANCE, {
      input: { caseId, windowSeconds: 2, autoAdvance: true },
    });
    const owner = await readCase(w.clients.p1, caseId);
    expect(owner.expectedOfViewer).toEqual({
      task: 'LISTEN',
      allowedKinds: [],
      phaseIndex: 2,
      deadline: expect.any(String),
    });
    expect((await readCase(w.clients.p2, caseId)).expectedOfViewer.allowedKinds).toEqual([
      'PERSPECTIVE',
      'ADVICE',
    ]);
    const before = await countRows(stack, 'intervision_contribution');
    expect(await contribute('p1', 'PERSPECTIVE', 'Ik wil ook iets zeggen')).toBe(
      'CASE_OWNER_LISTENS_ONLY',
    );
    expect(await contribute('p1', 'REFLECTION', 'Of dit dan')).toBe('CASE_OWNER_LISTENS_ONLY');
    expect(await countRows(stack, 'intervision_contribution')).toBe(before);
    expect(await contribute('owner', 'PERSPECTIVE', 'Zij zoekt houvast, denk ik.')).toBe('ok');
    expect(await codeOf(w.clients.p2, EXTEND, { id: caseId, s: 3 })).toBe('MODERATOR_REQUIRED');
    await w.clients.moderator.ok(EXTEND, { id: caseId, s: 3 });
    // The original deadline passes: the phase stays, its old job finds the deadline moved.
    await stack.waitForJob(
      QueueName.Intervision,
      `intervision-advance-${caseId}-2-${new Date(owner.expectedOfViewer.deadline!).getTime()}`,
    );
    expect(await phaseOf()).toBe(2);
    await waitFor(
      async () => (await phaseOf()) === 3,
      'the gossip round to end at the new deadline',
    );
    for (const who of ['moderator', 'owner', 'p1', 'p2'] as const) {
      await stack.mail.waitFor(
        (m) =>
          m.to.includes(w.emails[who]) &&
          m.subject.startsWith('Nieuwe fase geopend') &&
          m.text.includes('Reactie'),
      );
    }
    const ownerMail = stack.mail.messages.find(
      (m) =>
        m.to.includes(w.emails.p1) &&
        m.subject.startsWith('Nieuwe fase geopend') &&
        m.text.includes('Reactie'),
    )!;
    expect(ownerMail.text).toContain('reflectie en een volgende stap');
  });

  it('does ignore a deadline the moderator already advanced past', async () => {
    await inReaction();
    expect(await contribute('p1', 'REFLECTION', 'Ik herken het houvast zoeken.')).toBe('ok');
    expect(await contribute('p1', 'NEXT_STEP', 'De vraag samen op papier zetten.')).toBe('ok');
    expect(await contribute('owner', 'ADVICE', 'Niet nu')).toBe('ROLE_MAY_NOT_WRITE');
    // The evaluation advances by itself after 2 seconds, but the moderator gets there first:
    // the delayed job must then leave the closing case alone.
    await w.clients.moderator.ok(ADVANCE, {
      input: { caseId, windowSeconds: 2, autoAdvance: true },
    });
    expect(await phaseOf()).toBe(4);
    for (const who of ['owner', 'p1', 'p2', 'moderator'] as const) {
      expect(await contribute(who, 'EVALUATION', `Evaluatie ${who}`)).toBe('ok');
    }
    await w.clients.moderator.ok(ADVANCE, { input: { caseId } });
    await stack.waitForJob(QueueName.Intervision, (id) =>
      id.startsWith(`intervision-advance-${caseId}-4-`),
    );
    expect((await readCase(w.clients.moderator, caseId)).state).toBe('CLOSING');
    await w.clients.p1.ok(REFLECT, { id: caseId });
    await w.clients.moderator.ok(CLOSE_CASE, {
      id: caseId,
      lessons: 'Maak de vraag samen expliciet.',
    });
    await stack.mail.waitFor(
      (m) =>
        m.to.includes(w.emails.p2) &&
        m.subject === 'Casus afgesloten in intervisiegroep Intervisiegroep Noord',
    );
    expect(
      stack.mail.messages.some((m) => m.text.includes(SECRET) || m.html.includes(SECRET)),
    ).toBe(false);
    expect(stack.mail.messages.some((m) => m.subject.includes('Lastige opdrachtgever'))).toBe(
      false,
    );
    const audit: { action: string }[] = await stack.dataSource.query(
      `SELECT action FROM intervision_audit WHERE case_id = $1 ORDER BY id`,
      [caseId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'case.accepted',
      'phase.opened',
      'phase.closed',
      'phase.opened',
      'phase.closed',
      'phase.opened',
      'phase.extended',
      'phase.closed-by-deadline',
      'phase.opened-by-deadline',
      'phase.closed',
      'phase.opened',
      'phase.closed',
      'case.closing',
      'case.closed',
    ]);
  });
});

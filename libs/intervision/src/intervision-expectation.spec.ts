import { CaseState } from './entities/intervision-case.entity';
import { expectationFor, ExpectationInput, IntervisionTask } from './intervision-expectation';
import { ContributionKind as K, IntervisionRole as R, MethodPhase } from './intervision-method';

const advice: MethodPhase = {
  key: 'advice',
  titleNl: 'Adviesronde',
  titleEn: 'Advice round',
  instructionNl: '',
  instructionEn: '',
  writers: [R.PARTICIPANTS, R.MODERATOR],
  kinds: [K.ADVICE],
  durationMinutes: null,
};

const base: ExpectationInput = {
  state: CaseState.IN_PHASE,
  phase: advice,
  phaseOpen: true,
  role: R.PARTICIPANTS,
  isModerator: false,
  hasReflection: false,
  hasLessons: false,
  followUpAsked: false,
  followUpAnswered: false,
};

describe('expectationFor', () => {
  it('does tell participants to give advice and the case owner to listen', () => {
    expect(expectationFor(base)).toEqual({
      task: IntervisionTask.CONTRIBUTE,
      allowedKinds: [K.ADVICE],
    });
    expect(expectationFor({ ...base, role: R.CASE_OWNER }).task).toBe(IntervisionTask.LISTEN);
  });

  it('does ask the moderator to open the next phase once one is closed', () => {
    expect(
      expectationFor({ ...base, phaseOpen: false, role: R.MODERATOR, isModerator: true }).task,
    ).toBe(IntervisionTask.OPEN_PHASE);
    expect(expectationFor({ ...base, phaseOpen: false }).task).toBe(IntervisionTask.WAIT);
  });

  it('does walk the closing: reflection first, then lessons, then the follow-up', () => {
    const closing = { ...base, state: CaseState.CLOSING, phase: null };
    expect(expectationFor({ ...closing, role: R.CASE_OWNER }).task).toBe(
      IntervisionTask.WRITE_REFLECTION,
    );
    expect(expectationFor({ ...closing, role: R.MODERATOR, isModerator: true }).task).toBe(
      IntervisionTask.RECORD_LESSONS,
    );
    const closed = { ...closing, state: CaseState.CLOSED, role: R.CASE_OWNER };
    expect(expectationFor({ ...closed, followUpAsked: true }).task).toBe(
      IntervisionTask.ANSWER_FOLLOW_UP,
    );
    expect(expectationFor({ ...closed, followUpAsked: true, followUpAnswered: true }).task).toBe(
      IntervisionTask.DONE,
    );
  });

  it('does give non-members nothing', () => {
    expect(expectationFor({ ...base, role: null })).toEqual({
      task: IntervisionTask.NONE,
      allowedKinds: [],
    });
  });
});

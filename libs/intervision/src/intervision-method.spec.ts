import {
  allowedKinds,
  ContributionKind as K,
  IntervisionRole as R,
  MethodPhase,
  phaseProblems,
} from './intervision-method';

const phase = (writers: R[], kinds: K[]): MethodPhase => ({
  key: 'p',
  titleNl: 'Fase',
  titleEn: 'Phase',
  instructionNl: '',
  instructionEn: '',
  writers,
  kinds,
  durationMinutes: null,
});

describe('allowedKinds', () => {
  it('does give the case owner answers and participants questions in a question round', () => {
    const questions = phase(
      [R.CASE_OWNER, R.PARTICIPANTS, R.MODERATOR],
      [K.CLARIFYING_QUESTION, K.ANSWER],
    );
    expect(allowedKinds(questions, R.CASE_OWNER)).toEqual([K.ANSWER]);
    expect(allowedKinds(questions, R.PARTICIPANTS)).toEqual([K.CLARIFYING_QUESTION]);
    expect(allowedKinds(questions, R.MODERATOR)).toEqual([K.CLARIFYING_QUESTION]);
  });

  it('does leave the case owner nothing in a listen-only phase', () => {
    expect(allowedKinds(phase([R.PARTICIPANTS, R.MODERATOR], [K.ADVICE]), R.CASE_OWNER)).toEqual(
      [],
    );
  });

  it('does let everyone evaluate', () => {
    const evaluation = phase([R.CASE_OWNER, R.PARTICIPANTS], [K.EVALUATION]);
    expect(allowedKinds(evaluation, R.CASE_OWNER)).toEqual([K.EVALUATION]);
    expect(allowedKinds(evaluation, R.PARTICIPANTS)).toEqual([K.EVALUATION]);
  });
});

describe('phaseProblems', () => {
  it('does refuse phases nobody can write in, with the field', () => {
    expect(phaseProblems([phase([R.CASE_OWNER], [K.ADVICE])])).toEqual([
      {
        field: 'phases.0.kinds',
        message: 'None of these kinds can be written by the chosen writers.',
      },
    ]);
    expect(phaseProblems([])).toHaveLength(1);
    expect(phaseProblems([phase([R.PARTICIPANTS], [K.ADVICE])])).toEqual([]);
  });
});

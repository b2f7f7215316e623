import { CaseState } from './entities/intervision-case.entity';
import { allowedKinds, ContributionKind, IntervisionRole, MethodPhase } from './intervision-method';

/** What is expected of the viewer right now, in one word the web and emails can phrase. */
export enum IntervisionTask {
  /** Not a member: nothing to do (platform admins see metadata only). */
  NONE = 'NONE',
  WAIT_FOR_ACCEPTANCE = 'WAIT_FOR_ACCEPTANCE',
  ACCEPT_CASE = 'ACCEPT_CASE',
  OPEN_PHASE = 'OPEN_PHASE',
  CONTRIBUTE = 'CONTRIBUTE',
  LISTEN = 'LISTEN',
  MODERATE = 'MODERATE',
  WAIT = 'WAIT',
  WRITE_REFLECTION = 'WRITE_REFLECTION',
  RECORD_LESSONS = 'RECORD_LESSONS',
  ANSWER_FOLLOW_UP = 'ANSWER_FOLLOW_UP',
  DONE = 'DONE',
}

export interface ExpectationInput {
  state: CaseState;
  /** The current phase definition and whether it is open (IN_PHASE only). */
  phase: MethodPhase | null;
  phaseOpen: boolean;
  /** The role the viewer writes in; null for non-members. */
  role: IntervisionRole | null;
  isModerator: boolean;
  hasReflection: boolean;
  hasLessons: boolean;
  followUpAsked: boolean;
  followUpAnswered: boolean;
}

export interface Expectation {
  task: IntervisionTask;
  allowedKinds: ContributionKind[];
}

const only = (task: IntervisionTask): Expectation => ({ task, allowedKinds: [] });

/** The viewer's task on a case; the kinds they may write now (empty unless CONTRIBUTE). */
export function expectationFor(input: ExpectationInput): Expectation {
  const { role, isModerator } = input;
  if (!role) return only(IntervisionTask.NONE);
  const owner = role === IntervisionRole.CASE_OWNER;
  switch (input.state) {
    case CaseState.DRAFT:
      if (isModerator) return only(IntervisionTask.ACCEPT_CASE);
      return only(owner ? IntervisionTask.WAIT_FOR_ACCEPTANCE : IntervisionTask.WAIT);
    case CaseState.ACCEPTED:
      return only(isModerator ? IntervisionTask.OPEN_PHASE : IntervisionTask.WAIT);
    case CaseState.IN_PHASE: {
      if (!input.phase || !input.phaseOpen) {
        return only(isModerator ? IntervisionTask.OPEN_PHASE : IntervisionTask.WAIT);
      }
      const kinds = allowedKinds(input.phase, role);
      if (kinds.length > 0) return { task: IntervisionTask.CONTRIBUTE, allowedKinds: kinds };
      if (isModerator) return only(IntervisionTask.MODERATE);
      return only(owner ? IntervisionTask.LISTEN : IntervisionTask.WAIT);
    }
    case CaseState.CLOSING:
      if (owner && !input.hasReflection) return only(IntervisionTask.WRITE_REFLECTION);
      if (isModerator) return only(IntervisionTask.RECORD_LESSONS);
      return only(IntervisionTask.WAIT);
    case CaseState.CLOSED:
      if (owner && input.followUpAsked && !input.followUpAnswered) {
        return only(IntervisionTask.ANSWER_FOLLOW_UP);
      }
      return only(IntervisionTask.DONE);
  }
}

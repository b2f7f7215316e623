/** Who may write in a phase. PARTICIPANTS: the group's members other than the case owner. */
export enum IntervisionRole {
  CASE_OWNER = 'CASE_OWNER',
  PARTICIPANTS = 'PARTICIPANTS',
  MODERATOR = 'MODERATOR',
}

export enum ContributionKind {
  CLARIFYING_QUESTION = 'CLARIFYING_QUESTION',
  ANSWER = 'ANSWER',
  PERSPECTIVE = 'PERSPECTIVE',
  ADVICE = 'ADVICE',
  REFLECTION = 'REFLECTION',
  NEXT_STEP = 'NEXT_STEP',
  EVALUATION = 'EVALUATION',
}

/** One phase of a method (werkvorm), stored as data (JSON) on the method and the case. */
export interface MethodPhase {
  key: string;
  titleNl: string;
  titleEn: string;
  instructionNl: string;
  instructionEn: string;
  writers: IntervisionRole[];
  kinds: ContributionKind[];
  /** The default time window when the moderator opens the phase; null: no deadline. */
  durationMinutes: number | null;
}

/** A method as a case keeps it from its acceptance on. */
export interface MethodSnapshot {
  methodId: string;
  nameNl: string;
  nameEn: string;
  phases: MethodPhase[];
}

/**
 * Kinds only the case owner writes (answers to the group, their own next step) and kinds the
 * case owner never writes (questions and advice are addressed to them). A phase's kinds are
 * narrowed by these for each writer, so the composer offers only what makes sense.
 */
const OWNER_ONLY = new Set([ContributionKind.ANSWER, ContributionKind.NEXT_STEP]);
const NEVER_OWNER = new Set([ContributionKind.CLARIFYING_QUESTION, ContributionKind.ADVICE]);

export function kindFitsRole(kind: ContributionKind, role: IntervisionRole): boolean {
  if (role === IntervisionRole.CASE_OWNER) return !NEVER_OWNER.has(kind);
  return !OWNER_ONLY.has(kind);
}

/** The kinds `role` may contribute in `phase` (empty: listens only). */
export function allowedKinds(phase: MethodPhase, role: IntervisionRole): ContributionKind[] {
  if (!phase.writers.includes(role)) return [];
  return phase.kinds.filter((kind) => kindFitsRole(kind, role));
}

/** A method's phases as a moderator may save them: every problem with its field path. */
export function phaseProblems(phases: MethodPhase[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (phases.length < 1 || phases.length > 12) {
    problems.push({ field: 'phases', message: 'A method has 1 to 12 phases.' });
  }
  phases.forEach((phase, i) => {
    const at = `phases.${i}`;
    if (phase.writers.length === 0) {
      problems.push({ field: `${at}.writers`, message: 'Choose who may write in this phase.' });
    }
    if (phase.kinds.length === 0) {
      problems.push({ field: `${at}.kinds`, message: 'Choose at least one kind of contribution.' });
    }
    const usable = phase.writers.some((role) => allowedKinds(phase, role).length > 0);
    if (phase.writers.length > 0 && phase.kinds.length > 0 && !usable) {
      problems.push({
        field: `${at}.kinds`,
        message: 'None of these kinds can be written by the chosen writers.',
      });
    }
    if (!phase.titleNl.trim() || !phase.titleEn.trim()) {
      problems.push({
        field: `${at}.titleNl`,
        message: 'Give the phase a title in both languages.',
      });
    }
  });
  return problems;
}

import { ProgrammePhase, ProgrammeStrategy, ProgrammeType } from '../entities/programme.entity';

export const MAX_PROPOSALS = 3;

export enum IntroductionReason {
  SAME_TYPE = 'SAME_TYPE',
  SAME_STRATEGY = 'SAME_STRATEGY',
  SAME_PHASE = 'SAME_PHASE',
  SHARED_THEMES = 'SHARED_THEMES',
}

export interface PeerProgramme {
  programmeId: string;
  directorId: string;
  ministryId: string;
  type: ProgrammeType;
  strategy: ProgrammeStrategy;
  phase: ProgrammePhase;
  themes: string[];
}

export interface PeerProposal {
  peerId: string;
  programmeId: string;
  score: number;
  reasons: { code: IntroductionReason; themes?: string[] }[];
}

const WEIGHT = { type: 40, strategy: 20, phase: 20, theme: 10 };

const normal = (theme: string) => theme.trim().toLowerCase();

/** How comparable two programmes are, with the reasons (pure). */
export function scorePeer(
  own: PeerProgramme,
  other: PeerProgramme,
): Pick<PeerProposal, 'score' | 'reasons'> {
  const reasons: PeerProposal['reasons'] = [];
  let score = 0;
  if (own.type === other.type) {
    score += WEIGHT.type;
    reasons.push({ code: IntroductionReason.SAME_TYPE });
  }
  if (own.strategy === other.strategy) {
    score += WEIGHT.strategy;
    reasons.push({ code: IntroductionReason.SAME_STRATEGY });
  }
  if (own.phase === other.phase) {
    score += WEIGHT.phase;
    reasons.push({ code: IntroductionReason.SAME_PHASE });
  }
  const mine = new Set(own.themes.map(normal));
  const shared = [...new Set(other.themes.map(normal))].filter((t) => t && mine.has(t)).sort();
  if (shared.length) {
    score += WEIGHT.theme * shared.length;
    reasons.push({ code: IntroductionReason.SHARED_THEMES, themes: shared });
  }
  return { score, reasons };
}

/**
 * Up to three peers for a programme director: directors of programmes in other ministries, best
 * comparable programme per person, only with at least one reason; highest score first, ties by
 * id so the outcome is deterministic.
 */
export function matchPeers(
  own: PeerProgramme,
  candidates: PeerProgramme[],
  limit = MAX_PROPOSALS,
): PeerProposal[] {
  const best = new Map<string, PeerProposal>();
  for (const other of candidates) {
    if (other.directorId === own.directorId || other.ministryId === own.ministryId) continue;
    const { score, reasons } = scorePeer(own, other);
    if (score <= 0) continue;
    const current = best.get(other.directorId);
    if (
      !current ||
      score > current.score ||
      (score === current.score && other.programmeId < current.programmeId)
    ) {
      best.set(other.directorId, {
        peerId: other.directorId,
        programmeId: other.programmeId,
        score,
        reasons,
      });
    }
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score || (a.peerId < b.peerId ? -1 : a.peerId > b.peerId ? 1 : 0))
    .slice(0, limit);
}

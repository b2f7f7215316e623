import type { MatchingInput, MatchingParticipant, OrganisationType } from '@leerhuis/matching';

import type { CoffeeDateProfile } from './profile-source';
import type { ParticipantRow } from './round-participant.repository';

/** The organisation tree's types, as the matching's policy/implementation mix sees them. */
export function organisationTypeFor(type: string): OrganisationType {
  switch (type) {
    case 'MINISTRY':
    case 'DIRECTORATE_GENERAL':
    case 'DIRECTORATE':
      return 'policy';
    case 'EXECUTIVE_AGENCY':
      return 'implementation';
    case 'INSPECTORATE':
      return 'inspection';
    case 'PROVINCE':
    case 'MUNICIPALITY':
    case 'WATER_BOARD':
      return 'other-government';
    default:
      return 'partner';
  }
}

export interface MatchingInputSource {
  participants: ParticipantRow[];
  profiles: Map<string, CoffeeDateProfile>;
  blocks: { blockerId: string; blockedId: string }[];
  history: { a: string; b: string; date: string }[];
  lastRound: { trio: Set<string>; unmatched: Set<string> };
  /** Trios and rounds left unmatched in the 12 months before this round, per member. */
  oddOneOutCounts?: Map<string, { trios: number; unmatched: number }>;
  roundDate: string;
  seed: string;
  organisationLevel: 'ministry' | 'organisation' | 'none';
  repeatWindowMonths: number;
}

/**
 * The matching engine's input for a round. Organisations are given per level: `ministry`
 * (found by walking the tree up; none for agencies without one, other governments and
 * partners, who then conflict with nobody) and `organisation` (the member's own).
 */
export function buildMatchingInput(source: MatchingInputSource): MatchingInput {
  const participants: MatchingParticipant[] = source.participants.map((p) => {
    const profile = source.profiles.get(p.memberId);
    return {
      id: p.memberId,
      organisations: {
        ministry: p.ministryId ?? undefined,
        organisation: p.organisationId,
      },
      organisationType: organisationTypeFor(p.organisationType),
      styleScores: profile?.scores,
      preferredStyles: profile?.preferredStyles ?? [],
      themes: p.themes ?? [],
      wasInTrioLastRound: source.lastRound.trio.has(p.memberId),
      wasUnmatchedLastRound: source.lastRound.unmatched.has(p.memberId),
      trioCount: source.oddOneOutCounts?.get(p.memberId)?.trios ?? 0,
      unmatchedCount: source.oddOneOutCounts?.get(p.memberId)?.unmatched ?? 0,
    };
  });
  return {
    participants,
    blocks: source.blocks,
    history: source.history.map((h) => ({ participantIds: [h.a, h.b] as const, date: h.date })),
    roundDate: source.roundDate,
    seed: source.seed,
    config: {
      // A level nobody has (team rounds): nobody conflicts on organisation.
      organisationLevel: source.organisationLevel === 'none' ? 'team' : source.organisationLevel,
      repeatWindowMonths: source.repeatWindowMonths,
    },
  };
}

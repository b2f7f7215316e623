import { evaluateMatching, matchKoffiedateRound } from '@leerhuis/matching';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from './coffee-date-round.service';
import { CoffeeDateRoundMatcher } from './coffee-date-round-matcher.service';
import { CoffeeDateMatchKind } from './entities/coffee-date-match.entity';
import { CoffeeDateRoundState } from './entities/coffee-date-round.entity';
import { RoundRepository } from './round.repository';
import { RoundGroupRepository } from './round-group.repository';
import { matchKindOf } from './round-groups';
import { RoundParticipantRepository } from './round-participant.repository';
import { UnmatchedRepository } from './unmatched.repository';

export interface PreviewGroup {
  memberIds: string[];
  kind: CoffeeDateMatchKind;
  score: number;
  reasons: { code: string; message: string }[];
}

export interface RoundPreview {
  participants: number;
  groups: PreviewGroup[];
  unmatched: { memberId: string; reason: string; message: string }[];
  objective: number;
  violations: number;
  /** True when these groups are stored (the round was matched), false for a dry run. */
  stored: boolean;
}

/** The admins' look at a round's matching: a dry run before, the stored groups after. */
@Injectable()
export class CoffeeDateRoundPreviewService {
  constructor(
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly roundGroups: RoundGroupRepository,
    private readonly participants: RoundParticipantRepository,
    private readonly roundService: CoffeeDateRoundService,
    private readonly rounds: RoundRepository,
    private readonly matcher: CoffeeDateRoundMatcher,
  ) {}

  /** Dry run of the matching on the current sign-ups; a matched round shows its stored groups. */
  async preview(roundId: string): Promise<RoundPreview> {
    const round = await this.roundService.require(roundId);
    const participants = await this.participants.participantsForMatching(round.id);
    const { input } = await this.matcher.matchingInput(round, participants);
    if (
      round.state === CoffeeDateRoundState.MATCHED ||
      round.state === CoffeeDateRoundState.CLOSED
    ) {
      const groups = await this.roundGroups.groups(round.id);
      const evaluation = evaluateMatching(
        input,
        groups.map((g) => g.memberIds),
      );
      const unmatched = await this.unmatchedRows.unmatched(round.id);
      return {
        participants: participants.length,
        groups: groups.map((g) => ({
          memberIds: g.memberIds,
          kind: g.kind,
          score: g.score,
          reasons: g.reasons.map((r) => ({ code: r.code, message: r.message })),
        })),
        unmatched: unmatched.map((u) => ({
          memberId: u.memberId,
          reason: u.reason,
          message: String(u.details?.message ?? ''),
        })),
        objective: evaluation.objective,
        violations: evaluation.violations,
        stored: true,
      };
    }
    const result = matchKoffiedateRound(input);
    const evaluation = evaluateMatching(
      input,
      result.groups.map((g) => g.participantIds),
    );
    return {
      participants: participants.length,
      groups: result.groups.map((g) => ({
        memberIds: g.participantIds,
        kind: matchKindOf(round, g.kind),
        score: g.score,
        reasons: g.reasons.map((r) => ({ code: r.code, message: r.message })),
      })),
      unmatched: result.unmatched.map((u) => ({
        memberId: u.participantId,
        reason: u.reason.code,
        message: u.reason.message,
      })),
      objective: evaluation.objective,
      violations: evaluation.violations,
      stored: false,
    };
  }
}

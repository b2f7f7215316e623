import { MatchingInput, MatchingResult } from '@leerhuis/matching';
import { addMonths, amsterdamDay, amsterdamInstant } from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { CoffeeDateRoundEntity, CoffeeDateRoundKind } from './entities/coffee-date-round.entity';
import { MatchHistoryRepository } from './match-history.repository';
import { buildMatchingInput } from './matching-input';
import { PreferenceRepository } from './preference.repository';
import { CoffeeDateProfiles } from './profile-source';
import { RoundRepository } from './round.repository';
import { RoundGroupRepository } from './round-group.repository';
import { groupRow } from './round-groups';
import { ParticipantRow } from './round-participant.repository';
import { UnmatchedRepository } from './unmatched.repository';

/**
 * What the matching of a round needs and what it leaves behind: gathers the input (profiles,
 * blocks, history, fairness counts) and stores the groups and the unmatched.
 */
@Injectable()
export class CoffeeDateRoundMatcher {
  constructor(
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly roundGroups: RoundGroupRepository,
    private readonly matchHistory: MatchHistoryRepository,
    private readonly rounds: RoundRepository,
    private readonly preferences: PreferenceRepository,
    private readonly profiles: CoffeeDateProfiles,
    private readonly config: AppConfig,
  ) {}

  /**
   * The repeat window in months: earlier partners (in a pair or trio) from rounds opened within
   * this many months before a round are excluded from it. Team rounds exclude nobody (0).
   */
  repeatWindowMonths(round?: Pick<CoffeeDateRoundEntity, 'kind'>): number {
    if (round?.kind === CoffeeDateRoundKind.TEAM) return 0;
    return this.config.COFFEE_DATE_REPEAT_WINDOW_MONTHS;
  }

  async matchingInput(
    round: CoffeeDateRoundEntity,
    participants: ParticipantRow[],
    manager?: EntityManager,
  ) {
    const ids = participants.map((p) => p.memberId);
    const team = round.kind === CoffeeDateRoundKind.TEAM;
    const window = this.repeatWindowMonths(round);
    const roundDate = amsterdamDay(round.opensAt);
    const since = amsterdamInstant(addMonths(roundDate, -(window + 1)), '00:00');
    // One after another: inside a transaction they share one connection.
    const profiles = ids.length > 0 ? await this.profiles.latestFor(ids) : new Map();
    const blocks = await this.preferences.blocksAmong(ids, manager);
    const history = team ? [] : await this.matchHistory.historyPairs(ids, since, round.id, manager);
    const lastRound = await this.matchHistory.lastRoundFlags(round, manager);
    // Team rounds are one-off: fairness over the year is about the monthly rounds.
    const oddOneOutCounts = team
      ? new Map()
      : await this.matchHistory.oddOneOutCounts(
          round,
          ids,
          amsterdamInstant(addMonths(roundDate, -12), '00:00'),
          manager,
        );
    const input: MatchingInput = buildMatchingInput({
      participants,
      profiles,
      blocks,
      history,
      lastRound,
      oddOneOutCounts,
      roundDate,
      seed: round.seed,
      // A team is often one organisation: mixing styles is the point there, not departments.
      organisationLevel: team ? 'none' : this.config.COFFEE_DATE_ORGANISATION_LEVEL,
      repeatWindowMonths: window,
    });
    return { input, profiles };
  }

  async storeResult(
    round: CoffeeDateRoundEntity,
    result: MatchingResult,
    m: EntityManager,
  ): Promise<void> {
    // In bulk: the round's lock is held while this runs.
    await this.roundGroups.insertGroups(
      round.id,
      result.groups.map((group, index) => groupRow(round, group, index)),
      m,
    );
    await this.unmatchedRows.insertUnmatchedRows(
      round.id,
      result.unmatched.map((u) => ({
        memberId: u.participantId,
        reason: u.reason.code,
        details: { ...u.reason.details, message: u.reason.message },
        dissolvedMatchId: null,
      })),
      m,
    );
  }
}

import {
  evaluateMatching,
  MatchingInput,
  MatchingResult,
  matchKoffiedateRound,
} from '@leerhuis/matching';
import {
  addDays,
  addMonths,
  amsterdamDay,
  amsterdamInstant,
  amsterdamPeriod,
  workingDayFrom,
} from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';

import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateErrorCode, CoffeeDateException, roundNotFound } from './coffee-date.exception';
import {
  coffeeDateMatchingRequested,
  coffeeDateReminderDue,
  coffeeDateRoundClosed,
  coffeeDateRoundMatched,
  coffeeDateRoundOpened,
  coffeeDateTeamRequested,
} from './coffee-dates.events';
import { CoffeeDateMatchKind } from './entities/coffee-date-match.entity';
import {
  CoffeeDateRoundEntity,
  CoffeeDateRoundKind,
  CoffeeDateRoundState,
  CoffeeDateRoundStats,
} from './entities/coffee-date-round.entity';
import { MatchHistoryRepository } from './match-history.repository';
import { buildMatchingInput } from './matching-input';
import { PreferenceRepository } from './preference.repository';
import { CoffeeDateProfile, CoffeeDateProfiles } from './profile-source';
import { RoundRepository } from './round.repository';
import { RoundGroupRepository } from './round-group.repository';
import { ParticipantRow, RoundParticipantRepository } from './round-participant.repository';
import { RoundStatsRepository } from './round-stats.repository';
import { UnmatchedRepository } from './unmatched.repository';

/** The 30-minute slots suggested in the match email (Amsterdam time). */
const SLOT_TIMES = ['10:00', '12:30', '15:00'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round still MATCHING this long after its deadline has a failed matching job. */
const STUCK_AFTER_MS = 2 * 3_600_000;

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

/**
 * A round's life: open (invitation) → sign-up deadline → matching → reminder → close with
 * stats. Every step locks the round's row and checks its state first, so running a step
 * twice (a retry, the schedule catching up, an admin) changes nothing the second time.
 */
@Injectable()
export class CoffeeDateRoundService {
  private readonly logger = new Logger(CoffeeDateRoundService.name);

  constructor(
    private readonly rounds: RoundRepository,
    private readonly participants: RoundParticipantRepository,
    private readonly matchHistory: MatchHistoryRepository,
    private readonly roundGroups: RoundGroupRepository,
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly roundStats: RoundStatsRepository,
    private readonly preferences: PreferenceRepository,
    private readonly profiles: CoffeeDateProfiles,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  get(roundId: string): Promise<CoffeeDateRoundEntity | null> {
    return this.rounds.findById(roundId);
  }

  page(limit: number, after: [string, string] | null) {
    return this.rounds.page(limit, after);
  }

  participantCounts(roundIds: string[]): Promise<Map<string, number>> {
    return this.participants.participantCount(roundIds);
  }

  /**
   * The repeat window in months: earlier partners (in a pair or trio) from rounds opened within
   * this many months before a round are excluded from it. Team rounds exclude nobody (0).
   */
  repeatWindowMonths(round?: Pick<CoffeeDateRoundEntity, 'kind'>): number {
    if (round?.kind === CoffeeDateRoundKind.TEAM) return 0;
    return this.config.COFFEE_DATE_REPEAT_WINDOW_MONTHS;
  }

  async require(roundId: string): Promise<CoffeeDateRoundEntity> {
    if (!UUID.test(roundId)) throw roundNotFound();
    const round = await this.rounds.findById(roundId);
    if (!round) throw roundNotFound();
    return round;
  }

  /** The month's round (Amsterdam calendar); opened once, whoever asks first. */
  async openMonthlyRound(now = new Date()): Promise<CoffeeDateRoundEntity> {
    const period = amsterdamPeriod(now);
    return this.dataSource.transaction(async (m) => {
      const existing = await this.rounds.findMonthly(period, m);
      if (existing) return existing;
      const day = amsterdamDay(now);
      const time = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Amsterdam',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(now);
      const signup = this.config.COFFEE_DATE_SIGNUP_DAYS;
      const reminder = Math.max(this.config.COFFEE_DATE_REMINDER_DAYS, signup);
      const close = Math.max(this.config.COFFEE_DATE_CLOSE_DAYS, reminder);
      const at = (days: number) => amsterdamInstant(addDays(day, days), time);
      const round = await this.rounds.insertMonthly(
        {
          period,
          seed: randomUUID(),
          opensAt: now,
          signupDeadline: at(signup),
          reminderAt: at(reminder),
          closesAt: at(close),
        },
        m,
      );
      if (!round) return (await this.rounds.findMonthly(period, m))!;
      await this.participants.enrolStanding(round.id, day, m);
      await recordEvent(m, coffeeDateRoundOpened, { roundId: round.id });
      return round;
    });
  }

  /**
   * Closes sign-up and asks the worker to match. Again on a round being matched: asks again
   * (the job is idempotent); on a matched round: only emails not sent yet go out (none).
   */
  async requestMatching(roundId: string): Promise<CoffeeDateRoundEntity> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.rounds.lock(roundId, m);
      if (!round) throw roundNotFound();
      switch (round.state) {
        case CoffeeDateRoundState.OPEN:
          await this.rounds.setState(round.id, CoffeeDateRoundState.MATCHING, m);
          await recordEvent(m, coffeeDateMatchingRequested, { roundId });
          return { ...round, state: CoffeeDateRoundState.MATCHING };
        case CoffeeDateRoundState.MATCHING:
          await recordEvent(m, coffeeDateMatchingRequested, { roundId });
          return round;
        case CoffeeDateRoundState.MATCHED:
          await recordEvent(m, coffeeDateRoundMatched, { roundId });
          return round;
        default:
          throw new CoffeeDateException(
            CoffeeDateErrorCode.ROUND_STATE,
            'This round is closed; it cannot be matched again.',
          );
      }
    });
  }

  /** The worker's matching step: MATCHING → MATCHED with the groups and the unmatched stored. */
  async match(roundId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const round = await this.rounds.lock(roundId, m);
      if (round?.state !== CoffeeDateRoundState.MATCHING) return; // done before, or not asked
      const participants = await this.participants.participantsForMatching(round.id, m);
      const { input, profiles } = await this.matchingInput(round, participants, m);
      const result = matchKoffiedateRound(input);
      await this.storeResult(round, result, m);
      await this.participants.snapshotParticipants(
        round.id,
        participants.map((p) => ({
          memberId: p.memberId,
          ministryId: p.ministryId,
          organisationType: p.organisationType,
          preferredStyles: profiles.get(p.memberId)?.preferredStyles ?? [],
        })),
        m,
      );
      await this.rounds.setState(round.id, CoffeeDateRoundState.MATCHED, m, {
        matchedAt: new Date(),
      });
      await recordEvent(m, coffeeDateRoundMatched, { roundId });
      this.logger.log(
        `round ${round.id}: ${result.groups.length} groups, ${result.unmatched.length} unmatched`,
      );
    });
  }

  /**
   * After a decline: whoever is left without a group in this round (partners of decliners and
   * the unmatched) is matched among themselves where the rules allow; the rest hear by email.
   */
  async rematch(roundId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const round = await this.rounds.lock(roundId, m);
      if (round?.state !== CoffeeDateRoundState.MATCHED) return;
      const pool = new Set(
        (await this.unmatchedRows.unmatched(round.id, m)).map((u) => u.memberId),
      );
      if (pool.size >= 2) {
        const participants = (await this.participants.participantsForMatching(round.id, m)).filter(
          (p) => pool.has(p.memberId),
        );
        const { input } = await this.matchingInput(round, participants, m);
        const result = matchKoffiedateRound({ ...input, seed: `${round.seed}:${pool.size}` });
        const existing = await this.roundGroups.groups(round.id, m);
        for (const [index, group] of result.groups.entries()) {
          await this.roundGroups.insertGroup(
            round.id,
            this.newGroup(round, group, existing.length + index),
            m,
          );
          await this.unmatchedRows.deleteUnmatched(round.id, group.participantIds, m);
        }
      }
      // Always: the email job tells those still without a group ("no match after all").
      await recordEvent(m, coffeeDateRoundMatched, { roundId });
    });
  }

  /** Dry run of the matching on the current sign-ups; a matched round shows its stored groups. */
  async preview(roundId: string): Promise<RoundPreview> {
    const round = await this.require(roundId);
    const participants = await this.participants.participantsForMatching(round.id);
    const { input } = await this.matchingInput(round, participants);
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
        kind: this.kindOf(round, g.kind),
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

  /** Sends the feedback reminder once. */
  async remind(roundId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const round = await this.rounds.lock(roundId, m);
      if (round?.state !== CoffeeDateRoundState.MATCHED || round.remindedAt) return;
      await this.rounds.markReminded(round.id, m);
      await recordEvent(m, coffeeDateReminderDue, { roundId });
    });
  }

  /** Closes a round with its stats. Closing a closed round changes nothing. */
  async close(roundId: string): Promise<CoffeeDateRoundEntity> {
    return this.dataSource.transaction(async (m) => {
      const round = await this.rounds.lock(roundId, m);
      if (!round) throw roundNotFound();
      if (round.state === CoffeeDateRoundState.CLOSED) return round;
      if (round.state === CoffeeDateRoundState.MATCHING) {
        throw new CoffeeDateException(
          CoffeeDateErrorCode.ROUND_STATE,
          'This round is being matched; close it once the groups are out.',
        );
      }
      const stats = await this.withProfiles(round, await this.roundStats.stats(round.id, m), m);
      const closedAt = new Date();
      await this.rounds.setState(round.id, CoffeeDateRoundState.CLOSED, m, { closedAt, stats });
      await recordEvent(m, coffeeDateRoundClosed, { roundId });
      return { ...round, state: CoffeeDateRoundState.CLOSED, closedAt, stats };
    });
  }

  /** Live for a running round, the snapshot for a closed one. */
  async stats(round: CoffeeDateRoundEntity): Promise<CoffeeDateRoundStats> {
    if (round.state === CoffeeDateRoundState.CLOSED && round.stats) {
      // Feedback may still come in after closing: those figures stay live.
      const live = await this.roundStats.stats(round.id);
      return {
        ...round.stats,
        reportedMeetings: live.reportedMeetings,
        ratings: live.ratings,
        averageRating: live.averageRating,
      };
    }
    return this.withProfiles(round, await this.roundStats.stats(round.id));
  }

  /**
   * The participants' styles are stored when a round is matched; before that (and for a round
   * closed unmatched) they come from the current profiles, or everyone would count as
   * "without a profile".
   */
  private async withProfiles(
    round: CoffeeDateRoundEntity,
    stats: CoffeeDateRoundStats,
    manager?: EntityManager,
  ): Promise<CoffeeDateRoundStats> {
    if (round.matchedAt) return stats;
    const ids = await this.participants.participantIds(round.id, manager);
    const profiles = ids.length > 0 ? await this.profiles.latestFor(ids) : new Map();
    const mix = new Map<string, number>();
    let withProfile = 0;
    for (const profile of profiles.values() as Iterable<CoffeeDateProfile>) {
      if (profile.preferredStyles.length === 0) continue;
      withProfile += 1;
      for (const style of profile.preferredStyles) mix.set(style, (mix.get(style) ?? 0) + 1);
    }
    return {
      ...stats,
      withoutProfile: ids.length - withProfile,
      styleMix: [...mix.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([style, count]) => ({ style, count })),
    };
  }

  /**
   * The schedule's heartbeat: runs every step whose time has come (sign-up deadline →
   * matching, reminder, close). Safe to run as often as wanted.
   */
  async advance(now = new Date()): Promise<void> {
    for (const round of await this.rounds.notClosed()) {
      if (round.state === CoffeeDateRoundState.OPEN && now >= round.signupDeadline) {
        await this.requestMatching(round.id);
      } else if (
        round.state === CoffeeDateRoundState.MATCHING &&
        now.getTime() >= round.signupDeadline.getTime() + STUCK_AFTER_MS
      ) {
        // The matching job gave up (all retries failed): ask again; it is idempotent.
        await this.requestMatching(round.id);
      } else if (round.state === CoffeeDateRoundState.MATCHED) {
        if (now >= round.closesAt) await this.close(round.id);
        else if (now >= round.reminderAt && !round.remindedAt) await this.remind(round.id);
      }
    }
  }

  /**
   * A coordinator asks for a tailored koffiedate: their CoP's active members, or 4–12 members
   * of a CoP they coordinate, split into mixed-style groups on the chosen day.
   */
  async requestTeamFor(
    viewerId: string,
    input: { communityId?: string | null; memberIds?: string[] | null; meetOn: string },
  ): Promise<CoffeeDateRoundEntity> {
    const today = amsterdamDay(new Date());
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(input.meetOn) &&
      new Date(`${input.meetOn}T12:00:00Z`).toISOString().slice(0, 10) === input.meetOn;
    if (!valid || input.meetOn <= today || input.meetOn > addMonths(today, 12)) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.TEAM_DATE,
        'Choose a day from tomorrow up to a year ahead.',
        [
          {
            field: 'meetOn',
            message: 'meetOn must be a date (YYYY-MM-DD) from tomorrow up to a year ahead',
          },
        ],
      );
    }
    let memberIds: string[];
    let communityId: string | null;
    if (input.communityId) {
      const team = await this.participants.coordinatedTeam(viewerId, input.communityId);
      if (!team) throw notCoordinator();
      memberIds = team;
      communityId = input.communityId;
    } else {
      memberIds = [...new Set(input.memberIds ?? [])];
      communityId =
        memberIds.length > 0 ? await this.participants.coordinatesAll(viewerId, memberIds) : null;
      if (memberIds.length >= 4 && memberIds.length <= 12 && !communityId) throw notCoordinator();
    }
    if (memberIds.length < 4 || memberIds.length > 12) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.TEAM_SIZE,
        'A team koffiedate is for 4 to 12 members.',
        [
          {
            field: input.communityId ? 'communityId' : 'memberIds',
            message: 'a team has 4 to 12 members',
          },
        ],
      );
    }
    return this.requestTeam(viewerId, { communityId, memberIds, meetOn: input.meetOn });
  }

  /** A tailored koffiedate for a team: the round is created closed for sign-up and matched. */
  async requestTeam(
    requestedBy: string,
    values: { communityId: string | null; memberIds: string[]; meetOn: string },
  ): Promise<CoffeeDateRoundEntity> {
    return this.dataSource.transaction(async (m) => {
      const opensAt = new Date();
      const meetAt = amsterdamInstant(values.meetOn, '10:00');
      const closesAt = amsterdamInstant(addDays(values.meetOn, 14), '10:00');
      const round = await this.rounds.insertTeam(
        {
          seed: randomUUID(),
          opensAt,
          signupDeadline: opensAt,
          reminderAt: new Date(Math.max(meetAt.getTime() + 3_600_000, opensAt.getTime())),
          closesAt,
          meetOn: values.meetOn,
          communityId: values.communityId,
          requestedBy,
        },
        m,
      );
      for (const memberId of values.memberIds) {
        await this.participants.addParticipant(round.id, memberId, 'TEAM', m);
      }
      await recordEvent(m, coffeeDateTeamRequested, {
        roundId: round.id,
        requestedBy,
        memberIds: values.memberIds,
      });
      await recordEvent(m, coffeeDateMatchingRequested, { roundId: round.id });
      return round;
    });
  }

  private async matchingInput(
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

  private async storeResult(
    round: CoffeeDateRoundEntity,
    result: MatchingResult,
    m: EntityManager,
  ): Promise<void> {
    // In bulk: the round's lock is held while this runs.
    await this.roundGroups.insertGroups(
      round.id,
      result.groups.map((group, index) => this.newGroup(round, group, index)),
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

  private kindOf(round: CoffeeDateRoundEntity, kind: 'pair' | 'trio'): CoffeeDateMatchKind {
    if (round.kind === CoffeeDateRoundKind.TEAM) return CoffeeDateMatchKind.GROUP;
    return kind === 'trio' ? CoffeeDateMatchKind.TRIO : CoffeeDateMatchKind.PAIR;
  }

  private newGroup(
    round: CoffeeDateRoundEntity,
    group: MatchingResult['groups'][number],
    index: number,
  ) {
    return {
      kind: this.kindOf(round, group.kind),
      score: group.score,
      reasons: group.reasons,
      slotStartsAt: this.slot(round, index),
      memberIds: group.participantIds,
    };
  }

  /**
   * A suggested slot: team rounds on their chosen day at 10:00; monthly rounds spread over
   * the working week starting three days after sign-up closes, at one of three times.
   */
  private slot(round: CoffeeDateRoundEntity, index: number): Date {
    if (round.meetOn) return amsterdamInstant(round.meetOn, '10:00');
    let day = workingDayFrom(addDays(amsterdamDay(round.signupDeadline), 3));
    for (let k = 0; k < index % 5; k++) day = workingDayFrom(addDays(day, 1));
    return amsterdamInstant(day, SLOT_TIMES[index % SLOT_TIMES.length]);
  }
}

const notCoordinator = () =>
  new CoffeeDateException(
    CoffeeDateErrorCode.NOT_TEAM_COORDINATOR,
    'Only a coordinator of a CoP these members are in can request a team koffiedate.',
  );

import { matchKoffiedateRound } from '@leerhuis/matching';
import {
  addDays,
  amsterdamDay,
  amsterdamInstant,
  amsterdamPeriod,
} from '@leerhuis/platform-calendar';
import { AppConfig } from '@leerhuis/platform-config';
import { recordEvent } from '@leerhuis/platform-events';

import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateErrorCode, CoffeeDateException, roundNotFound } from './coffee-date.exception';
import { CoffeeDateRoundMatcher } from './coffee-date-round-matcher.service';
import {
  coffeeDateMatchingRequested,
  coffeeDateReminderDue,
  coffeeDateRoundClosed,
  coffeeDateRoundMatched,
  coffeeDateRoundOpened,
} from './coffee-dates.events';
import {
  CoffeeDateRoundEntity,
  CoffeeDateRoundState,
  CoffeeDateRoundStats,
} from './entities/coffee-date-round.entity';
import { CoffeeDateProfile, CoffeeDateProfiles } from './profile-source';
import { RoundRepository } from './round.repository';
import { RoundGroupRepository } from './round-group.repository';
import { groupRow } from './round-groups';
import { RoundParticipantRepository } from './round-participant.repository';
import { RoundStatsRepository } from './round-stats.repository';
import { UnmatchedRepository } from './unmatched.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round still MATCHING this long after its deadline has a failed matching job. */
const STUCK_AFTER_MS = 2 * 3_600_000;

/**
 * A round's life: open (invitation) → sign-up deadline → matching → reminder → close with
 * stats. Every step locks the round's row and checks its state first, so running a step
 * twice (a retry, the schedule catching up, an admin) changes nothing the second time.
 */
@Injectable()
export class CoffeeDateRoundService {
  private readonly logger = new Logger(CoffeeDateRoundService.name);

  constructor(
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly roundStats: RoundStatsRepository,
    private readonly roundGroups: RoundGroupRepository,
    private readonly participants: RoundParticipantRepository,
    private readonly rounds: RoundRepository,
    private readonly matcher: CoffeeDateRoundMatcher,
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
      const { input, profiles } = await this.matcher.matchingInput(round, participants, m);
      const result = matchKoffiedateRound(input);
      await this.matcher.storeResult(round, result, m);
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
        const { input } = await this.matcher.matchingInput(round, participants, m);
        const result = matchKoffiedateRound({ ...input, seed: `${round.seed}:${pool.size}` });
        const existing = await this.roundGroups.groups(round.id, m);
        for (const [index, group] of result.groups.entries()) {
          await this.roundGroups.insertGroup(
            round.id,
            groupRow(round, group, existing.length + index),
            m,
          );
          await this.unmatchedRows.deleteUnmatched(round.id, group.participantIds, m);
        }
      }
      // Always: the email job tells those still without a group ("no match after all").
      await recordEvent(m, coffeeDateRoundMatched, { roundId });
    });
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
}

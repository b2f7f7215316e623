import { addMonths, amsterdamDay } from '@leerhuis/platform-calendar';
import { recordEvent } from '@leerhuis/platform-events';

import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { CoffeeDateErrorCode, CoffeeDateException, roundNotFound } from './coffee-date.exception';
import { coffeeDateFeedbackRecorded, coffeeDateMatchDeclined } from './coffee-dates.events';
import { CoffeeDateNextStep, CoffeeDateResponse } from './entities/coffee-date-match.entity';
import { CoffeeDatePreferenceEntity } from './entities/coffee-date-preference.entity';
import { CoffeeDateRoundKind, CoffeeDateRoundState } from './entities/coffee-date-round.entity';
import { MatchRepository, MyMatchRow } from './match.repository';
import { PreferenceRepository } from './preference.repository';
import { RoundRepository } from './round.repository';
import { RoundParticipantRepository } from './round-participant.repository';
import { UnmatchedRepository } from './unmatched.repository';

export interface CoffeeDateStatus {
  preference: CoffeeDatePreferenceEntity | null;
  openRoundId: string | null;
  joinedOpenRound: boolean;
  paused: boolean;
}

export interface FeedbackValues {
  matchId: string;
  met: boolean;
  rating?: number | null;
  nextStep?: CoffeeDateNextStep | null;
}

/**
 * A member's own koffiedate: opting in (this round, or every month until paused), pausing,
 * the private "don't match me with" list, answering a match and reporting how it went.
 * Every change runs in one transaction with the member's preference row locked.
 */
@Injectable()
export class CoffeeDateService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly participants: RoundParticipantRepository,
    private readonly unmatchedRows: UnmatchedRepository,
    private readonly preferences: PreferenceRepository,
    private readonly matches: MatchRepository,
    private readonly dataSource: DataSource,
  ) {}

  async status(memberId: string): Promise<CoffeeDateStatus> {
    const [preference, open] = await Promise.all([
      this.preferences.find(memberId),
      this.rounds.openMonthly(),
    ]);
    return {
      preference,
      openRoundId: open?.id ?? null,
      joinedOpenRound: open ? await this.participants.isParticipant(open.id, memberId) : false,
      paused: isPaused(preference),
    };
  }

  /**
   * Opt in: to a given round (which must be open), else to the open monthly round, else to
   * the next one. `everyMonth` keeps you in every round until you pause. Opting in ends a
   * pause and an unsubscribe.
   */
  async optIn(
    memberId: string,
    values: { roundId?: string | null; everyMonth: boolean },
  ): Promise<CoffeeDateStatus> {
    await this.dataSource.transaction(async (m) => {
      await this.preferences.lock(memberId, m);
      const round = values.roundId
        ? await this.rounds.lock(values.roundId, m)
        : await this.rounds.openMonthly(m);
      if (values.roundId && !round) throw roundNotFound();
      if (round && round.state !== CoffeeDateRoundState.OPEN) {
        throw new CoffeeDateException(
          CoffeeDateErrorCode.ROUND_NOT_OPEN,
          'Sign-up for this round has closed; you can join the next one.',
        );
      }
      if (round && round.kind !== CoffeeDateRoundKind.MONTHLY) throw roundNotFound();
      await this.preferences.update(
        memberId,
        {
          everyMonth: values.everyMonth,
          nextRound: !round,
          pausedUntil: null,
          unsubscribedAt: null,
        },
        m,
      );
      if (round) {
        await this.participants.addParticipant(
          round.id,
          memberId,
          values.everyMonth ? 'EVERY_MONTH' : 'ROUND',
          m,
        );
      }
    });
    return this.status(memberId);
  }

  /** Out of the open round and of "every month"/"next round". */
  async optOut(memberId: string): Promise<CoffeeDateStatus> {
    await this.dataSource.transaction(async (m) => {
      await this.preferences.lock(memberId, m);
      await this.preferences.update(memberId, { everyMonth: false, nextRound: false }, m);
      await this.leaveOpenRound(memberId, m);
    });
    return this.status(memberId);
  }

  /** Pause for 1–6 months: out of the open round; "every month" picks up again afterwards. */
  async pause(memberId: string, months: number): Promise<CoffeeDateStatus> {
    if (!Number.isInteger(months) || months < 1 || months > 6) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.PAUSE_OUT_OF_RANGE,
        'Pause for 1 to 6 months.',
        [{ field: 'months', message: 'months must be a whole number from 1 to 6' }],
      );
    }
    await this.dataSource.transaction(async (m) => {
      await this.preferences.lock(memberId, m);
      await this.preferences.update(
        memberId,
        { pausedUntil: addMonths(amsterdamDay(new Date()), months), nextRound: false },
        m,
      );
      await this.leaveOpenRound(memberId, m);
    });
    return this.status(memberId);
  }

  async resume(memberId: string): Promise<CoffeeDateStatus> {
    await this.dataSource.transaction(async (m) => {
      await this.preferences.lock(memberId, m);
      await this.preferences.update(memberId, { pausedUntil: null }, m);
      const open = await this.rounds.openMonthly(m);
      const preference = await this.preferences.find(memberId, m);
      if (open && preference?.everyMonth && !preference.unsubscribedAt) {
        await this.participants.addParticipant(open.id, memberId, 'EVERY_MONTH', m);
      }
    });
    return this.status(memberId);
  }

  /** No more koffiedate emails: out of every round; opting in again undoes it. */
  async unsubscribe(memberId: string, m: EntityManager): Promise<void> {
    await this.preferences.lock(memberId, m);
    await this.preferences.update(
      memberId,
      { everyMonth: false, nextRound: false, unsubscribedAt: new Date() },
      m,
    );
    await this.leaveOpenRound(memberId, m);
  }

  async pauseIn(memberId: string, months: number, m: EntityManager): Promise<void> {
    await this.preferences.lock(memberId, m);
    await this.preferences.update(
      memberId,
      { pausedUntil: addMonths(amsterdamDay(new Date()), months), nextRound: false },
      m,
    );
    await this.leaveOpenRound(memberId, m);
  }

  blocks(memberId: string): Promise<string[]> {
    return this.preferences.blockedBy(memberId);
  }

  async block(memberId: string, blockedMemberId: string): Promise<string[]> {
    if (memberId === blockedMemberId) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.CANNOT_BLOCK_YOURSELF,
        'You cannot put yourself on your own list.',
        [{ field: 'memberId', message: 'choose someone other than yourself' }],
      );
    }
    await this.dataSource.transaction(async (m) => {
      if (!(await this.preferences.memberExists(blockedMemberId, m))) {
        throw new CoffeeDateException(CoffeeDateErrorCode.MEMBER_NOT_FOUND, 'Member not found.', [
          { field: 'memberId', message: 'no member with this id' },
        ]);
      }
      await this.preferences.block(memberId, blockedMemberId, m);
    });
    return this.blocks(memberId);
  }

  async unblock(memberId: string, blockedMemberId: string): Promise<string[]> {
    await this.dataSource.transaction((m) =>
      this.preferences.unblock(memberId, blockedMemberId, m),
    );
    return this.blocks(memberId);
  }

  myMatches(memberId: string, limit = 24): Promise<MyMatchRow[]> {
    return this.matches.forMember(memberId, limit);
  }

  async accept(memberId: string, matchId: string, m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const own = await this.ownMatch(memberId, matchId, tx);
      if (own.response === CoffeeDateResponse.DECLINED) {
        throw new CoffeeDateException(
          CoffeeDateErrorCode.ALREADY_DECLINED,
          'You declined this koffiedate.',
        );
      }
      if (own.dissolved) throw dissolved();
      if (own.response === CoffeeDateResponse.PENDING) {
        await this.matches.respond(matchId, memberId, CoffeeDateResponse.ACCEPTED, tx);
      }
    };
    await (m ? run(m) : this.dataSource.transaction(run));
  }

  /**
   * Decline: you leave the group; a group left with one person is dissolved and that person
   * is re-matched by the worker where possible.
   */
  async decline(memberId: string, matchId: string, m?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const roundId = await this.matches.roundOf(matchId, tx);
      if (!roundId) throw matchNotFound();
      const round = await this.rounds.lock(roundId, tx);
      const own = await this.ownMatch(memberId, matchId, tx);
      if (round?.state === CoffeeDateRoundState.CLOSED) {
        throw new CoffeeDateException(CoffeeDateErrorCode.ROUND_CLOSED, 'This round is closed.');
      }
      if (own.response === CoffeeDateResponse.DECLINED) {
        throw new CoffeeDateException(
          CoffeeDateErrorCode.ALREADY_DECLINED,
          'You already declined this koffiedate.',
        );
      }
      if (own.dissolved) throw dissolved();
      await this.matches.respond(matchId, memberId, CoffeeDateResponse.DECLINED, tx);
      const remaining = await this.matches.activeMembers(matchId, tx);
      if (remaining.length < 2) {
        await this.matches.dissolve(matchId, tx);
        for (const partner of remaining) {
          await this.unmatchedRows.insertUnmatched(
            roundId,
            {
              memberId: partner,
              reason: 'partner-declined',
              details: {},
              dissolvedMatchId: matchId,
            },
            tx,
          );
        }
      }
      await recordEvent(tx, coffeeDateMatchDeclined, { roundId, matchId, memberId });
    };
    await (m ? run(m) : this.dataSource.transaction(run));
  }

  /** "We met" (or not) with a 1–5 rating and an optional next step; may be corrected later. */
  async recordFeedback(memberId: string, values: FeedbackValues, m?: EntityManager): Promise<void> {
    const rating = values.rating ?? null;
    if (rating !== null && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
      throw new CoffeeDateException(CoffeeDateErrorCode.RATING_OUT_OF_RANGE, 'Rate from 1 to 5.', [
        { field: 'rating', message: 'rating must be a whole number from 1 to 5' },
      ]);
    }
    const run = async (tx: EntityManager) => {
      const own = await this.ownMatch(memberId, values.matchId, tx);
      if (own.response === CoffeeDateResponse.DECLINED) {
        throw new CoffeeDateException(
          CoffeeDateErrorCode.ALREADY_DECLINED,
          'You declined this koffiedate.',
        );
      }
      const met = values.met;
      await this.matches.recordFeedback(
        values.matchId,
        memberId,
        { met, rating: met ? rating : null, nextStep: met ? (values.nextStep ?? null) : null },
        tx,
      );
      await recordEvent(tx, coffeeDateFeedbackRecorded, {
        roundId: own.roundId,
        matchId: values.matchId,
        memberId,
        met,
        rating: met ? rating : null,
        nextStep: met ? (values.nextStep ?? null) : null,
      });
    };
    await (m ? run(m) : this.dataSource.transaction(run));
  }

  private async ownMatch(memberId: string, matchId: string, m: EntityManager) {
    const own = await this.matches.lockMember(matchId, memberId, m);
    if (own) return own;
    if (await this.matches.roundOf(matchId, m)) {
      throw new CoffeeDateException(
        CoffeeDateErrorCode.NOT_YOUR_MATCH,
        'This koffiedate belongs to other members.',
      );
    }
    throw matchNotFound();
  }

  private async leaveOpenRound(memberId: string, m: EntityManager): Promise<void> {
    const open = await this.rounds.openMonthly(m);
    if (open) await this.participants.removeParticipant(open.id, memberId, m);
  }
}

export function isPaused(preference: CoffeeDatePreferenceEntity | null, now = new Date()): boolean {
  return !!preference?.pausedUntil && preference.pausedUntil > amsterdamDay(now);
}

const matchNotFound = () =>
  new CoffeeDateException(CoffeeDateErrorCode.MATCH_NOT_FOUND, 'Koffiedate not found.');

const dissolved = () =>
  new CoffeeDateException(
    CoffeeDateErrorCode.MATCH_DISSOLVED,
    'This koffiedate no longer exists: someone declined.',
  );

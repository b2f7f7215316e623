import { AppConfig } from '@leerhuis/platform-config';
import {
  defineJob,
  defineSchedule,
  JobHandler,
  JobProcessor,
  QueueName,
  Schedule,
} from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from '../coffee-date-round.service';

type NoData = Record<string, never>;

/** Opens the month's round (once per month, whoever runs it). */
export const openCoffeeDateRoundJob = defineJob<NoData>(
  QueueName.CoffeeDates,
  'open-coffee-date-round',
);

/** Runs every step whose time has come: sign-up deadline → matching, reminder, close. */
export const advanceCoffeeDateRoundsJob = defineJob<NoData>(
  QueueName.CoffeeDates,
  'advance-coffee-date-rounds',
  { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
);

export const matchCoffeeDateRoundJob = defineJob<{ roundId: string }>(
  QueueName.CoffeeDates,
  'match-coffee-date-round',
);

export const rematchCoffeeDateRoundJob = defineJob<{ roundId: string; matchId: string }>(
  QueueName.CoffeeDates,
  'rematch-coffee-date-round',
);

/**
 * The koffiedate's BullMQ job schedulers (Europe/Amsterdam): the monthly opening on the
 * configured cron pattern, and a heartbeat every 15 minutes that moves rounds along the
 * times stored on them when they opened.
 */
export function coffeeDateSchedules(config: AppConfig): Schedule<unknown>[] {
  return [
    defineSchedule({
      id: 'coffee-date-open-round',
      job: openCoffeeDateRoundJob,
      data: {},
      pattern: config.COFFEE_DATE_OPEN_CRON,
    }),
    defineSchedule({
      id: 'coffee-date-advance-rounds',
      job: advanceCoffeeDateRoundsJob,
      data: {},
      pattern: '*/15 * * * *',
    }),
  ] as Schedule<unknown>[];
}

@Injectable()
@JobHandler(openCoffeeDateRoundJob)
export class OpenCoffeeDateRoundJob implements JobProcessor<NoData> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(): Promise<void> {
    await this.rounds.openMonthlyRound();
  }
}

@Injectable()
@JobHandler(advanceCoffeeDateRoundsJob)
export class AdvanceCoffeeDateRoundsJob implements JobProcessor<NoData> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(): Promise<void> {
    await this.rounds.advance();
  }
}

@Injectable()
@JobHandler(matchCoffeeDateRoundJob)
export class MatchCoffeeDateRoundJob implements JobProcessor<{ roundId: string }> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(data: { roundId: string }): Promise<void> {
    await this.rounds.match(data.roundId);
  }
}

@Injectable()
@JobHandler(rematchCoffeeDateRoundJob)
export class RematchCoffeeDateRoundJob implements JobProcessor<{
  roundId: string;
  matchId: string;
}> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(data: { roundId: string }): Promise<void> {
    await this.rounds.rematch(data.roundId);
  }
}

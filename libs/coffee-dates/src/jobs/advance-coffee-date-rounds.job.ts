import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from '../coffee-date-round.service';

type NoData = Record<string, never>;

/** Runs every step whose time has come: sign-up deadline → matching, reminder, close. */
export const advanceCoffeeDateRoundsJob = defineJob<NoData>(
  QueueName.CoffeeDates,
  'advance-coffee-date-rounds',
  { attempts: 1, removeOnComplete: true, removeOnFail: { count: 100 } },
);

@Injectable()
@JobHandler(advanceCoffeeDateRoundsJob)
export class AdvanceCoffeeDateRoundsJob implements JobProcessor<NoData> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(): Promise<void> {
    await this.rounds.advance();
  }
}

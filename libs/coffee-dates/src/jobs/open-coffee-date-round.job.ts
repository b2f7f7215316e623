import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from '../coffee-date-round.service';

type NoData = Record<string, never>;

/** Opens the month's round (once per month, whoever runs it). */
export const openCoffeeDateRoundJob = defineJob<NoData>(
  QueueName.CoffeeDates,
  'open-coffee-date-round',
);

@Injectable()
@JobHandler(openCoffeeDateRoundJob)
export class OpenCoffeeDateRoundJob implements JobProcessor<NoData> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(): Promise<void> {
    await this.rounds.openMonthlyRound();
  }
}

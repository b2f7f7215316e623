import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from '../coffee-date-round.service';

export const matchCoffeeDateRoundJob = defineJob<{ roundId: string }>(
  QueueName.CoffeeDates,
  'match-coffee-date-round',
);

@Injectable()
@JobHandler(matchCoffeeDateRoundJob)
export class MatchCoffeeDateRoundJob implements JobProcessor<{ roundId: string }> {
  constructor(private readonly rounds: CoffeeDateRoundService) {}

  async handle(data: { roundId: string }): Promise<void> {
    await this.rounds.match(data.roundId);
  }
}

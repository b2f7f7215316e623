import { defineJob, JobHandler, JobProcessor, QueueName } from '@leerhuis/platform-queue';

import { Injectable } from '@nestjs/common';

import { CoffeeDateRoundService } from '../coffee-date-round.service';

export const rematchCoffeeDateRoundJob = defineJob<{ roundId: string; matchId: string }>(
  QueueName.CoffeeDates,
  'rematch-coffee-date-round',
);

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

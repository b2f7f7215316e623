import { AppConfig } from '@leerhuis/platform-config';
import { defineSchedule, Schedule } from '@leerhuis/platform-queue';

import { advanceCoffeeDateRoundsJob } from './advance-coffee-date-rounds.job';
import { openCoffeeDateRoundJob } from './open-coffee-date-round.job';

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

import { BoundarySpannerProfilesModule } from '@leerhuis/boundary-spanner';
import { DatabaseModule } from '@leerhuis/platform-database';
import { subscribe } from '@leerhuis/platform-events';
import { MailModule } from '@leerhuis/platform-mail';

import { Module } from '@nestjs/common';

import {
  coffeeDateMatchDeclined,
  coffeeDateMatchingRequested,
  coffeeDateReminderDue,
  coffeeDateRoundMatched,
  coffeeDateRoundOpened,
} from './coffee-dates.events';
import { COFFEE_DATE_CORE_PROVIDERS } from './coffee-dates.module';
import { COFFEE_DATE_ENTITIES } from './entities/coffee-date-entities';
import { AdvanceCoffeeDateRoundsJob } from './jobs/advance-coffee-date-rounds.job';
import { CoffeeDateMail } from './jobs/coffee-date-mail';
import {
  MatchCoffeeDateRoundJob,
  matchCoffeeDateRoundJob,
} from './jobs/match-coffee-date-round.job';
import { OpenCoffeeDateRoundJob } from './jobs/open-coffee-date-round.job';
import {
  RematchCoffeeDateRoundJob,
  rematchCoffeeDateRoundJob,
} from './jobs/rematch-coffee-date-round.job';
import {
  SendCoffeeDateInvitationsJob,
  sendCoffeeDateInvitationsJob,
} from './jobs/send-coffee-date-invitations.job';
import {
  SendCoffeeDateMatchesJob,
  sendCoffeeDateMatchesJob,
} from './jobs/send-coffee-date-matches.job';
import {
  SendCoffeeDateRemindersJob,
  sendCoffeeDateRemindersJob,
} from './jobs/send-coffee-date-reminders.job';

/** Worker side of the koffiedate: the schedule's steps, the matching and every email. */
@Module({
  imports: [
    DatabaseModule.forFeature(COFFEE_DATE_ENTITIES),
    MailModule,
    BoundarySpannerProfilesModule,
  ],
  providers: [
    ...COFFEE_DATE_CORE_PROVIDERS,
    CoffeeDateMail,
    OpenCoffeeDateRoundJob,
    AdvanceCoffeeDateRoundsJob,
    MatchCoffeeDateRoundJob,
    RematchCoffeeDateRoundJob,
    SendCoffeeDateInvitationsJob,
    SendCoffeeDateMatchesJob,
    SendCoffeeDateRemindersJob,
  ],
})
export class CoffeeDatesJobsModule {}

export const coffeeDatesEventSubscriptions = [
  subscribe(coffeeDateRoundOpened, sendCoffeeDateInvitationsJob, (p) => ({ roundId: p.roundId })),
  subscribe(coffeeDateMatchingRequested, matchCoffeeDateRoundJob, (p) => ({ roundId: p.roundId })),
  subscribe(coffeeDateRoundMatched, sendCoffeeDateMatchesJob, (p) => ({ roundId: p.roundId })),
  subscribe(coffeeDateMatchDeclined, rematchCoffeeDateRoundJob, (p) => ({
    roundId: p.roundId,
    matchId: p.matchId,
  })),
  subscribe(coffeeDateReminderDue, sendCoffeeDateRemindersJob, (p) => ({ roundId: p.roundId })),
];

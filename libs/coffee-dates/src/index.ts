export { CoffeeDateErrorCode, CoffeeDateException } from './coffee-date.exception';
export { CoffeeDateRoundService } from './coffee-date-round.service';
export * from './coffee-dates.events';
export { coffeeDatesEventSubscriptions, CoffeeDatesJobsModule } from './coffee-dates-jobs.module';
export { CoffeeDatesModule } from './coffee-dates.module';
export { conversationPrompts } from './conversation-prompts';
export { CoffeeDateNextStep } from './entities/coffee-date-match.entity';
export { CoffeeDateRoundKind, CoffeeDateRoundState } from './entities/coffee-date-round.entity';
export { coffeeDateSchedules } from './jobs/coffee-date-schedules';
export {
  COFFEE_DATE_MINUTES,
  type MemberCoffeeDate,
  readMemberCoffeeDates,
} from './member-coffee-dates';
export { CoffeeDatesPersonalData } from './coffee-dates-personal-data';
export {
  type OpenCoffeeDateRound,
  readCoffeeDateInvitees,
  readOpenCoffeeDateSignUp,
} from './coffee-date-sign-ups';
export { CoffeeDateSql } from './coffee-date-sql';

import { defineEvent } from '@leerhuis/platform-events';

/** A round opened: the worker emails the invitation. */
export const coffeeDateRoundOpened = defineEvent<{ roundId: string }>('coffee-dates.round-opened');

/** Sign-up closed (deadline, an admin, or a team request): the worker runs the matching. */
export const coffeeDateMatchingRequested = defineEvent<{ roundId: string }>(
  'coffee-dates.matching-requested',
);

/**
 * Groups were stored (first matching, or a re-match after a decline): the worker sends every
 * match and "no match" email of the round that was not sent yet.
 */
export const coffeeDateRoundMatched = defineEvent<{ roundId: string }>(
  'coffee-dates.round-matched',
);

/** Someone declined; their partner(s) may need a new match. */
export const coffeeDateMatchDeclined = defineEvent<{
  roundId: string;
  matchId: string;
  memberId: string;
}>('coffee-dates.match-declined');

export const coffeeDateReminderDue = defineEvent<{ roundId: string }>('coffee-dates.reminder-due');

export const coffeeDateRoundClosed = defineEvent<{ roundId: string }>('coffee-dates.round-closed');

export const coffeeDateFeedbackRecorded = defineEvent<{
  roundId: string;
  matchId: string;
  memberId: string;
  met: boolean;
  rating: number | null;
  nextStep: string | null;
}>('coffee-dates.feedback-recorded');

export const coffeeDateTeamRequested = defineEvent<{
  roundId: string;
  requestedBy: string;
  memberIds: string[];
}>('coffee-dates.team-requested');

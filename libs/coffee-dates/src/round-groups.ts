import { MatchingResult } from '@leerhuis/matching';
import {
  addDays,
  amsterdamDay,
  amsterdamInstant,
  workingDayFrom,
} from '@leerhuis/platform-calendar';

import { CoffeeDateMatchKind } from './entities/coffee-date-match.entity';
import { CoffeeDateRoundEntity, CoffeeDateRoundKind } from './entities/coffee-date-round.entity';

/** The 30-minute slots suggested in the match email (Amsterdam time). */
const SLOT_TIMES = ['10:00', '12:30', '15:00'];

/** A team round's groups are groups, whatever their size; a monthly round has pairs and trios. */
export function matchKindOf(
  round: CoffeeDateRoundEntity,
  kind: 'pair' | 'trio',
): CoffeeDateMatchKind {
  if (round.kind === CoffeeDateRoundKind.TEAM) return CoffeeDateMatchKind.GROUP;
  return kind === 'trio' ? CoffeeDateMatchKind.TRIO : CoffeeDateMatchKind.PAIR;
}

/** The row stored for the index-th group the matching formed in a round. */
export function groupRow(
  round: CoffeeDateRoundEntity,
  group: MatchingResult['groups'][number],
  index: number,
) {
  return {
    kind: matchKindOf(round, group.kind),
    score: group.score,
    reasons: group.reasons,
    slotStartsAt: slotFor(round, index),
    memberIds: group.participantIds,
  };
}

/**
 * A suggested slot: team rounds on their chosen day at 10:00; monthly rounds spread over
 * the working week starting three days after sign-up closes, at one of three times.
 */
export function slotFor(round: CoffeeDateRoundEntity, index: number): Date {
  if (round.meetOn) return amsterdamInstant(round.meetOn, '10:00');
  let day = workingDayFrom(addDays(amsterdamDay(round.signupDeadline), 3));
  for (let k = 0; k < index % 5; k++) day = workingDayFrom(addDays(day, 1));
  return amsterdamInstant(day, SLOT_TIMES[index % SLOT_TIMES.length]);
}

import { CoffeeDateBlockEntity } from './coffee-date-block.entity';
import { CoffeeDateLinkEntity } from './coffee-date-link.entity';
import { CoffeeDateMatchEntity, CoffeeDateMatchMemberEntity } from './coffee-date-match.entity';
import { CoffeeDatePreferenceEntity } from './coffee-date-preference.entity';
import { CoffeeDateRoundEntity } from './coffee-date-round.entity';

/** Every table the coffee-dates domain maps (the API and the worker both register them). */
export const COFFEE_DATE_ENTITIES = [
  CoffeeDateRoundEntity,
  CoffeeDatePreferenceEntity,
  CoffeeDateBlockEntity,
  CoffeeDateMatchEntity,
  CoffeeDateMatchMemberEntity,
  CoffeeDateLinkEntity,
];

export {
  addDays,
  addLocalDays,
  addMonths,
  AMSTERDAM_TIME_ZONE,
  amsterdamDay,
  amsterdamInstant,
  amsterdamPeriod,
  fromAmsterdamLocal,
  type LocalTimeProblem,
  toAmsterdamLocal,
  weekday,
  workingDayFrom,
} from './amsterdam-time';
export { escapeText, foldLine, icsFile, icsUtc } from './ics-text';

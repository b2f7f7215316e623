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
export {
  type CalendarEvent,
  type CalendarOptions,
  type CalendarPerson,
  type CalendarWhen,
  icsCalendar,
} from './ics-calendar';

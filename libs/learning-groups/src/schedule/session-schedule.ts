import { addLocalDays, fromAmsterdamLocal } from '@leerhuis/platform-calendar';

export interface SessionSchedule {
  /** Amsterdam wall-clock time of the first session, `YYYY-MM-DDTHH:mm`. */
  firstSessionLocal: string;
  cadenceWeeks: number;
  /** Last day of the cohort, `YYYY-MM-DD` (a session on that day still counts). */
  cohortEndsOn: string;
}

/**
 * Every session start: the same Amsterdam wall-clock time every `cadenceWeeks` weeks, so a
 * 14:00 session stays at 14:00 across daylight-saving changes. A time skipped in spring moves
 * an hour later, as a calendar does.
 */
export function sessionStarts(schedule: SessionSchedule): Date[] {
  const starts: Date[] = [];
  for (let local = schedule.firstSessionLocal; local.slice(0, 10) <= schedule.cohortEndsOn;) {
    const start = fromAmsterdamLocal(local);
    starts.push(start instanceof Date ? start : (fromAmsterdamLocal(addHour(local)) as Date));
    local = addLocalDays(local, 7 * schedule.cadenceWeeks);
    if (starts.length > 500) break; // a cohort is about a year: never loop on bad data
  }
  return starts;
}

function addHour(local: string): string {
  const hour = Number(local.slice(11, 13)) + 1;
  return `${local.slice(0, 11)}${String(hour).padStart(2, '0')}${local.slice(13)}`;
}

/** Group `number` (1-based) meets a week after the previous group, so a facilitator can attend all. */
export function firstSessionOfGroup(firstSessionLocal: string, number: number): string {
  return addLocalDays(firstSessionLocal, 7 * (number - 1));
}

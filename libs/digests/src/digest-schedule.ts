import {
  addDays,
  addMonths,
  amsterdamDay,
  amsterdamInstant,
  toAmsterdamLocal,
} from '@leerhuis/platform-calendar';

export enum DigestFrequency {
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
  BIWEEKLY = 'BIWEEKLY',
  MONTHLY = 'MONTHLY',
  NEVER = 'NEVER',
}

/** A member's digest rhythm as notification_settings stores it. */
export interface DigestRhythm {
  frequency: DigestFrequency;
  /** ISO weekday, 1 = Monday … 7 = Sunday (not used for DAILY). */
  weekday: number;
  /** Europe/Amsterdam wall-clock time, `HH:mm` (seconds are ignored). */
  time: string;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar day `YYYY-MM-DD`. */
export function isoWeekday(day: string): number {
  return ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** ISO 8601 week number of a calendar day `YYYY-MM-DD`. */
export function isoWeek(day: string): number {
  const date = new Date(`${day}T00:00:00Z`);
  // The Thursday of this ISO week decides the year; count weeks from that year's first one.
  date.setUTCDate(date.getUTCDate() + 4 - isoWeekday(day));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

function firstWeekdayOfMonth(month: string, weekday: number): string {
  const first = `${month}-01`;
  return addDays(first, (weekday - isoWeekday(first) + 7) % 7);
}

/**
 * When the next digest is due after `after`, on the Amsterdam wall clock (so 08:00 stays 08:00
 * across summer and winter time); null for NEVER. DAILY: the next day at the time; WEEKLY: the
 * next chosen weekday; BIWEEKLY: that weekday in even ISO weeks (a 53-week year makes one gap
 * three weeks); MONTHLY: the first chosen weekday of a month. A time skipped when summer time
 * starts is taken an hour later.
 */
export function nextDigestAt(rhythm: DigestRhythm, after: Date): Date | null {
  if (rhythm.frequency === DigestFrequency.NEVER) return null;
  const time = rhythm.time.slice(0, 5);
  const today = amsterdamDay(after);
  if (rhythm.frequency === DigestFrequency.MONTHLY) {
    for (let months = 0; months <= 2; months++) {
      const day = firstWeekdayOfMonth(
        addMonths(`${today.slice(0, 7)}-01`, months).slice(0, 7),
        rhythm.weekday,
      );
      const at = amsterdamInstant(day, time);
      if (at > after) return at;
    }
    throw new Error('unreachable: a first weekday within two months');
  }
  for (let days = 0; days <= 21; days++) {
    const day = addDays(today, days);
    if (rhythm.frequency !== DigestFrequency.DAILY && isoWeekday(day) !== rhythm.weekday) continue;
    if (rhythm.frequency === DigestFrequency.BIWEEKLY && isoWeek(day) % 2 !== 0) continue;
    const at = amsterdamInstant(day, time);
    if (at > after) return at;
  }
  throw new Error('unreachable: a due day within three weeks');
}

/** Where a first digest's window starts: one period before it is due (same wall-clock time). */
export function previousPeriodStart(frequency: DigestFrequency, due: Date): Date {
  const local = toAmsterdamLocal(due);
  const day = local.slice(0, 10);
  const previous =
    frequency === DigestFrequency.MONTHLY
      ? addMonths(day, -1)
      : addDays(
          day,
          frequency === DigestFrequency.DAILY
            ? -1
            : frequency === DigestFrequency.BIWEEKLY
              ? -14
              : -7,
        );
  return amsterdamInstant(previous, local.slice(11, 16));
}

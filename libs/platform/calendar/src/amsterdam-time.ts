/** Leerhuis happens in the Netherlands: every wall-clock time and calendar day is Amsterdam's. */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DAY = 86_400_000;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: AMSTERDAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DDTHH:mm` as the wall clock in Amsterdam shows it at `instant`. */
export function toAmsterdamLocal(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** Minutes Amsterdam is ahead of UTC at `instant` (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const [, y, mo, d, h, mi] = LOCAL.exec(toAmsterdamLocal(instant))!.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export type LocalTimeProblem = 'FORMAT' | 'NONEXISTENT';

/**
 * The instant of an Amsterdam wall-clock time (`YYYY-MM-DDTHH:mm`). A time skipped when summer
 * time starts (02:00–03:00 on the last Sunday of March) does not exist: 'NONEXISTENT'. A time
 * that occurs twice in October is taken in summer time, the first occurrence.
 */
export function fromAmsterdamLocal(local: string): Date | LocalTimeProblem {
  const match = LOCAL.exec(local);
  if (!match) return 'FORMAT';
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).toISOString().slice(0, 16) !== local) return 'FORMAT'; // e.g. 31 February
  // The offset is one of two values; try summer first so doubled October times are CEST.
  for (const offset of [120, 60]) {
    const instant = new Date(wall - offset * 60_000);
    if (offsetMinutes(instant) === offset) return instant;
  }
  return 'NONEXISTENT';
}

/** `local` moved by whole calendar days (the wall-clock time stays the same). */
export function addLocalDays(local: string, days: number): string {
  return `${addDays(local.slice(0, 10), days)}${local.slice(10)}`;
}

/** `YYYY-MM-DD` of the Amsterdam calendar day of `instant`. */
export function amsterdamDay(instant: Date): string {
  return toAmsterdamLocal(instant).slice(0, 10);
}

/** `YYYY-MM` of the Amsterdam calendar month of `instant`. */
export function amsterdamPeriod(instant: Date): string {
  return toAmsterdamLocal(instant).slice(0, 7);
}

/**
 * The instant of `HH:mm` on the Amsterdam day `YYYY-MM-DD`; a time that does not exist (the
 * hour skipped in March) is taken in winter time, an hour later on the clock.
 */
export function amsterdamInstant(day: string, time: string): Date {
  const instant = fromAmsterdamLocal(`${day}T${time}`);
  if (instant instanceof Date) return instant;
  return new Date(Date.parse(`${day}T${time}:00Z`) - 3_600_000);
}

/** `YYYY-MM-DD` `days` calendar days after `day`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` `months` calendar months after `day` (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export function weekday(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/** The first working day (Mon–Fri) on or after `day`. */
export function workingDayFrom(day: string): string {
  let current = day;
  while (weekday(current) === 0 || weekday(current) === 6) current = addDays(current, 1);
  return current;
}

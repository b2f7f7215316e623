/** Koffiedates happen in the Netherlands: every calendar day and time is Europe/Amsterdam. */
export const COFFEE_DATE_TIME_ZONE = 'Europe/Amsterdam';

const DAY = 86_400_000;

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: COFFEE_DATE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): string {
  const p = Object.fromEntries(clock.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** `YYYY-MM-DD` of the Amsterdam calendar day of `instant`. */
export function amsterdamDay(instant: Date): string {
  return wallClock(instant).slice(0, 10);
}

/** `YYYY-MM` of the Amsterdam calendar month of `instant`: a monthly round's period. */
export function amsterdamPeriod(instant: Date): string {
  return wallClock(instant).slice(0, 7);
}

/** The instant of an Amsterdam wall-clock time (`HH:mm` on `YYYY-MM-DD`); summer time first. */
export function amsterdamInstant(day: string, time: string): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  for (const offsetHours of [2, 1]) {
    const instant = new Date(wall - offsetHours * 3_600_000);
    if (wallClock(instant) === `${day}T${time}`) return instant;
  }
  return new Date(wall - 3_600_000);
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

/** Leergroepen meet in the Netherlands: every local time is Europe/Amsterdam. */
export const LEARNING_GROUP_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LEARNING_GROUP_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DDTHH:mm` as the wall clock in Amsterdam shows it at `instant`. */
export function toAmsterdamLocal(instant: Date): string {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

function offsetMinutes(instant: Date): number {
  const [, y, mo, d, h, mi] = LOCAL.exec(toAmsterdamLocal(instant))!.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant of an Amsterdam wall-clock time, or null when it is not a valid time or does not
 * exist (skipped when summer time starts). A doubled October time is taken in summer time.
 */
export function fromAmsterdamLocal(local: string): Date | null {
  const match = LOCAL.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).toISOString().slice(0, 16) !== local) return null;
  for (const candidate of [wall - 120 * 60_000, wall - 60 * 60_000]) {
    const instant = new Date(candidate);
    if (offsetMinutes(instant) * 60_000 === wall - candidate) return instant;
  }
  return null;
}

/** `local` moved by whole days on the calendar (the wall-clock time stays the same). */
export function addLocalDays(local: string, days: number): string {
  const [, y, mo, d] = LOCAL.exec(local)!.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d + days));
  return `${date.toISOString().slice(0, 10)}${local.slice(10)}`;
}

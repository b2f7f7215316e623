/** Meetings happen in the Netherlands: every local time is Europe/Amsterdam. */
export const MEETING_TIME_ZONE = 'Europe/Amsterdam';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: MEETING_TIME_ZONE,
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
  const local = toAmsterdamLocal(instant);
  const [, y, mo, d, h, mi] = LOCAL.exec(local)!.map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export type LocalTimeProblem = 'FORMAT' | 'NONEXISTENT';

/**
 * The instant of an Amsterdam wall-clock time. A time skipped when summer time starts
 * (02:00–03:00 on the last Sunday of March) does not exist: 'NONEXISTENT'. A time that
 * occurs twice in October is taken in summer time, the first occurrence.
 */
export function fromAmsterdamLocal(local: string): Date | LocalTimeProblem {
  const match = LOCAL.exec(local);
  if (!match) return 'FORMAT';
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(wall).toISOString().slice(0, 16) !== local) return 'FORMAT'; // e.g. 31 February
  // The offset is one of two values; try summer first so doubled October times are CEST.
  for (const candidate of [wall - 120 * 60_000, wall - 60 * 60_000]) {
    const instant = new Date(candidate);
    if (offsetMinutes(instant) * 60_000 === wall - candidate) return instant;
  }
  return 'NONEXISTENT';
}

import { DigestFrequency, isoWeek, nextDigestAt, previousPeriodStart } from './digest-schedule';

const at = (iso: string) => new Date(iso);
const rhythm = (frequency: DigestFrequency, weekday = 1, time = '08:00') => ({
  frequency,
  weekday,
  time,
});

describe('nextDigestAt', () => {
  it('gives null for NEVER', () => {
    expect(nextDigestAt(rhythm(DigestFrequency.NEVER), at('2026-11-22T10:00:00Z'))).toBeNull();
  });

  it('DAILY: later today when the time is still ahead, else the next day', () => {
    // 07:00 UTC is 08:00 in Amsterdam in winter.
    expect(nextDigestAt(rhythm(DigestFrequency.DAILY), at('2026-11-23T06:00:00Z'))).toEqual(
      at('2026-11-23T07:00:00Z'),
    );
    expect(nextDigestAt(rhythm(DigestFrequency.DAILY), at('2026-11-23T07:00:00Z'))).toEqual(
      at('2026-11-24T07:00:00Z'),
    );
  });

  it('WEEKLY: the next chosen weekday at the time', () => {
    // Sunday 22 November 2026 → Wednesday 25 November, 17:30 Amsterdam.
    expect(
      nextDigestAt(rhythm(DigestFrequency.WEEKLY, 3, '17:30:00'), at('2026-11-22T10:00:00Z')),
    ).toEqual(at('2026-11-25T16:30:00Z'));
    // Due moment itself → a week later.
    expect(
      nextDigestAt(rhythm(DigestFrequency.WEEKLY, 3, '17:30'), at('2026-11-25T16:30:00Z')),
    ).toEqual(at('2026-12-02T16:30:00Z'));
  });

  it('keeps the wall-clock time when summer time starts (29 March 2026)', () => {
    // Monday 08:00: 23 March is CET (07:00Z), 30 March is CEST (06:00Z).
    expect(nextDigestAt(rhythm(DigestFrequency.WEEKLY, 1), at('2026-03-23T07:00:00Z'))).toEqual(
      at('2026-03-30T06:00:00Z'),
    );
    // DAILY across the night of the change.
    expect(nextDigestAt(rhythm(DigestFrequency.DAILY), at('2026-03-28T07:00:00Z'))).toEqual(
      at('2026-03-29T06:00:00Z'),
    );
    // 02:30 does not exist on 29 March: taken an hour later on the clock (03:30 CEST).
    expect(
      nextDigestAt(rhythm(DigestFrequency.DAILY, 1, '02:30'), at('2026-03-28T12:00:00Z')),
    ).toEqual(at('2026-03-29T01:30:00Z'));
  });

  it('keeps the wall-clock time when winter time starts (25 October 2026)', () => {
    expect(nextDigestAt(rhythm(DigestFrequency.WEEKLY, 1), at('2026-10-19T06:00:00Z'))).toEqual(
      at('2026-10-26T07:00:00Z'),
    );
    expect(nextDigestAt(rhythm(DigestFrequency.DAILY), at('2026-10-24T06:00:00Z'))).toEqual(
      at('2026-10-25T07:00:00Z'),
    );
    // 02:30 occurs twice on 25 October: the first (summer time) one.
    expect(
      nextDigestAt(rhythm(DigestFrequency.DAILY, 1, '02:30'), at('2026-10-24T12:00:00Z')),
    ).toEqual(at('2026-10-25T00:30:00Z'));
  });

  it('BIWEEKLY: the chosen weekday in even ISO weeks only', () => {
    // 23 November 2026 is in ISO week 48 (even), 30 November in week 49.
    expect(isoWeek('2026-11-23')).toBe(48);
    expect(nextDigestAt(rhythm(DigestFrequency.BIWEEKLY, 1), at('2026-11-22T10:00:00Z'))).toEqual(
      at('2026-11-23T07:00:00Z'),
    );
    expect(nextDigestAt(rhythm(DigestFrequency.BIWEEKLY, 1), at('2026-11-23T07:00:00Z'))).toEqual(
      at('2026-12-07T07:00:00Z'),
    );
  });

  it('MONTHLY: the first chosen weekday of the month', () => {
    // First Monday of December 2026 is the 7th; of January 2027 the 4th.
    expect(nextDigestAt(rhythm(DigestFrequency.MONTHLY, 1), at('2026-11-22T10:00:00Z'))).toEqual(
      at('2026-12-07T07:00:00Z'),
    );
    expect(nextDigestAt(rhythm(DigestFrequency.MONTHLY, 1), at('2026-12-07T07:00:00Z'))).toEqual(
      at('2027-01-04T07:00:00Z'),
    );
    // Still ahead this month: first Sunday of March 2026 (1 March) at 08:00 from 28 February.
    expect(nextDigestAt(rhythm(DigestFrequency.MONTHLY, 7), at('2026-02-28T10:00:00Z'))).toEqual(
      at('2026-03-01T07:00:00Z'),
    );
    // Across the summer-time change: first Monday of April 2026 is the 6th (CEST).
    expect(nextDigestAt(rhythm(DigestFrequency.MONTHLY, 1), at('2026-03-02T07:00:00Z'))).toEqual(
      at('2026-04-06T06:00:00Z'),
    );
  });

  it('ISO weeks around the turn of the year', () => {
    expect(isoWeek('2026-12-31')).toBe(53);
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2024-12-30')).toBe(1);
  });
});

describe('previousPeriodStart', () => {
  it('goes one period back on the wall clock', () => {
    const due = at('2026-03-30T06:00:00Z'); // Monday 08:00 CEST
    expect(previousPeriodStart(DigestFrequency.WEEKLY, due)).toEqual(at('2026-03-23T07:00:00Z'));
    expect(previousPeriodStart(DigestFrequency.DAILY, due)).toEqual(at('2026-03-29T06:00:00Z'));
    expect(previousPeriodStart(DigestFrequency.BIWEEKLY, due)).toEqual(at('2026-03-16T07:00:00Z'));
    expect(previousPeriodStart(DigestFrequency.MONTHLY, due)).toEqual(at('2026-02-28T07:00:00Z'));
  });
});

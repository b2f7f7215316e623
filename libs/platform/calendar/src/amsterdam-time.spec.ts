import {
  addMonths,
  amsterdamDay,
  amsterdamInstant,
  amsterdamPeriod,
  workingDayFrom,
} from './amsterdam-time';

describe('amsterdam-time', () => {
  it('does read the Amsterdam calendar, not the UTC one', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    expect(amsterdamDay(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(amsterdamPeriod(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
  });

  it('does turn wall-clock times into instants in winter and summer time', () => {
    expect(amsterdamInstant('2026-12-02', '10:00').toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(amsterdamInstant('2027-06-02', '10:00').toISOString()).toBe('2027-06-02T08:00:00.000Z');
  });

  it('does add months clamped to the month end, and skip weekends', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-11-22', 2)).toBe('2027-01-22');
    expect(workingDayFrom('2026-11-21')).toBe('2026-11-23'); // Saturday → Monday
    expect(workingDayFrom('2026-11-24')).toBe('2026-11-24');
  });
});

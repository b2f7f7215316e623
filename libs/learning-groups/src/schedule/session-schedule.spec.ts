import { toAmsterdamLocal } from '@leerhuis/platform-calendar';

import { writeIcsSeries } from './ics-series';
import { firstSessionOfGroup, sessionStarts } from './session-schedule';

describe('sessionStarts', () => {
  it('does keep every session at 14:00 Amsterdam time across both daylight-saving changes', () => {
    const starts = sessionStarts({
      firstSessionLocal: '2027-01-12T14:00',
      cadenceWeeks: 6,
      cohortEndsOn: '2027-12-31',
    });
    expect(starts.map(toAmsterdamLocal)).toEqual([
      '2027-01-12T14:00',
      '2027-02-23T14:00',
      '2027-04-06T14:00',
      '2027-05-18T14:00',
      '2027-06-29T14:00',
      '2027-08-10T14:00',
      '2027-09-21T14:00',
      '2027-11-02T14:00',
      '2027-12-14T14:00',
    ]);
    expect(starts[0].toISOString()).toBe('2027-01-12T13:00:00.000Z'); // CET
    expect(starts[2].toISOString()).toBe('2027-04-06T12:00:00.000Z'); // CEST
    expect(starts[7].toISOString()).toBe('2027-11-02T13:00:00.000Z'); // CET again
  });

  it('does count a session on the last day of the cohort', () => {
    const starts = sessionStarts({
      firstSessionLocal: '2027-01-12T14:00',
      cadenceWeeks: 6,
      cohortEndsOn: '2027-02-23',
    });
    expect(starts).toHaveLength(2);
  });

  it('does start group 2 a week after group 1', () => {
    expect(firstSessionOfGroup('2027-01-12T14:00', 1)).toBe('2027-01-12T14:00');
    expect(firstSessionOfGroup('2027-01-12T14:00', 2)).toBe('2027-01-19T14:00');
  });
});

describe('writeIcsSeries', () => {
  it('does write a weekly series in Amsterdam local time with its time zone', () => {
    const ics = writeIcsSeries({
      uid: 'learning-group-1-group-1@leerhuis',
      sequence: 0,
      title: 'Leergroep programmadirecteuren, groep 1',
      description: 'Elke zes weken',
      location: 'Den Haag',
      firstSessionLocal: '2027-01-12T14:00',
      durationMinutes: 180,
      cadenceWeeks: 6,
      until: new Date('2027-12-31T22:59:59Z'),
      stamp: new Date('2026-11-22T08:00:00Z'),
    });
    const lines = ics.split('\r\n');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20270112T140000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20270112T170000');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=6;UNTIL=20271231T225959Z');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('SUMMARY:Leergroep programmadirecteuren\\, groep 1');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

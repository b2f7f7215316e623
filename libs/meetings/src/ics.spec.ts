import { fromAmsterdamLocal, toAmsterdamLocal } from '@leerhuis/platform-calendar';

import { writeIcs } from './ics';
import { sender } from './meeting-calendar';

const event = (startsLocal: string, endsLocal: string) => ({
  uid: 'meeting-1@leerhuis',
  sequence: 0,
  title: 'Bijeenkomst; deel 1, samen',
  startsAt: fromAmsterdamLocal(startsLocal) as Date,
  endsAt: fromAmsterdamLocal(endsLocal) as Date,
  location: 'Turfmarkt 147, Den Haag',
  description: '# Agenda\n- kennismaken',
  stamp: new Date('2027-01-01T12:00:00Z'),
});

describe('writeIcs', () => {
  it('does write 10:00 Amsterdam on the last Sunday of October (winter time) as 09:00 UTC', () => {
    const ics = writeIcs(event('2027-10-31T10:00', '2027-10-31T12:00'));
    expect(ics).toContain('DTSTART:20271031T090000Z\r\n');
    expect(ics).toContain('DTEND:20271031T110000Z\r\n');
  });

  it('does write 10:00 Amsterdam on the last Sunday of March (summer time) as 08:00 UTC', () => {
    const ics = writeIcs(event('2027-03-28T10:00', '2027-03-28T11:30'));
    expect(ics).toContain('DTSTART:20270328T080000Z\r\n');
    expect(ics).toContain('DTEND:20270328T093000Z\r\n');
  });

  it('does write a complete calendar with CRLF line ends and escaped text', () => {
    const ics = writeIcs(event('2027-06-01T10:00', '2027-06-01T11:00'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('SUMMARY:Bijeenkomst\\; deel 1\\, samen\r\n');
    expect(ics).toContain('DESCRIPTION:# Agenda\\n- kennismaken\r\n');
    expect(ics).toContain('UID:meeting-1@leerhuis\r\n');
    expect(ics).toContain('DTSTAMP:20270101T120000Z\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('does mark a cancelled meeting as CANCEL / CANCELLED', () => {
    const ics = writeIcs({ ...event('2027-06-01T10:00', '2027-06-01T11:00'), cancelled: true });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
  });

  it('does write an update as METHOD:REQUEST with organizer and attendee, and never for a cancellation', () => {
    const update = {
      ...event('2027-06-01T10:00', '2027-06-01T11:00'),
      sequence: 3,
      method: 'REQUEST' as const,
      organizer: { name: 'Leerhuis', email: 'noreply@leerhuis.example' },
      attendee: { name: 'Anna "A" de Vries', email: 'anna@minbzk.nl' },
    };
    const ics = writeIcs(update);
    expect(ics).toContain('METHOD:REQUEST\r\n');
    expect(ics).toContain('SEQUENCE:3\r\n');
    expect(ics).toContain('ORGANIZER;CN="Leerhuis":mailto:noreply@leerhuis.example\r\n');
    // A double quote inside a parameter value is written as ^' (RFC 6868).
    expect(ics.replace(/\r\n /g, '')).toContain(
      `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE;CN="Anna ^'A^' de Vries":MAILTO:anna@minbzk.nl\r\n`,
    );
    expect(writeIcs({ ...update, cancelled: true })).toContain('METHOD:CANCEL\r\n');
  });

  it('does fold long lines at 75 octets without splitting a character', () => {
    const description = 'é'.repeat(100);
    const ics = writeIcs({ ...event('2027-06-01T10:00', '2027-06-01T11:00'), description });
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${description}\r\n`);
  });

  it('does escape backslashes before the other characters', () => {
    const ics = writeIcs({
      ...event('2027-06-01T10:00', '2027-06-01T11:00'),
      title: 'a\\b;c,d\r\ne',
    });
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:a\\\\b\\;c\\,d\\ne\r\n');
  });
});

describe('sender', () => {
  it('does read the address and name from MAIL_FROM', () => {
    expect(sender('Leerhuis <noreply@leerhuis.example>')).toEqual({
      name: 'Leerhuis',
      email: 'noreply@leerhuis.example',
    });
    expect(sender('"Leerhuis Rijk" <a@b.nl>')).toEqual({ name: 'Leerhuis Rijk', email: 'a@b.nl' });
    expect(sender('a@b.nl')).toEqual({ name: 'Leerhuis', email: 'a@b.nl' });
  });
});

describe('fromAmsterdamLocal', () => {
  it('does take winter and summer offsets', () => {
    expect((fromAmsterdamLocal('2027-01-15T10:00') as Date).toISOString()).toBe(
      '2027-01-15T09:00:00.000Z',
    );
    expect((fromAmsterdamLocal('2027-07-15T10:00') as Date).toISOString()).toBe(
      '2027-07-15T08:00:00.000Z',
    );
  });

  it('does refuse a time skipped when summer time starts', () => {
    expect(fromAmsterdamLocal('2027-03-28T02:30')).toBe('NONEXISTENT');
    expect((fromAmsterdamLocal('2027-03-28T03:00') as Date).toISOString()).toBe(
      '2027-03-28T01:00:00.000Z',
    );
  });

  it('does take the first (summer-time) occurrence of a doubled October time', () => {
    expect((fromAmsterdamLocal('2027-10-31T02:30') as Date).toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
  });

  it('does refuse malformed and impossible dates', () => {
    expect(fromAmsterdamLocal('2027-02-31T10:00')).toBe('FORMAT');
    expect(fromAmsterdamLocal('28-03-2027 10:00')).toBe('FORMAT');
  });

  it('does round-trip through the wall clock', () => {
    for (const local of ['2027-03-28T10:00', '2027-10-31T10:00', '2027-12-31T23:59']) {
      expect(toAmsterdamLocal(fromAmsterdamLocal(local) as Date)).toBe(local);
    }
  });
});

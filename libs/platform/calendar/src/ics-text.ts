/**
 * The text rules of iCalendar (RFC 5545) every Leerhuis calendar file follows; each domain
 * writes its own VEVENT (a meeting, a koffiedate slot, a leergroep series) with these.
 */

/** A DATE-TIME in UTC (`20261122T090000Z`), the unambiguous form every calendar reads. */
export function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space (3.1), never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = out.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Content lines folded and joined with CRLF, ending in CRLF: a whole .ics file. */
export function icsFile(lines: string[]): string {
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

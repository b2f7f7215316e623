import { isPermanentFailure, loggedKey, normaliseAddress, type SmtpError } from './outgoing-email';

const smtpError = (values: Partial<SmtpError>): SmtpError =>
  Object.assign(new Error('failed'), values);

describe('Mailer', () => {
  it('does treat only a 5xx on RCPT TO or DATA as permanent (the address is suppressed)', () => {
    expect(isPermanentFailure(smtpError({ responseCode: 550, command: 'RCPT TO' }))).toBe(true);
    expect(isPermanentFailure(smtpError({ responseCode: 552, command: 'DATA' }))).toBe(true);
    // Temporary: retried by the job's backoff.
    expect(isPermanentFailure(smtpError({ responseCode: 451, command: 'RCPT TO' }))).toBe(false);
    expect(isPermanentFailure(smtpError({ responseCode: 421, command: 'DATA' }))).toBe(false);
    expect(isPermanentFailure(smtpError({ code: 'ECONNECTION', command: 'CONN' }))).toBe(false);
    expect(isPermanentFailure(smtpError({ code: 'ETIMEDOUT' }))).toBe(false);
    // Our own server refusing us (sender, auth) says nothing about the member's address.
    expect(isPermanentFailure(smtpError({ responseCode: 550, command: 'MAIL FROM' }))).toBe(false);
    expect(isPermanentFailure(smtpError({ responseCode: 535, command: 'AUTH PLAIN' }))).toBe(false);
  });

  it('does compare addresses lower-case, without a display name', () => {
    expect(normaliseAddress('Anouk de Vries <Anouk@MinBZK.nl>')).toBe('anouk@minbzk.nl');
    expect(normaliseAddress(' Bram@MinFin.nl ')).toBe('bram@minfin.nl');
  });
});

describe('loggedKey', () => {
  it('does keep an ordinary key and hash a confidential one behind its kind', () => {
    expect(loggedKey({ key: 'digest:m1:2026-11-24' })).toBe('digest:m1:2026-11-24');
    const hashed = loggedKey({ key: 'intervision-phase-opened:c1:0:m1', confidential: true });
    expect(hashed).toMatch(/^intervision-phase-opened:[0-9a-f]{64}$/);
    expect(hashed).not.toContain('m1');
    // Deterministic: a retry finds the same log row and sends nothing twice.
    expect(loggedKey({ key: 'intervision-phase-opened:c1:0:m1', confidential: true })).toBe(hashed);
  });
});

import { signConfirmationToken, verifyConfirmationToken } from './email-confirmation-token';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('email confirmation tokens', () => {
  const expires = Date.now() + 60_000;

  it('does verify a token for its address until it expires', () => {
    const token = signConfirmationToken(SECRET, 'anouk@minbzk.nl', expires);
    expect(verifyConfirmationToken(SECRET, token)).toEqual({
      ok: true,
      address: 'anouk@minbzk.nl',
    });
    expect(verifyConfirmationToken(SECRET, token, expires + 1)).toEqual({
      ok: false,
      reason: 'EXPIRED',
    });
  });

  it('does refuse a token moved to another address, a later expiry or another secret', () => {
    const token = signConfirmationToken(SECRET, 'anouk@minbzk.nl', expires);
    const [, exp, mac] = token.split('.');
    const other = Buffer.from('bram@minfin.nl').toString('base64url');
    const [address] = token.split('.');
    for (const bad of [
      `${other}.${exp}.${mac}`,
      `${address}.${expires + 1000}.${mac}`,
      signConfirmationToken(`${SECRET}x`, 'anouk@minbzk.nl', expires),
      '',
      'a.b',
      `${address}.x.${mac}`,
    ]) {
      expect(verifyConfirmationToken(SECRET, bad)).toEqual({ ok: false, reason: 'INVALID' });
    }
  });
});

import { generateToken, hashToken, looksLikeToken, normaliseEmail } from './token';

describe('generateToken', () => {
  it('makes a URL-safe token and stores only its hash', () => {
    const { token, hash } = generateToken();
    expect(looksLikeToken(token)).toBe(true);
    expect(hash).toBe(hashToken(token));
    expect(hash).not.toContain(token);
    expect(generateToken().token).not.toBe(token);
  });

  it('refuses tampered tokens before any lookup', () => {
    expect(looksLikeToken(`${generateToken().token}x`)).toBe(false);
    expect(looksLikeToken("' OR 1=1 --")).toBe(false);
  });

  it('normalises email addresses', () => {
    expect(normaliseEmail('  Anouk.DeVries@MinBZK.nl ')).toBe('anouk.devries@minbzk.nl');
  });
});

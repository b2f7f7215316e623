import { safeReturnPath } from './return-path';

const PUBLIC_URL = 'https://leerhuis.example';

describe('safeReturnPath', () => {
  it('keeps a path inside the app', () => {
    expect(safeReturnPath('/communities/water?x=1#top', PUBLIC_URL)).toBe(
      '/communities/water?x=1#top',
    );
  });

  it('falls back to the home page for anything that could leave the site', () => {
    for (const raw of [
      undefined,
      '',
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      `/${'a'.repeat(600)}`,
      ['/communities'],
    ]) {
      expect(safeReturnPath(raw, PUBLIC_URL)).toBe('/');
    }
  });
});

import { firstFreeSlug, slugify } from './slug';

describe('slugify', () => {
  it('does make readable ASCII slugs from Dutch names', () => {
    expect(slugify('Samenwerken in de keten — Zuid-Holland')).toBe(
      'samenwerken-in-de-keten-zuid-holland',
    );
    expect(slugify('Coöperatie & Ĳsselmeer: één aanpak')).toBe('cooperatie-ijsselmeer-een-aanpak');
  });

  it('does keep slugs short and at least three characters', () => {
    expect(slugify('x'.repeat(200))).toHaveLength(60);
    expect(slugify('AI')).toBe('cop-ai');
    expect(slugify('!!!')).toBe('cop-community');
  });
});

describe('firstFreeSlug', () => {
  it('does add the first free numeric suffix', () => {
    expect(firstFreeSlug('wonen', new Set())).toBe('wonen');
    expect(firstFreeSlug('wonen', new Set(['wonen', 'wonen-2']))).toBe('wonen-3');
  });
});

import { plainExcerpt } from './plain-text';

describe('plainExcerpt', () => {
  it('strips Markdown to plain text', () => {
    expect(
      plainExcerpt(
        '## Kop\n\nDit is **vet** en _schuin_, met een [link](https://x.nl) en `code`.\n\n- punt één\n> citaat',
      ),
    ).toBe('Kop Dit is vet en schuin, met een link en code. punt één citaat');
  });

  it('cuts long text at a word boundary', () => {
    const excerpt = plainExcerpt('woord '.repeat(100), 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt.endsWith('woord…')).toBe(true);
  });
});

import { MARK_END, MARK_START, parseHeadline, queryWords } from './search-text';

describe('queryWords', () => {
  it('does keep letters and digits only, lower case, once each', () => {
    expect(queryWords('Samenwerking in ketens, samenwerking!')).toEqual([
      'samenwerking',
      'in',
      'ketens',
    ]);
  });

  it('does turn tsquery syntax into plain words', () => {
    expect(queryWords('a & | !b:*')).toEqual(['a', 'b']);
    expect(queryWords(`'x' <-> (y) "z"`)).toEqual(['x', 'y', 'z']);
  });

  it('does find no words in punctuation', () => {
    expect(queryWords('!?&|*:()…—')).toEqual([]);
  });

  it('does keep accented letters and cap the number of words', () => {
    expect(queryWords('coöperatie één')).toEqual(['coöperatie', 'één']);
    expect(queryWords('a b c d e f g h i j k')).toHaveLength(8);
  });
});

describe('parseHeadline', () => {
  it('does return the text without markers and the marked ranges', () => {
    const headline = `Over ${MARK_START}samenwerking${MARK_END} in ${MARK_START}ketens${MARK_END}`;
    expect(parseHeadline(headline)).toEqual({
      text: 'Over samenwerking in ketens',
      highlights: [
        { start: 5, length: 12 },
        { start: 21, length: 6 },
      ],
    });
  });

  it('does leave markup as text', () => {
    const parsed = parseHeadline(`<b>${MARK_START}x${MARK_END}</b>`);
    expect(parsed.text).toBe('<b>x</b>');
    expect(parsed.highlights).toEqual([{ start: 3, length: 1 }]);
  });
});

import { preferredStyles, scoreAnswers, ScoredItem } from './scoring';
import { BOUNDARY_SPANNER_STYLES, BoundarySpannerStyle } from './style';

const items: ScoredItem[] = BOUNDARY_SPANNER_STYLES.flatMap((style) =>
  [1, 2, 3, 4].map((n) => ({ key: `${style.toLowerCase()}-${n}`, style, reverse: n === 4 })),
);

function answersFor(values: Partial<Record<BoundarySpannerStyle, number[]>>, fallback = 3) {
  const answers: Record<string, number> = {};
  for (const style of BOUNDARY_SPANNER_STYLES) {
    [1, 2, 3, 4].forEach((n, i) => {
      answers[`${style.toLowerCase()}-${n}`] = values[style]?.[i] ?? fallback;
    });
  }
  return answers;
}

describe('scoreAnswers', () => {
  it('maps answers 1 → 0 … 5 → 100 and takes the mean per style', () => {
    const { scores } = scoreAnswers(
      items,
      answersFor({ VERBINDER: [5, 5, 5, 1], HELD: [1, 1, 1, 5], VINDER: [5, 4, 3, 3] }),
    );
    expect(scores.VERBINDER).toBe(100);
    expect(scores.HELD).toBe(0);
    expect(scores.MOTIVATOR).toBe(50);
    // (100 + 75 + 50 + 50) / 4
    expect(scores.VINDER).toBe(68.8);
  });

  it('counts reverse-keyed items as 6 − answer', () => {
    const { scores } = scoreAnswers(items, answersFor({ CARTOGRAAF: [3, 3, 3, 1] }));
    // 50, 50, 50 and (6 − 1 − 1) × 25 = 100
    expect(scores.CARTOGRAAF).toBe(62.5);
  });

  it('prefers the highest score and keeps ties', () => {
    const result = scoreAnswers(
      items,
      answersFor({ MOTIVATOR: [5, 5, 5, 1], ONDERHANDELAAR: [5, 5, 5, 1] }),
    );
    expect(result.preferredStyles).toEqual(['MOTIVATOR', 'ONDERHANDELAAR']);
  });

  it('prefers all six when every score is equal (never empty)', () => {
    expect(scoreAnswers(items, answersFor({})).preferredStyles).toEqual(BOUNDARY_SPANNER_STYLES);
  });

  it('refuses a missing or out-of-range answer', () => {
    const answers = answersFor({});
    delete answers['held-2'];
    expect(() => scoreAnswers(items, answers)).toThrow(/held-2/);
    expect(() => scoreAnswers(items, { ...answersFor({}), 'vinder-1': 6 })).toThrow(/vinder-1/);
  });

  it('accepts a Map of answers', () => {
    const map = new Map(Object.entries(answersFor({}, 4)));
    expect(scoreAnswers(items, map).scores.VERBINDER).toBe(62.5);
  });
});

describe('preferredStyles', () => {
  it('lists ties in style order', () => {
    expect(
      preferredStyles({
        VERBINDER: 10,
        MOTIVATOR: 80,
        CARTOGRAAF: 20,
        HELD: 80,
        VINDER: 0,
        ONDERHANDELAAR: 30,
      }),
    ).toEqual(['MOTIVATOR', 'HELD']);
  });
});

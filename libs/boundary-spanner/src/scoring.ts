import { BOUNDARY_SPANNER_STYLES, BoundarySpannerStyle } from './style';

/** The answer scale: 1 (helemaal oneens / strongly disagree) … 5 (helemaal eens / strongly agree). */
export const ANSWER_MIN = 1;
export const ANSWER_MAX = 5;

export interface ScoredItem {
  key: string;
  style: BoundarySpannerStyle;
  /** A reverse-keyed statement counts 6 − answer. */
  reverse?: boolean;
}

export interface Scores {
  scores: Record<BoundarySpannerStyle, number>;
  preferredStyles: BoundarySpannerStyle[];
}

/**
 * Score per style, 0–100:
 *
 *   points(item) = (answer − 1) × 25           (reverse-keyed: (5 − answer) × 25)
 *   score(style) = mean of points over the style's items, rounded to one decimal
 *
 * so all "helemaal oneens" is 0, all neutral 50, all "helemaal eens" 100. The preferred
 * styles are those with the highest (rounded) score: ties are all preferred, never none.
 * Every item must be answered (the caller checks completeness first).
 */
export function scoreAnswers(
  items: readonly ScoredItem[],
  answers: ReadonlyMap<string, number> | Record<string, number>,
): Scores {
  const answerOf = (key: string) =>
    answers instanceof Map ? answers.get(key) : (answers as Record<string, number>)[key];
  const scores = {} as Record<BoundarySpannerStyle, number>;
  for (const style of BOUNDARY_SPANNER_STYLES) {
    const points = items
      .filter((item) => item.style === style)
      .map((item) => {
        const answer = answerOf(item.key);
        if (
          answer === undefined ||
          !Number.isInteger(answer) ||
          answer < ANSWER_MIN ||
          answer > ANSWER_MAX
        ) {
          throw new RangeError(`No valid answer for item ${item.key}`);
        }
        return ((item.reverse ? ANSWER_MAX + ANSWER_MIN - answer : answer) - ANSWER_MIN) * 25;
      });
    if (points.length === 0) throw new RangeError(`No items for style ${style}`);
    scores[style] = Math.round((points.reduce((a, b) => a + b, 0) / points.length) * 10) / 10;
  }
  return { scores, preferredStyles: preferredStyles(scores) };
}

/** The styles sharing the highest score, in the platform's style order. */
export function preferredStyles(
  scores: Record<BoundarySpannerStyle, number>,
): BoundarySpannerStyle[] {
  const top = Math.max(...BOUNDARY_SPANNER_STYLES.map((style) => scores[style]));
  return BOUNDARY_SPANNER_STYLES.filter((style) => scores[style] === top);
}

export { evaluateMatching } from './lib/evaluate-matching';
// The exact solver and the weighted graph, for benchmarks that compare against the optimum.
export { exactMatching } from './lib/exact-matching';
export type { MatchingEvaluation } from './lib/evaluate-matching';
export { KoffiedateMatcher, matchKoffiedateRound } from './lib/koffiedate-matcher';
export {
  DEFAULT_MATCHING_CONFIG,
  MatchingGraph,
  ORGANISATION_TYPE_WEIGHT,
  PRIORITY_BONUS,
  STYLE_WEIGHT,
  THEME_WEIGHT,
} from './lib/matching-graph';
export * from './lib/matching.types';
export { SeededRandom } from './lib/seeded-random';

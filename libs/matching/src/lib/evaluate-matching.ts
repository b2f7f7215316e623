import { MatchingInput } from './matching.types';
import { MatchingGraph } from './matching-graph';

export interface MatchingEvaluation {
  /** Sum of the weights of every valid pair inside the groups (same scale as the engine). */
  objective: number;
  /** Pairs inside groups that break a hard constraint (unknown ids count as violations). */
  violations: number;
  pairs: number;
}

/**
 * Scores any grouping of a round with the engine's objective and hard constraints, e.g. to
 * compare it with another method or to check an admin's manual change before it is sent.
 */
export function evaluateMatching(
  input: MatchingInput,
  groups: readonly (readonly string[])[],
): MatchingEvaluation {
  const graph = new MatchingGraph(input);
  const evaluation: MatchingEvaluation = { objective: 0, violations: 0, pairs: 0 };
  for (const group of groups) {
    const members = group.map((id) => graph.indexById.get(id) ?? -1);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [a, b] = [members[x], members[y]];
        evaluation.pairs++;
        if (a < 0 || b < 0 || !graph.isValid(a, b)) evaluation.violations++;
        else evaluation.objective += graph.weight(a, b);
      }
    }
  }
  return evaluation;
}

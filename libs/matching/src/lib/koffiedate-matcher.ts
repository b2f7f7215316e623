import { exactMatching } from './exact-matching';
import {
  MatchGroup,
  MatchingInput,
  MatchingResult,
  MatchReason,
  UnmatchedParticipant,
} from './matching.types';
import { MatchingGraph, PRIORITY_BONUS } from './matching-graph';
import { scalableMatching } from './scalable-matching';
import { SeededRandom } from './seeded-random';

/** Makes a trio with someone who was in a trio last round the last resort. */
const TRIO_AGAIN_PENALTY = 4 * PRIORITY_BONUS;

/**
 * The koffiedate matching engine: pure, synchronous and deterministic given `input.seed`.
 *
 * Hard constraints (never violated): partners differ at `config.organisationLevel` (ministry
 * by default), neither has blocked the other, and they were not matched together within
 * `config.repeatWindowMonths` (12 by default) before `roundDate`.
 *
 * Objective: match as many people as possible in pairs, maximising the sum of pair weights
 * (see README.md): complementary preferred styles and diverse profiles (60%), then the
 * policy/implementation mix (30%), then shared themes (10%), plus a priority bonus for people
 * who were in a trio or unmatched last round. Whoever is left over joins the pair where the
 * trio is valid and adds the most weight; if there is none, they are returned as unmatched
 * with a reason — never skipped silently.
 */
export class KoffiedateMatcher {
  match(input: MatchingInput): MatchingResult {
    const graph = new MatchingGraph(input);
    const random = new SeededRandom(input.seed);
    const order = random.shuffle([...Array(graph.size).keys()]);
    const useExact =
      graph.config.algorithm === 'exact' ||
      (graph.config.algorithm === 'auto' && graph.size <= graph.config.exactMaxParticipants);
    const mate = useExact ? exactMatching(graph, order) : scalableMatching(graph, order, random);

    const groups: number[][] = [];
    for (let a = 0; a < graph.size; a++) {
      if (mate[a] > a) groups.push([a, mate[a]]);
    }
    const leftovers = order.filter((i) => mate[i] < 0);
    // Those unmatched last round pick a trio first, so they are not left out twice.
    leftovers.sort(
      (x, y) =>
        Number(input.participants[y].wasUnmatchedLastRound === true) -
        Number(input.participants[x].wasUnmatchedLastRound === true),
    );
    const trioReason = new Map<number[], MatchReason>();
    const unmatched: UnmatchedParticipant[] = [];
    for (const person of leftovers) {
      const group = this.bestTrio(graph, groups, person);
      if (group) {
        group.push(person);
        trioReason.set(group, this.trioReason(graph, leftovers.length));
      } else {
        unmatched.push(this.unmatched(graph, person));
      }
    }

    const result: MatchGroup[] = groups
      .map((group) => ({ members: [...group].sort((x, y) => x - y), trio: trioReason.get(group) }))
      .sort((x, y) => x.members[0] - y.members[0])
      .map(({ members, trio }) => ({
        participantIds: members.map((i) => input.participants[i].id),
        kind: members.length === 3 ? ('trio' as const) : ('pair' as const),
        score: groupScore(graph, members),
        reasons: trio ? [...graph.reasons(members), trio] : graph.reasons(members),
      }));
    const position = (id: string) => graph.indexById.get(id) ?? 0;
    unmatched.sort((x, y) => position(x.participantId) - position(y.participantId));
    return {
      groups: result,
      unmatched,
      objective: result.reduce((sum, group) => sum + group.score, 0),
      algorithm: useExact ? 'exact' : 'scalable',
    };
  }

  private bestTrio(graph: MatchingGraph, groups: number[][], person: number): number[] | undefined {
    let best: number[] | undefined;
    let bestScore = -Infinity;
    for (const group of groups) {
      if (group.length !== 2) continue;
      const [a, b] = group;
      if (!graph.isValid(person, a) || !graph.isValid(person, b)) continue;
      let score = graph.weight(person, a) + graph.weight(person, b);
      if (graph.wasInTrio(a) || graph.wasInTrio(b)) score -= TRIO_AGAIN_PENALTY;
      if (score > bestScore) {
        bestScore = score;
        best = group;
      }
    }
    return best;
  }

  private trioReason(graph: MatchingGraph, leftoverCount: number): MatchReason {
    if (leftoverCount === 1 && graph.size % 2 === 1) {
      return {
        code: 'trio-odd-count',
        message: 'An odd number of people signed up, so one group is a trio.',
      };
    }
    return {
      code: 'trio-no-valid-pair',
      message: 'The rules left someone without a partner, so they joined this group as a trio.',
    };
  }

  private unmatched(graph: MatchingGraph, person: number): UnmatchedParticipant {
    const counts = graph.conflicts(person);
    const participantId = graph.input.participants[person].id;
    if (counts.otherParticipants === 0) {
      return {
        participantId,
        reason: {
          code: 'only-participant',
          message: 'no match this round: you were the only participant',
          details: counts,
        },
      };
    }
    if (counts.validPartners === 0) {
      const causes = [
        counts.sameOrganisation > 0 ? `in your ${graph.config.organisationLevel}` : '',
        counts.blocked > 0 ? 'on your block list (or have you on theirs)' : '',
        counts.metRecently > 0
          ? `someone you met in the last ${graph.config.repeatWindowMonths} months`
          : '',
      ].filter(Boolean);
      return {
        participantId,
        reason: {
          code: 'no-valid-partner',
          message: `no valid partner: everyone else is ${causes.join(' or ')}`,
          details: counts,
        },
      };
    }
    return {
      participantId,
      reason: {
        code: 'partners-taken',
        message: `no valid partner left: your ${counts.validPartners} possible partner(s) were matched with others and no trio with you was allowed`,
        details: counts,
      },
    };
  }
}

function groupScore(graph: MatchingGraph, members: readonly number[]): number {
  let score = 0;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) score += graph.weight(members[x], members[y]);
  }
  return score;
}

/** Convenience wrapper around {@link KoffiedateMatcher.match}. */
export function matchKoffiedateRound(input: MatchingInput): MatchingResult {
  return new KoffiedateMatcher().match(input);
}

import { exactMatching } from './exact-matching';
import { exhaustivePartition } from './exhaustive-partition';
import { placeEveryone } from './group-placement';
import {
  MatchGroup,
  MatchingInput,
  MatchingResult,
  MatchReason,
  UnmatchedParticipant,
} from './matching.types';
import { MatchingGraph } from './matching-graph';
import { scalableMatching } from './scalable-matching';
import { SeededRandom } from './seeded-random';

/**
 * The koffiedate matching engine: pure, synchronous and deterministic given `input.seed`.
 *
 * Hard constraints (never violated): partners differ at `config.organisationLevel` (ministry
 * by default), neither has blocked the other, and they were not matched together within
 * `config.repeatWindowMonths` (12 by default) before `roundDate`.
 *
 * Objective: place as many people as possible (in pairs, trios only where needed), then the
 * largest sum of pair weights (see README.md): complementary preferred styles and diverse
 * profiles (60%), then the policy/implementation mix (30%), then shared themes (10%), plus a
 * bonus for people who were in a trio or unmatched recently. Nobody is in a trio or unmatched
 * for the third time in 12 months while someone else could take that place. Whoever cannot be
 * placed is returned as unmatched with a reason — never skipped silently.
 */
export class KoffiedateMatcher {
  match(input: MatchingInput): MatchingResult {
    const graph = new MatchingGraph(input);
    const random = new SeededRandom(input.seed);
    const order = random.shuffle([...Array(graph.size).keys()]);
    const { algorithm, exactMaxParticipants, exhaustiveMaxParticipants } = graph.config;
    let method: MatchingResult['algorithm'];
    let groups: number[][];
    let unplaced: number[];
    if (algorithm !== 'scalable' && graph.size <= exhaustiveMaxParticipants) {
      // Small rounds: every split into pairs and trios is searched, so nobody is left out
      // whom some valid split would place.
      method = 'exhaustive';
      groups = exhaustivePartition(graph, order);
      const placed = new Set(groups.flat());
      unplaced = order.filter((i) => !placed.has(i));
    } else {
      const useExact =
        algorithm === 'exact' || (algorithm === 'auto' && graph.size <= exactMaxParticipants);
      method = useExact ? 'exact' : 'scalable';
      const mate = useExact ? exactMatching(graph, order) : scalableMatching(graph, order, random);
      // Those left out most often pick a trio first, so they are not left out again.
      const urgency = (i: number) => 2 * graph.unmatchedCount(i) + (graph.wasUnmatched(i) ? 1 : 0);
      const leftovers = order.filter((i) => mate[i] < 0).sort((x, y) => urgency(y) - urgency(x));
      ({ groups, unplaced } = placeEveryone(graph, mate, leftovers));
    }

    const trios = groups.filter((group) => group.length === 3).length;
    const trio = this.trioReason(graph.size % 2 === 1 && trios === 1 && unplaced.length === 0);
    const result: MatchGroup[] = groups
      .map((group) => [...group].sort((x, y) => x - y))
      .sort((x, y) => x[0] - y[0])
      .map((members) => ({
        participantIds: members.map((i) => input.participants[i].id),
        kind: members.length === 3 ? ('trio' as const) : ('pair' as const),
        score: groupScore(graph, members),
        reasons: members.length === 3 ? [...graph.reasons(members), trio] : graph.reasons(members),
      }));
    const unmatched = [...unplaced].sort((x, y) => x - y).map((i) => this.unmatched(graph, i));
    return {
      groups: result,
      unmatched,
      objective: result.reduce((sum, group) => sum + group.score, 0),
      algorithm: method,
    };
  }

  private trioReason(oddCount: boolean): MatchReason {
    if (oddCount) {
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

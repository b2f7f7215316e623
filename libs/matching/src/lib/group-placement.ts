import { MatchingGraph } from './matching-graph';

/** Dominates any weight difference: breaking the fairness rule is avoided first. */
const UNFAIR = 1e8;
/** Each repair search expands at most about this many people × participants (time bound). */
const REPAIR_WORK_BUDGET = 30_000_000;
/** All repair searches of a round together (so a 50,000 round with many leftovers stays fast). */
const TOTAL_REPAIR_BUDGET = 300_000_000;
/** The wider fairness move looks at pairs × pairs: only up to this many groups. */
const WIDER_TRIO_MOVES_MAX_GROUPS = 2_000;

/**
 * Turns a matching into groups and places whoever it left over:
 *
 * 1. each leftover joins the pair where the trio is valid and adds the most weight (minus the
 *    trio penalties of the pair's members);
 * 2. a leftover who fits no pair is placed by a repair search: breadth-first over chains of
 *    moves where the leftover takes a partner from a pair and the partner left behind takes the
 *    next, until someone joins a pair as a trio, splits a trio into two pairs, or pairs with
 *    another leftover; so a valid partner "taken" by someone else is freed when that person can
 *    go elsewhere;
 * 3. fairness swaps: someone in a trio for the third time in 12 months swaps with someone from
 *    a pair who had fewer trios, and someone left out for the third time takes the place of
 *    someone left out less often, where the rules allow.
 *
 * Returns the groups (person indices) and the people still unplaced.
 */
export function placeEveryone(
  graph: MatchingGraph,
  mate: Int32Array,
  leftoverOrder: readonly number[],
): { groups: number[][]; unplaced: number[] } {
  const placement = new Placement(graph, mate);
  const waiting: number[] = [];
  for (const person of leftoverOrder) {
    if (!placement.attach(person)) waiting.push(person);
  }
  for (const person of waiting) {
    if (placement.isPlaced(person)) continue;
    placement.repair(person);
  }
  placement.fairTrios();
  placement.fairUnmatched();
  return placement.result();
}

class Placement {
  private readonly n: number;
  private readonly groups: number[][] = [];
  private readonly groupOf: Int32Array;
  private readonly unplaced = new Set<number>();
  /** Pair checks spent on repair searches so far. */
  private repairWork = 0;

  constructor(
    private readonly graph: MatchingGraph,
    mate: Int32Array,
  ) {
    this.n = graph.size;
    this.groupOf = new Int32Array(this.n).fill(-1);
    for (let a = 0; a < this.n; a++) {
      if (mate[a] > a) this.addGroup([a, mate[a]]);
      else if (mate[a] < 0) this.unplaced.add(a);
    }
  }

  isPlaced(person: number): boolean {
    return this.groupOf[person] >= 0;
  }

  result(): { groups: number[][]; unplaced: number[] } {
    return {
      groups: this.groups.filter((group) => group.length > 0),
      unplaced: [...this.unplaced],
    };
  }

  /** Cost of making someone a trio member: the trio penalty, and far more if it is unfair. */
  private trioCost(person: number): number {
    return this.graph.trioPenalty(person) + (this.graph.trioBreaksFairness(person) ? UNFAIR : 0);
  }

  private addGroup(members: number[]): number {
    const g = this.groups.length;
    this.groups.push(members);
    for (const member of members) {
      this.groupOf[member] = g;
      this.unplaced.delete(member);
    }
    return g;
  }

  private setGroup(g: number, members: number[]): void {
    this.groups[g] = members;
    for (const member of members) {
      this.groupOf[member] = g;
      this.unplaced.delete(member);
    }
  }

  private valid(person: number, members: readonly number[]): boolean {
    for (const member of members) if (!this.graph.isValid(person, member)) return false;
    return true;
  }

  /** Step 1: the best pair to join as a trio, if any. */
  attach(person: number): boolean {
    let best = -1;
    let bestScore = -Infinity;
    for (let g = 0; g < this.groups.length; g++) {
      const group = this.groups[g];
      if (group.length !== 2) continue;
      const [a, b] = group;
      if (!this.graph.isValid(person, a) || !this.graph.isValid(person, b)) continue;
      const score =
        this.graph.weight(person, a) +
        this.graph.weight(person, b) -
        this.trioCost(a) -
        this.trioCost(b);
      if (score > bestScore) {
        bestScore = score;
        best = g;
      }
    }
    if (best < 0) return false;
    this.setGroup(best, [...this.groups[best], person]);
    return true;
  }

  /**
   * Step 2: breadth-first search over "homeless" people. The root is the leftover; taking a
   * from the pair (a, b) makes b homeless. A homeless person ends the search by joining a pair
   * as a trio, taking one member of a trio (the other two stay a pair) or pairing with another
   * leftover. Groups are used once per search, so the chain of moves is consistent.
   */
  repair(root: number): boolean {
    const n = this.n;
    const maxNodes = Math.max(64, Math.floor(REPAIR_WORK_BUDGET / Math.max(1, n)));
    if (this.repairWork > TOTAL_REPAIR_BUDGET) return false;
    const nodePerson: number[] = [root];
    const nodeParent: number[] = [-1];
    // The group the node's parent entered, taking nodeTaken and leaving the node homeless.
    const nodeGroup: number[] = [-1];
    const nodeTaken: number[] = [-1];
    const personSeen = new Set<number>([root]);
    // Whether the chain root → node already changed group g (each group changes once).
    const onPath = (node: number, g: number) => {
      for (let k = node; k > 0; k = nodeParent[k]) if (nodeGroup[k] === g) return true;
      return false;
    };
    for (let head = 0; head < nodePerson.length && head < maxNodes; head++) {
      const p = nodePerson[head];
      this.repairWork += n;
      // The best way to end here: no new trio beats joining a pair as a trio.
      let endKind: 'join' | 'split' | 'pair' | '' = '';
      let endGroup = -1;
      let endPerson = -1;
      let endScore = -Infinity;
      for (let a = 0; a < n; a++) {
        if (a === p || !this.graph.isValid(p, a)) continue;
        const g = this.groupOf[a];
        if (g < 0) {
          if (!this.unplaced.has(a) || personSeen.has(a)) continue;
          const score = 2 * UNFAIR + this.graph.weight(p, a);
          if (score > endScore) [endKind, endGroup, endPerson, endScore] = ['pair', -1, a, score];
          continue;
        }
        if (onPath(head, g)) continue;
        const group = this.groups[g];
        if (group.length === 3) {
          const score = 2 * UNFAIR + this.graph.weight(p, a);
          if (score > endScore) [endKind, endGroup, endPerson, endScore] = ['split', g, a, score];
          continue;
        }
        const b = group[0] === a ? group[1] : group[0];
        if (this.graph.isValid(p, b)) {
          if (a > b) continue; // the pair is scored once, from its lower member
          const score =
            this.graph.weight(p, a) +
            this.graph.weight(p, b) -
            this.trioCost(a) -
            this.trioCost(b) -
            this.trioCost(p);
          if (score > endScore) [endKind, endGroup, endPerson, endScore] = ['join', g, a, score];
        } else if (!personSeen.has(b) && endKind === '') {
          personSeen.add(b);
          nodePerson.push(b);
          nodeParent.push(head);
          nodeGroup.push(g);
          nodeTaken.push(a);
        }
      }
      // The pairs formed earlier on the chain (mover with taken) may take p as a trio.
      for (let k = head; k > 0; k = nodeParent[k]) {
        const mover = nodePerson[nodeParent[k]];
        const taken = nodeTaken[k];
        if (!this.graph.isValid(p, mover) || !this.graph.isValid(p, taken)) continue;
        const score =
          this.graph.weight(p, mover) +
          this.graph.weight(p, taken) -
          this.trioCost(mover) -
          this.trioCost(taken) -
          this.trioCost(p);
        if (score > endScore)
          [endKind, endGroup, endPerson, endScore] = ['join', nodeGroup[k], -1, score];
      }
      if (endKind === '') continue;
      // Apply the chain root → … → p, then the ending.
      const chain: number[] = [];
      for (let node = head; node > 0; node = nodeParent[node]) chain.push(node);
      chain.reverse();
      for (const node of chain) {
        const mover = nodePerson[nodeParent[node]];
        this.setGroup(nodeGroup[node], [nodeTaken[node], mover]);
        this.groupOf[nodePerson[node]] = -1;
      }
      if (endKind === 'pair') {
        this.addGroup([p, endPerson]);
      } else if (endKind === 'split') {
        const rest = this.groups[endGroup].filter((member) => member !== endPerson);
        this.setGroup(endGroup, rest);
        this.addGroup([p, endPerson]);
      } else {
        this.setGroup(endGroup, [...this.groups[endGroup], p]);
      }
      this.unplaced.delete(root);
      return true;
    }
    return false;
  }

  /** Step 3a: a trio member over the fairness limit (or with a penalty) swaps with a pair member. */
  fairTrios(): void {
    for (let g = 0; g < this.groups.length; g++) {
      const trio = this.groups[g];
      if (trio.length !== 3) continue;
      for (const m of [...trio]) {
        if (this.trioCost(m) === 0 || this.groups[g].length !== 3) continue;
        const others = this.groups[g].filter((member) => member !== m);
        const current =
          this.graph.weight(m, others[0]) + this.graph.weight(m, others[1]) - this.trioCost(m);
        let best = -1;
        let bestGain = 0;
        for (let h = 0; h < this.groups.length; h++) {
          const pair = this.groups[h];
          if (pair.length !== 2) continue;
          for (let side = 0; side < 2; side++) {
            const s = pair[side];
            const t = pair[1 - side];
            if (this.trioCost(s) >= this.trioCost(m)) continue;
            if (!this.valid(s, others) || !this.graph.isValid(m, t)) continue;
            const gain =
              this.graph.weight(s, others[0]) +
              this.graph.weight(s, others[1]) -
              this.trioCost(s) +
              this.graph.weight(m, t) -
              this.graph.weight(s, t) -
              current;
            if (gain > bestGain) {
              bestGain = gain;
              best = h * 2 + side;
            }
          }
        }
        if (best < 0) {
          if (this.groups.length <= WIDER_TRIO_MOVES_MAX_GROUPS) this.moveTrioSeat(g, m, current);
          continue;
        }
        const h = best >> 1;
        const s = this.groups[h][best & 1];
        const t = this.groups[h][1 - (best & 1)];
        this.setGroup(g, [...others, s]);
        this.setGroup(h, [m, t]);
      }
    }
  }

  /**
   * Step 3a, when no direct swap fits (e.g. two dominant ministries): `m` leaves trio `g` (its
   * other two stay a pair) and takes `t` from pair (s, t); `s` joins another pair (u, v), which
   * becomes the trio. Only when the rule allows a trio for s, u and v. Pairs × pairs, so only
   * for rounds up to a few thousand people.
   */
  private moveTrioSeat(g: number, m: number, current: number): void {
    const others = this.groups[g].filter((member) => member !== m);
    const fair = (person: number) => !this.graph.trioBreaksFairness(person);
    // `current` is m's part of the trio; the two who stay shed their trio costs.
    const freed = this.trioCost(others[0]) + this.trioCost(others[1]);
    let best: [number, number, number] | null = null;
    let bestGain = 0;
    for (let h = 0; h < this.groups.length; h++) {
      const pair = this.groups[h];
      if (h === g || pair.length !== 2) continue;
      for (let side = 0; side < 2; side++) {
        const s = pair[side];
        const t = pair[1 - side];
        if (!fair(s) || !this.graph.isValid(m, t)) continue;
        const base =
          this.graph.weight(m, t) - this.graph.weight(s, t) - current - this.trioCost(s) + freed;
        for (let k = 0; k < this.groups.length; k++) {
          const [u, v, extra] = this.groups[k];
          if (k === g || k === h || extra !== undefined || !fair(u) || !fair(v)) continue;
          if (!this.graph.isValid(s, u) || !this.graph.isValid(s, v)) continue;
          const gain =
            base +
            this.graph.weight(s, u) +
            this.graph.weight(s, v) -
            this.trioCost(u) -
            this.trioCost(v);
          if (gain > bestGain) {
            bestGain = gain;
            best = [h, side, k];
          }
        }
      }
    }
    if (!best) return;
    const [h, side, k] = best;
    const s = this.groups[h][side];
    const t = this.groups[h][1 - side];
    this.setGroup(g, others);
    this.setGroup(h, [m, t]);
    this.setGroup(k, [...this.groups[k], s]);
  }

  /** Step 3b: someone left out for the third time takes the place of someone left out less. */
  fairUnmatched(): void {
    for (const u of [...this.unplaced]) {
      if (!this.graph.unmatchedBreaksFairness(u) || !this.unplaced.has(u)) continue;
      let best = -1;
      let bestScore = -Infinity;
      for (let p = 0; p < this.n; p++) {
        const g = this.groupOf[p];
        if (g < 0 || this.graph.unmatchedBreaksFairness(p)) continue;
        const others = this.groups[g].filter((member) => member !== p);
        if (!this.valid(u, others)) continue;
        // Prefer leaving out whoever was left out least, then the smallest loss of weight.
        let score = -UNFAIR * this.graph.unmatchedCount(p);
        for (const o of others) score += this.graph.weight(u, o) - this.graph.weight(p, o);
        if (score > bestScore) {
          bestScore = score;
          best = p;
        }
      }
      if (best < 0) continue;
      const g = this.groupOf[best];
      this.setGroup(
        g,
        this.groups[g].map((member) => (member === best ? u : member)),
      );
      this.groupOf[best] = -1;
      this.unplaced.add(best);
      if (!this.attach(best)) this.repair(best);
    }
  }
}

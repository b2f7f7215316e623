/**
 * Maximum-weight (optionally maximum-cardinality) matching on a sparse graph: Edmonds' blossom
 * algorithm with the primal-dual method of Galil (1986), following the structure of Joris van
 * Rijn's mwmatching.py, rewritten over typed arrays and an edge list (CSR adjacency) so its
 * cost follows the number of edges rather than n². Weights must be integers: the duals then
 * stay integral (every slack of an edge between two S-blossoms is even) and arithmetic is exact.
 *
 * Per stage (one augmentation) the work is O(n + m) plus O(n) per dual adjustment, so a graph
 * of a few thousand vertices with tens of thousands of edges is solved in well under a second.
 */
export interface SparseGraph {
  vertexCount: number;
  /** Edge k joins edgeFrom[k] and edgeTo[k] with integer weight edgeWeight[k]. */
  edgeFrom: Int32Array;
  edgeTo: Int32Array;
  edgeWeight: Float64Array;
}

/** Returns mate[v] (a vertex) or -1. */
export function maxWeightMatchingSparse(graph: SparseGraph, maxCardinality: boolean): Int32Array {
  return new BlossomSolver(graph, maxCardinality).solve();
}

class BlossomSolver {
  private readonly n: number;
  private readonly edgeCount: number;
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly weight: Float64Array;
  /** Endpoint p of edge p >> 1: p even → from, p odd → to. */
  private readonly endpoint: Int32Array;
  private readonly neighbourStart: Int32Array;
  /** Remote endpoints (p) of the edges incident to each vertex. */
  private readonly neighbourEnd: Int32Array;
  /** mate[v] is the remote endpoint p of v's matched edge, or -1. */
  private readonly mate: Int32Array;
  private readonly label: Int8Array;
  private readonly labelEnd: Int32Array;
  private readonly inBlossom: Int32Array;
  private readonly blossomParent: Int32Array;
  private readonly blossomChildren: (number[] | null)[];
  private readonly blossomBase: Int32Array;
  private readonly blossomEndpoints: (number[] | null)[];
  private readonly bestEdge: Int32Array;
  private readonly blossomBestEdges: (number[] | null)[];
  private readonly unusedBlossoms: number[];
  private readonly dual: Float64Array;
  private readonly allowStamp: Int32Array;
  private stage = 1;
  private queue: number[] = [];
  private readonly bestEdgeTo: Int32Array;
  private readonly leafStack: number[] = [];

  constructor(
    graph: SparseGraph,
    private readonly maxCardinality: boolean,
  ) {
    const n = graph.vertexCount;
    const m = graph.edgeFrom.length;
    this.n = n;
    this.edgeCount = m;
    this.from = graph.edgeFrom;
    this.to = graph.edgeTo;
    this.weight = graph.edgeWeight;
    let maxWeight = 0;
    for (let k = 0; k < m; k++) maxWeight = Math.max(maxWeight, this.weight[k]);
    this.endpoint = new Int32Array(2 * m);
    const degree = new Int32Array(n + 1);
    for (let k = 0; k < m; k++) {
      this.endpoint[2 * k] = this.from[k];
      this.endpoint[2 * k + 1] = this.to[k];
      degree[this.from[k]]++;
      degree[this.to[k]]++;
    }
    this.neighbourStart = new Int32Array(n + 1);
    for (let v = 0; v < n; v++) this.neighbourStart[v + 1] = this.neighbourStart[v] + degree[v];
    this.neighbourEnd = new Int32Array(2 * m);
    const fill = this.neighbourStart.slice(0, n);
    for (let k = 0; k < m; k++) {
      this.neighbourEnd[fill[this.from[k]]++] = 2 * k + 1;
      this.neighbourEnd[fill[this.to[k]]++] = 2 * k;
    }
    this.mate = new Int32Array(n).fill(-1);
    this.label = new Int8Array(2 * n);
    this.labelEnd = new Int32Array(2 * n).fill(-1);
    this.inBlossom = new Int32Array(n);
    for (let v = 0; v < n; v++) this.inBlossom[v] = v;
    this.blossomParent = new Int32Array(2 * n).fill(-1);
    this.blossomChildren = new Array<number[] | null>(2 * n).fill(null);
    this.blossomBase = new Int32Array(2 * n).fill(-1);
    for (let v = 0; v < n; v++) this.blossomBase[v] = v;
    this.blossomEndpoints = new Array<number[] | null>(2 * n).fill(null);
    this.bestEdge = new Int32Array(2 * n).fill(-1);
    this.blossomBestEdges = new Array<number[] | null>(2 * n).fill(null);
    this.unusedBlossoms = [];
    for (let b = 2 * n - 1; b >= n; b--) this.unusedBlossoms.push(b);
    this.dual = new Float64Array(2 * n);
    for (let v = 0; v < n; v++) this.dual[v] = maxWeight;
    this.allowStamp = new Int32Array(m);
    this.bestEdgeTo = new Int32Array(2 * n).fill(-1);
  }

  private slack(k: number): number {
    return this.dual[this.from[k]] + this.dual[this.to[k]] - 2 * this.weight[k];
  }

  private allowed(k: number): boolean {
    return this.allowStamp[k] === this.stage;
  }

  private allow(k: number): void {
    this.allowStamp[k] = this.stage;
  }

  /** The vertices inside (sub-)blossom b. */
  private leaves(b: number): number[] {
    if (b < this.n) return [b];
    const result: number[] = [];
    const stack = this.leafStack;
    stack.length = 0;
    stack.push(b);
    while (stack.length > 0) {
      const t = stack.pop() as number;
      if (t < this.n) result.push(t);
      else {
        const children = this.blossomChildren[t] as number[];
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
      }
    }
    return result;
  }

  private assignLabel(w: number, t: number, p: number): void {
    for (;;) {
      const b = this.inBlossom[w];
      this.label[w] = this.label[b] = t;
      this.labelEnd[w] = this.labelEnd[b] = p;
      this.bestEdge[w] = this.bestEdge[b] = -1;
      if (t === 1) {
        for (const v of this.leaves(b)) this.queue.push(v);
        return;
      }
      const base = this.blossomBase[b];
      const mateEnd = this.mate[base];
      w = this.endpoint[mateEnd];
      t = 1;
      p = mateEnd ^ 1;
    }
  }

  /** Traces back from v and w; returns the base of a new blossom, or -1 for an augmenting path. */
  private scanBlossom(v: number, w: number): number {
    const path: number[] = [];
    let base = -1;
    while (v !== -1 || w !== -1) {
      let b = this.inBlossom[v];
      if (this.label[b] & 4) {
        base = this.blossomBase[b];
        break;
      }
      path.push(b);
      this.label[b] = 5;
      if (this.labelEnd[b] === -1) {
        v = -1;
      } else {
        v = this.endpoint[this.labelEnd[b]];
        b = this.inBlossom[v];
        v = this.endpoint[this.labelEnd[b]];
      }
      if (w !== -1) {
        const swap = v;
        v = w;
        w = swap;
      }
    }
    for (const b of path) this.label[b] = 1;
    return base;
  }

  private addBlossom(base: number, k: number): void {
    let v = this.from[k];
    let w = this.to[k];
    const bb = this.inBlossom[base];
    let bv = this.inBlossom[v];
    let bw = this.inBlossom[w];
    const b = this.unusedBlossoms.pop() as number;
    this.blossomBase[b] = base;
    this.blossomParent[b] = -1;
    this.blossomParent[bb] = b;
    const path: number[] = [];
    const endps: number[] = [];
    while (bv !== bb) {
      this.blossomParent[bv] = b;
      path.push(bv);
      endps.push(this.labelEnd[bv]);
      v = this.endpoint[this.labelEnd[bv]];
      bv = this.inBlossom[v];
    }
    path.push(bb);
    path.reverse();
    endps.reverse();
    endps.push(2 * k);
    while (bw !== bb) {
      this.blossomParent[bw] = b;
      path.push(bw);
      endps.push(this.labelEnd[bw] ^ 1);
      w = this.endpoint[this.labelEnd[bw]];
      bw = this.inBlossom[w];
    }
    this.blossomChildren[b] = path;
    this.blossomEndpoints[b] = endps;
    this.label[b] = 1;
    this.labelEnd[b] = this.labelEnd[bb];
    this.dual[b] = 0;
    for (const leaf of this.leaves(b)) {
      if (this.label[this.inBlossom[leaf]] === 2) this.queue.push(leaf);
      this.inBlossom[leaf] = b;
    }
    // Best edge from the new blossom to each neighbouring S-blossom.
    const bestEdgeTo = this.bestEdgeTo;
    const touched: number[] = [];
    const consider = (edge: number) => {
      let j = this.to[edge];
      if (this.inBlossom[j] === b) j = this.from[edge];
      const bj = this.inBlossom[j];
      if (bj !== b && this.label[bj] === 1) {
        const current = bestEdgeTo[bj];
        if (current === -1) {
          bestEdgeTo[bj] = edge;
          touched.push(bj);
        } else if (this.slack(edge) < this.slack(current)) bestEdgeTo[bj] = edge;
      }
    };
    for (const sub of path) {
      const lists = this.blossomBestEdges[sub];
      if (lists === null) {
        for (const leaf of this.leaves(sub)) {
          const end = this.neighbourStart[leaf + 1];
          for (let q = this.neighbourStart[leaf]; q < end; q++) consider(this.neighbourEnd[q] >> 1);
        }
      } else {
        for (const edge of lists) consider(edge);
      }
      this.blossomBestEdges[sub] = null;
      this.bestEdge[sub] = -1;
    }
    const best: number[] = [];
    touched.sort((x, y) => x - y);
    for (const bj of touched) {
      best.push(bestEdgeTo[bj]);
      bestEdgeTo[bj] = -1;
    }
    this.blossomBestEdges[b] = best;
    let bestK = -1;
    for (const edge of best) {
      if (bestK === -1 || this.slack(edge) < this.slack(bestK)) bestK = edge;
    }
    this.bestEdge[b] = bestK;
  }

  private expandBlossom(b: number, endStage: boolean): void {
    const children = this.blossomChildren[b] as number[];
    const endps = this.blossomEndpoints[b] as number[];
    for (const s of children) {
      this.blossomParent[s] = -1;
      if (s < this.n) this.inBlossom[s] = s;
      else if (endStage && this.dual[s] === 0) this.expandBlossom(s, endStage);
      else for (const leaf of this.leaves(s)) this.inBlossom[leaf] = s;
    }
    if (!endStage && this.label[b] === 2) {
      const len = children.length;
      const at = (j: number) => ((j % len) + len) % len;
      const entryChild = this.inBlossom[this.endpoint[this.labelEnd[b] ^ 1]];
      let j = children.indexOf(entryChild);
      let jStep: number;
      let endpTrick: number;
      if (j & 1) {
        j -= len;
        jStep = 1;
        endpTrick = 0;
      } else {
        jStep = -1;
        endpTrick = 1;
      }
      let p = this.labelEnd[b];
      while (j !== 0) {
        this.label[this.endpoint[p ^ 1]] = 0;
        this.label[this.endpoint[endps[at(j - endpTrick)] ^ endpTrick ^ 1]] = 0;
        this.assignLabel(this.endpoint[p ^ 1], 2, p);
        this.allow(endps[at(j - endpTrick)] >> 1);
        j += jStep;
        p = endps[at(j - endpTrick)] ^ endpTrick;
        this.allow(p >> 1);
        j += jStep;
      }
      let bv = children[at(j)];
      this.label[this.endpoint[p ^ 1]] = this.label[bv] = 2;
      this.labelEnd[this.endpoint[p ^ 1]] = this.labelEnd[bv] = p;
      this.bestEdge[bv] = -1;
      j += jStep;
      while (children[at(j)] !== entryChild) {
        bv = children[at(j)];
        if (this.label[bv] === 1) {
          j += jStep;
          continue;
        }
        let labelled = -1;
        for (const leaf of this.leaves(bv)) {
          if (this.label[leaf] !== 0) {
            labelled = leaf;
            break;
          }
        }
        if (labelled >= 0) {
          this.label[labelled] = 0;
          this.label[this.endpoint[this.mate[this.blossomBase[bv]]]] = 0;
          this.assignLabel(labelled, 2, this.labelEnd[labelled]);
        }
        j += jStep;
      }
    }
    this.label[b] = -1;
    this.labelEnd[b] = -1;
    this.blossomChildren[b] = null;
    this.blossomEndpoints[b] = null;
    this.blossomBase[b] = -1;
    this.blossomBestEdges[b] = null;
    this.bestEdge[b] = -1;
    this.unusedBlossoms.push(b);
  }

  /** Swaps matched and unmatched edges inside blossom b so that vertex v becomes its base. */
  private augmentBlossom(b: number, v: number): void {
    let t = v;
    while (this.blossomParent[t] !== b) t = this.blossomParent[t];
    if (t >= this.n) this.augmentBlossom(t, v);
    const children = this.blossomChildren[b] as number[];
    const endps = this.blossomEndpoints[b] as number[];
    const len = children.length;
    const at = (j: number) => ((j % len) + len) % len;
    const i = children.indexOf(t);
    let j = i;
    let jStep: number;
    let endpTrick: number;
    if (i & 1) {
      j -= len;
      jStep = 1;
      endpTrick = 0;
    } else {
      jStep = -1;
      endpTrick = 1;
    }
    while (j !== 0) {
      j += jStep;
      t = children[at(j)];
      const p = endps[at(j - endpTrick)] ^ endpTrick;
      if (t >= this.n) this.augmentBlossom(t, this.endpoint[p]);
      j += jStep;
      t = children[at(j)];
      if (t >= this.n) this.augmentBlossom(t, this.endpoint[p ^ 1]);
      this.mate[this.endpoint[p]] = p ^ 1;
      this.mate[this.endpoint[p ^ 1]] = p;
    }
    this.blossomChildren[b] = [...children.slice(i), ...children.slice(0, i)];
    this.blossomEndpoints[b] = [...endps.slice(i), ...endps.slice(0, i)];
    this.blossomBase[b] = this.blossomBase[(this.blossomChildren[b] as number[])[0]];
  }

  private augmentMatching(k: number): void {
    const starts: [number, number][] = [
      [this.from[k], 2 * k + 1],
      [this.to[k], 2 * k],
    ];
    for (let [s, p] of starts) {
      for (;;) {
        const bs = this.inBlossom[s];
        if (bs >= this.n) this.augmentBlossom(bs, s);
        this.mate[s] = p;
        if (this.labelEnd[bs] === -1) break;
        const t = this.endpoint[this.labelEnd[bs]];
        const bt = this.inBlossom[t];
        s = this.endpoint[this.labelEnd[bt]];
        const j = this.endpoint[this.labelEnd[bt] ^ 1];
        if (bt >= this.n) this.augmentBlossom(bt, j);
        this.mate[j] = this.labelEnd[bt];
        p = this.labelEnd[bt] ^ 1;
      }
    }
  }

  solve(): Int32Array {
    const n = this.n;
    const result = new Int32Array(n).fill(-1);
    if (this.edgeCount === 0) return result;
    const { label, inBlossom, bestEdge, dual, blossomParent, blossomBase } = this;
    for (let t = 0; t < n; t++) {
      this.stage++;
      label.fill(0);
      bestEdge.fill(-1);
      for (let b = n; b < 2 * n; b++) this.blossomBestEdges[b] = null;
      this.queue = [];
      for (let v = 0; v < n; v++) {
        if (this.mate[v] === -1 && label[inBlossom[v]] === 0) this.assignLabel(v, 1, -1);
      }
      let augmented = false;
      for (;;) {
        while (this.queue.length > 0 && !augmented) {
          const v = this.queue.pop() as number;
          const end = this.neighbourStart[v + 1];
          for (let q = this.neighbourStart[v]; q < end; q++) {
            const p = this.neighbourEnd[q];
            const k = p >> 1;
            const w = this.endpoint[p];
            if (inBlossom[v] === inBlossom[w]) continue;
            let kSlack = 0;
            if (!this.allowed(k)) {
              kSlack = this.slack(k);
              if (kSlack <= 0) this.allow(k);
            }
            if (this.allowed(k)) {
              if (label[inBlossom[w]] === 0) {
                this.assignLabel(w, 2, p ^ 1);
              } else if (label[inBlossom[w]] === 1) {
                const base = this.scanBlossom(v, w);
                if (base >= 0) this.addBlossom(base, k);
                else {
                  this.augmentMatching(k);
                  augmented = true;
                  break;
                }
              } else if (label[w] === 0) {
                label[w] = 2;
                this.labelEnd[w] = p ^ 1;
              }
            } else if (label[inBlossom[w]] === 1) {
              const b = inBlossom[v];
              if (bestEdge[b] === -1 || kSlack < this.slack(bestEdge[b])) bestEdge[b] = k;
            } else if (label[w] === 0) {
              if (bestEdge[w] === -1 || kSlack < this.slack(bestEdge[w])) bestEdge[w] = k;
            }
          }
        }
        if (augmented) break;

        let deltaType = -1;
        let delta = 0;
        let deltaEdge = -1;
        let deltaBlossom = -1;
        if (!this.maxCardinality) {
          deltaType = 1;
          delta = Infinity;
          for (let v = 0; v < n; v++) delta = Math.min(delta, dual[v]);
        }
        for (let v = 0; v < n; v++) {
          if (label[inBlossom[v]] === 0 && bestEdge[v] !== -1) {
            const d = this.slack(bestEdge[v]);
            if (deltaType === -1 || d < delta) {
              delta = d;
              deltaType = 2;
              deltaEdge = bestEdge[v];
            }
          }
        }
        for (let b = 0; b < 2 * n; b++) {
          if (blossomParent[b] === -1 && label[b] === 1 && bestEdge[b] !== -1) {
            const d = this.slack(bestEdge[b]) / 2;
            if (deltaType === -1 || d < delta) {
              delta = d;
              deltaType = 3;
              deltaEdge = bestEdge[b];
            }
          }
        }
        for (let b = n; b < 2 * n; b++) {
          if (
            blossomBase[b] >= 0 &&
            blossomParent[b] === -1 &&
            label[b] === 2 &&
            (deltaType === -1 || dual[b] < delta)
          ) {
            delta = dual[b];
            deltaType = 4;
            deltaBlossom = b;
          }
        }
        if (deltaType === -1) {
          deltaType = 1;
          let least = Infinity;
          for (let v = 0; v < n; v++) least = Math.min(least, dual[v]);
          delta = Math.max(0, least);
        }
        for (let v = 0; v < n; v++) {
          const l = label[inBlossom[v]];
          if (l === 1) dual[v] -= delta;
          else if (l === 2) dual[v] += delta;
        }
        for (let b = n; b < 2 * n; b++) {
          if (blossomBase[b] >= 0 && blossomParent[b] === -1) {
            if (label[b] === 1) dual[b] += delta;
            else if (label[b] === 2) dual[b] -= delta;
          }
        }
        if (deltaType === 1) break;
        if (deltaType === 2) {
          this.allow(deltaEdge);
          let i = this.from[deltaEdge];
          if (label[inBlossom[i]] === 0) i = this.to[deltaEdge];
          this.queue.push(i);
        } else if (deltaType === 3) {
          this.allow(deltaEdge);
          this.queue.push(this.from[deltaEdge]);
        } else {
          this.expandBlossom(deltaBlossom, false);
        }
      }
      if (!augmented) break;
      for (let b = n; b < 2 * n; b++) {
        if (blossomParent[b] === -1 && blossomBase[b] >= 0 && label[b] === 1 && dual[b] === 0) {
          this.expandBlossom(b, true);
        }
      }
    }
    for (let v = 0; v < n; v++) {
      if (this.mate[v] >= 0) result[v] = this.endpoint[this.mate[v]];
    }
    return result;
  }
}

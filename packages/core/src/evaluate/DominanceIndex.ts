/**
 * A growing set of gain vectors that answers one question fast: does some stored vector cover
 * this one (at least as good for every party, up to a tolerance)? It is a k-d tree with
 * buckets whose nodes keep the componentwise maximum of everything below them, so a query skips
 * every subtree whose maximum falls short of the query in some coordinate. With many parties
 * almost every vector of a frontier is incomparable to the others, and a plain scan would cost
 * the square of the frontier size; the boxes cut that to what can still dominate.
 *
 * The law: `covered(x)` is true exactly when a stored vector `y` has `y[p] >= x[p] - tolerance`
 * for every party (the tolerance is 0 unless given, and then vectors are compared exactly). A
 * vector equal to a stored one is covered: the caller that keeps ties (`nonDominated` with
 * `ties: 'group'`) never asks about a vector equal to one it stored. `paretoFront.ts` is its
 * one user and holds the frontier rule.
 */
import { invariant } from '../internal/invariant.js'

const bucketSize = 32

interface Node {
  readonly max: Float64Array
  items: number[] | null
  dim: number
  split: number
  lo: Node | null
  hi: Node | null
  /** A bucket whose vectors are all equal cannot be split; retry once it has doubled. */
  retryAt: number
}

const newNode = (parties: number): Node => ({
  max: new Float64Array(parties).fill(-Infinity),
  items: [],
  dim: 0,
  split: 0,
  lo: null,
  hi: null,
  retryAt: bucketSize,
})

/**
 * Stored vectors live in a flat array (`vectors[index * parties + p]`), the caller's (then
 * `insert` names a position in it) or the index's own (then `append` copies a vector in); the
 * index keeps only their positions.
 * @category evaluate
 */
export class DominanceIndex {
  private readonly root: Node
  private last = -1
  private size = 0
  private vectors: Float64Array
  /** Whether the index owns its storage (no flat array given): only then may it `append`. */
  private readonly owned: boolean

  constructor(
    private readonly parties: number,
    vectors?: Float64Array,
    private readonly tolerance = 0,
  ) {
    this.root = newNode(parties)
    this.owned = vectors === undefined
    this.vectors = vectors ?? new Float64Array(0)
  }

  /** Copies `vector` into the index's own storage and adds it; returns its position. */
  append(vector: ArrayLike<number>): number {
    invariant(this.owned, 'DominanceIndex.append on an index over the caller’s array')
    const P = this.parties
    if ((this.size + 1) * P > this.vectors.length) {
      const bigger = new Float64Array(Math.max(16, this.vectors.length * 2, (this.size + 1) * P))
      bigger.set(this.vectors)
      this.vectors = bigger
    }
    const at = this.size++
    for (let p = 0; p < P; p++) this.vectors[at * P + p] = vector[p]!
    this.insert(at)
    return at
  }

  /** Whether a stored vector covers `vector` (one not necessarily stored). */
  coversVector(vector: ArrayLike<number>): boolean {
    invariant(this.owned, 'DominanceIndex.coversVector on an index over the caller’s array')
    const P = this.parties
    const v = this.vectors
    const at = this.size * P
    if (v.length < at + P) {
      const bigger = new Float64Array(Math.max(16, v.length * 2, at + P))
      bigger.set(v)
      this.vectors = bigger
    }
    // The query sits just past the stored vectors, where the next `append` would put it.
    for (let p = 0; p < P; p++) this.vectors[at + p] = vector[p]!
    return this.covered(this.size)
  }

  /** Adds the vector at `index` (of the caller's flat array). */
  insert(index: number): void {
    this.size = Math.max(this.size, index + 1)
    const { parties: P, vectors: v } = this
    let node = this.root
    for (;;) {
      for (let p = 0; p < P; p++) if (v[index * P + p]! > node.max[p]!) node.max[p] = v[index * P + p]!
      if (node.items !== null) break
      node = v[index * P + node.dim]! >= node.split ? node.hi! : node.lo!
    }
    node.items!.push(index)
    if (node.items!.length >= node.retryAt) this.split(node)
  }

  /** Whether a stored vector covers the vector at `index` (of the same flat array). */
  covered(index: number): boolean {
    const at = index * this.parties
    // Neighbouring queries are often covered by the same vector: try the last one first.
    if (this.last >= 0 && this.covers(this.last, at)) return true
    const found = this.search(at)
    if (found >= 0) this.last = found
    return found >= 0
  }

  private covers(y: number, at: number): boolean {
    const { parties: P, vectors: v, tolerance } = this
    for (let p = 0; p < P; p++) if (v[y * P + p]! < v[at + p]! - tolerance) return false
    return true
  }

  /** The index of a stored vector covering the query at offset `at`, or −1. */
  private search(at: number): number {
    const { parties: P, vectors: v, tolerance } = this
    const stack: Node[] = [this.root]
    while (stack.length > 0) {
      const node = stack.pop()!
      let reachable = true
      for (let p = 0; p < P; p++) {
        if (node.max[p]! < v[at + p]! - tolerance) {
          reachable = false
          break
        }
      }
      if (!reachable) continue
      if (node.items !== null) {
        for (const y of node.items) if (this.covers(y, at)) return y
        continue
      }
      // Below `split` on `dim` nothing can reach the query's value there.
      if (v[at + node.dim]! - tolerance < node.split) stack.push(node.lo!)
      stack.push(node.hi!)
    }
    return -1
  }

  private split(node: Node): void {
    const { parties: P, vectors: v } = this
    const items = node.items!
    let dim = -1
    let spread = 0
    for (let p = 0; p < P; p++) {
      let lo = Infinity
      let hi = -Infinity
      for (const i of items) {
        lo = Math.min(lo, v[i * P + p]!)
        hi = Math.max(hi, v[i * P + p]!)
      }
      if (hi - lo > spread) {
        spread = hi - lo
        dim = p
      }
    }
    if (dim < 0) {
      node.retryAt = items.length * 2
      return
    }
    const values = items.map((i) => v[i * P + dim]!).sort((a, b) => a - b)
    let split = values[values.length >> 1]!
    // The median may equal the minimum; split just above it so both sides are non-empty.
    if (split === values[0]) split = values.find((x) => x > values[0]!)!
    const lo = newNode(P)
    const hi = newNode(P)
    node.items = null
    node.dim = dim
    node.split = split
    node.lo = lo
    node.hi = hi
    for (const i of items) {
      const side = v[i * P + dim]! >= split ? hi : lo
      side.items!.push(i)
      for (let p = 0; p < P; p++) if (v[i * P + p]! > side.max[p]!) side.max[p] = v[i * P + p]!
    }
  }
}

/**
 * A growing set of utility vectors that answers one question fast: does some stored vector
 * dominate this one (at least as good for every party, better for one)? It is a k-d tree with
 * buckets whose nodes keep the componentwise maximum of everything below them, so a query skips
 * every subtree whose maximum falls short of the query in some coordinate. With many parties
 * almost every vector of a frontier is incomparable to the others, and a plain scan would cost
 * the square of the frontier size; the boxes cut that to what can still dominate.
 *
 * The law: `dominated(x)` is true exactly when a stored vector `y` has `y[p] >= x[p]` for every
 * party and `y[p] > x[p]` for some party. Vectors are compared exactly (they are integers).
 */

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
 * Stored vectors live in the caller's flat array (`vectors[index * parties + p]`); the index
 * keeps only their positions.
 * @category analyze
 */
export class DominanceIndex {
  private readonly root: Node
  private last = -1

  constructor(
    private readonly parties: number,
    private readonly vectors: Float64Array,
  ) {
    this.root = newNode(parties)
  }

  /** Adds the vector at `index`. */
  insert(index: number): void {
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

  /** Whether a stored vector dominates the vector at `index` (of the same flat array). */
  dominated(index: number): boolean {
    const at = index * this.parties
    // Neighbouring queries are often dominated by the same vector: try the last one first.
    if (this.last >= 0 && this.dominates(this.last, at)) return true
    const found = this.search(at)
    if (found >= 0) this.last = found
    return found >= 0
  }

  private dominates(y: number, at: number): boolean {
    const { parties: P, vectors: v } = this
    let better = false
    for (let p = 0; p < P; p++) {
      const d = v[y * P + p]! - v[at + p]!
      if (d < 0) return false
      if (d > 0) better = true
    }
    return better
  }

  /** The index of a stored vector dominating the query at offset `at`, or −1. */
  private search(at: number): number {
    const { parties: P, vectors: v } = this
    const stack: Node[] = [this.root]
    while (stack.length > 0) {
      const node = stack.pop()!
      let reachable = true
      for (let p = 0; p < P; p++) {
        if (node.max[p]! < v[at + p]!) {
          reachable = false
          break
        }
      }
      if (!reachable) continue
      if (node.items !== null) {
        for (const y of node.items) if (this.dominates(y, at)) return y
        continue
      }
      // Below `split` on `dim` nothing can reach the query's value there.
      if (v[at + node.dim]! < node.split) stack.push(node.lo!)
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

/**
 * Union-find over numbered nodes, with path halving and union by size, plus
 * cannot-link constraints: each node carries tags, and a union is refused when
 * it would put two forbidden tags in one set (a user's "not the same person").
 */
export class UnionFind {
  private parent: number[]
  private size: number[]
  private tags: (Set<string> | null)[]
  private forbidden = new Map<string, Set<string>>()

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
    this.size = new Array<number>(n).fill(1)
    this.tags = new Array<Set<string> | null>(n).fill(null)
  }

  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!
      x = this.parent[x]!
    }
    return x
  }

  tag(x: number, tag: string): void {
    const r = this.find(x)
    ;(this.tags[r] ??= new Set()).add(tag)
  }

  forbid(a: string, b: string): void {
    if (!this.forbidden.has(a)) this.forbidden.set(a, new Set())
    if (!this.forbidden.has(b)) this.forbidden.set(b, new Set())
    this.forbidden.get(a)!.add(b)
    this.forbidden.get(b)!.add(a)
  }

  /** Whether a union of the sets of `a` and `b` is allowed by the constraints. */
  canUnion(a: number, b: number): boolean {
    const ta = this.tags[this.find(a)]
    const tb = this.tags[this.find(b)]
    if (!ta || !tb) return true
    for (const t of ta) {
      const f = this.forbidden.get(t)
      if (f) for (const u of tb) if (f.has(u)) return false
    }
    return true
  }

  /** Joins the sets of `a` and `b` unless forbidden; returns whether they are now one set. */
  union(a: number, b: number): boolean {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return true
    if (!this.canUnion(ra, rb)) return false
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.size[ra]! += this.size[rb]!
    const tb = this.tags[rb]
    if (tb) {
      const ta = (this.tags[ra] ??= new Set())
      for (const t of tb) ta.add(t)
      this.tags[rb] = null
    }
    return true
  }

  /** The sets, each as sorted node numbers, ordered by their smallest node (deterministic). */
  groups(): number[][] {
    const byRoot = new Map<number, number[]>()
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i)
      const g = byRoot.get(r)
      if (g) g.push(i)
      else byRoot.set(r, [i])
    }
    return [...byRoot.values()].sort((a, b) => a[0]! - b[0]!)
  }
}

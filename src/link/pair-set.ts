/**
 * A set of unordered pairs of item numbers, for de-duplicating candidate
 * pairs. Open addressing over two typed arrays: a `Set<number>` of packed
 * pair keys boxes each key above 2^31 as a heap number, and candidate
 * generation adds hundreds of thousands of them.
 */
export class PairSet {
  private lo: Int32Array
  private hi: Int32Array
  private mask: number
  private count = 0

  constructor(expected = 1024) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.lo = new Int32Array(size).fill(-1)
    this.hi = new Int32Array(size)
    this.mask = size - 1
  }

  /** Adds the pair {i, j}; returns false when it was already in the set. */
  add(i: number, j: number): boolean {
    const a = i < j ? i : j
    const b = i < j ? j : i
    let slot = hashPair(a, b) & this.mask
    for (;;) {
      const x = this.lo[slot]!
      if (x === -1) break
      if (x === a && this.hi[slot] === b) return false
      slot = (slot + 1) & this.mask
    }
    this.lo[slot] = a
    this.hi[slot] = b
    if (++this.count * 2 > this.mask) this.grow()
    return true
  }

  private grow(): void {
    const { lo, hi } = this
    this.lo = new Int32Array(lo.length * 2).fill(-1)
    this.hi = new Int32Array(lo.length * 2)
    this.mask = this.lo.length - 1
    for (let s = 0; s < lo.length; s++) {
      const a = lo[s]!
      if (a === -1) continue
      let slot = hashPair(a, hi[s]!) & this.mask
      while (this.lo[slot] !== -1) slot = (slot + 1) & this.mask
      this.lo[slot] = a
      this.hi[slot] = hi[s]!
    }
  }
}

/** Mixes two 32-bit integers (multiplicative hashing, as in MurmurHash3's finaliser). */
function hashPair(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

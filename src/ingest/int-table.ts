/**
 * A hash table from non-negative integer keys to integers, in typed arrays (open addressing,
 * linear probing). For the per-character counting of language detection, where a Map's
 * machinery cost more than the arithmetic, above all before the JIT warms up.
 */
export class IntTable {
  private readonly keys: Int32Array
  private readonly values: Int32Array
  /** Slots in insertion order, for iteration and for clearing only what was used. */
  private readonly order: Int32Array
  private readonly shift: number
  private readonly mask: number
  size = 0

  /** Room for `capacity` keys at a load of at most one half. */
  constructor(capacity: number) {
    let bits = 4
    while (1 << bits < capacity * 2) bits++
    this.keys = new Int32Array(1 << bits).fill(-1)
    this.values = new Int32Array(1 << bits)
    this.order = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  private slot(key: number): number {
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (this.keys[s] !== -1 && this.keys[s] !== key) s = (s + 1) & this.mask
    return s
  }

  /** The value of `key`, or -1 when absent. */
  get(key: number): number {
    const s = this.slot(key)
    return this.keys[s] === -1 ? -1 : this.values[s]!
  }

  /** Adds `delta` to the value of `key` (0 when absent). */
  add(key: number, delta: number): void {
    const s = this.slot(key)
    if (this.keys[s] === -1) {
      if (this.size * 2 >= this.keys.length) throw new Error('IntTable is full')
      this.keys[s] = key
      this.values[s] = 0
      this.order[this.size++] = s
    }
    this.values[s]! += delta
  }

  /** The i-th key and value in insertion order. */
  keyAt(i: number): number {
    return this.keys[this.order[i]!]!
  }
  valueAt(i: number): number {
    return this.values[this.order[i]!]!
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.keys[this.order[i]!] = -1
    this.size = 0
  }
}

/**
 * A hash table from non-negative integer keys to integers, in one typed array (open addressing,
 * linear probing, key and value side by side so a probe reads one cache line). For the
 * per-character counting of language detection, where a Map's machinery cost more than the
 * arithmetic, above all before the JIT warms up.
 */
export class IntTable {
  /** Slot s holds its key at 2s (-1 when empty) and its value at 2s + 1. */
  private readonly slots: Int32Array
  /** Slots in insertion order, for iteration and for clearing only what was used. */
  private readonly order: Int32Array
  private readonly shift: number
  private readonly mask: number
  size = 0

  /** Room for `capacity` keys at a load of at most one half. */
  constructor(capacity: number) {
    let bits = 4
    while (1 << bits < capacity * 2) bits++
    this.slots = new Int32Array(2 << bits).fill(-1)
    this.order = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  private slot(key: number): number {
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift
    for (let k = this.slots[2 * s]!; k !== -1 && k !== key; k = this.slots[2 * s]!) s = (s + 1) & this.mask
    return s
  }

  /** The value of `key`, or -1 when absent. */
  get(key: number): number {
    const s = this.slot(key)
    return this.slots[2 * s] === -1 ? -1 : this.slots[2 * s + 1]!
  }

  /** Adds `delta` to the value of `key` (0 when absent). */
  add(key: number, delta: number): void {
    const s = this.slot(key)
    if (this.slots[2 * s] === -1) {
      if (this.size * 2 >= this.order.length) throw new Error('IntTable is full')
      this.slots[2 * s] = key
      this.slots[2 * s + 1] = 0
      this.order[this.size++] = s
    }
    this.slots[2 * s + 1]! += delta
  }

  /** The i-th key and value in insertion order. */
  keyAt(i: number): number {
    return this.slots[2 * this.order[i]!]!
  }
  valueAt(i: number): number {
    return this.slots[2 * this.order[i]! + 1]!
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.slots[2 * this.order[i]!] = -1
    this.size = 0
  }
}

import { foldApostrophe, hashToken, lowerUnit } from './tokens.ts'

// A word's record in the pool: its length, its value (+ 1, as two 16-bit halves), then its code units.
const LENGTH = 0
const VALUE_LOW = 1
const VALUE_HIGH = 2
const UNITS = 3

/**
 * A map from words to integers that is looked up with a token still inside
 * its text (`text`, `start`, `end`): no substring is cut out for a word seen
 * before, which is most tokens of a corpus. The token is read lower-cased unit
 * by unit, with curly apostrophes (’ ‘) as ', so a token and its folded
 * spelling are one key. Open addressing over a typed array of (hash, place)
 * pairs, each word's length, value and code units kept together in one pool:
 * a look-up touches no string object and few cache lines. Grown by doubling;
 * holds at most `limit` words (later ones are not kept). Words are at most
 * 65,535 units long (longer ones are not kept).
 */
export class WordTable {
  /** Pairs of (hash, place of the word's record in `pool`); place -1 for an empty slot. */
  private slots = new Int32Array(2 * 1024).fill(-1)
  private mask = 1023
  private pool = new Uint16Array(8192)
  private used = 0
  private count = 0

  constructor(private readonly limit: number) {}

  /** The value of the token `text.slice(start, end)` (lower-cased, apostrophes folded), or undefined; `h` is its `hashToken`. */
  get(text: string, start: number, end: number, h = hashToken(text, start, end)): number | undefined {
    const slots = this.slots
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const at = slots[2 * slot + 1]!
      if (at === -1) return undefined
      if (slots[2 * slot] === h && this.sameToken(at, text, start, end - start)) {
        return this.pool[at + VALUE_LOW]! + this.pool[at + VALUE_HIGH]! * 65536 - 1
      }
    }
  }

  /** Adds a word (already lower-cased and folded) not in the table yet, unless the table is full; `value` ≥ -1. */
  add(word: string, value: number): void {
    if (this.count >= this.limit || word === '' || word.length > 65535) return
    if ((this.count + 1) * 2 > this.mask) this.grow()
    const size = UNITS + word.length
    if (this.used + size > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.used + size))
      bigger.set(this.pool)
      this.pool = bigger
    }
    const at = this.used
    const pool = this.pool
    pool[at + LENGTH] = word.length
    pool[at + VALUE_LOW] = (value + 1) & 0xffff
    pool[at + VALUE_HIGH] = (value + 1) >>> 16
    for (let k = 0; k < word.length; k++) pool[at + UNITS + k] = word.charCodeAt(k)
    this.used += size
    this.place(hashToken(word, 0, word.length), at)
    this.count++
  }

  private sameToken(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool
    if (pool[at + LENGTH] !== length) return false
    const units = at + UNITS
    for (let k = 0; k < length; k++) {
      const w = pool[units + k]!
      const c = text.charCodeAt(start + k)
      // Most units are already lower case: lower and fold only those that differ.
      if (c !== w && foldApostrophe(lowerUnit(c)) !== w) return false
    }
    return true
  }

  private place(h: number, at: number): void {
    let slot = h & this.mask
    while (this.slots[2 * slot + 1] !== -1) slot = (slot + 1) & this.mask
    this.slots[2 * slot] = h
    this.slots[2 * slot + 1] = at
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2).fill(-1)
    this.mask = old.length - 1
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== -1) this.place(old[s]!, old[s + 1]!)
  }
}

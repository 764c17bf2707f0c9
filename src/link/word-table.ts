import { foldApostrophe, hashToken, lowerUnit } from './tokens.ts'

// Fields of a slot in `WordTable.slots`: one slot is four adjacent integers, read together.
const HASH = 0
const AT = 1 // where the word's code units start in the pool; -1 for an empty slot
const LENGTH = 2
const VALUE = 3

/**
 * A map from words to integers that is looked up with a token still inside
 * its text (`text`, `start`, `end`): no substring is cut out for a word seen
 * before, which is most tokens of a corpus. The token is read lower-cased unit
 * by unit, with curly apostrophes (’ ‘) as ', so a token and its folded
 * spelling are one key. Open addressing over typed arrays, the words' code
 * units kept in one pool (a look-up then touches no string object), grown by
 * doubling; holds at most `limit` words (later ones are not kept).
 */
export class WordTable {
  private slots = new Int32Array(4 * 1024).fill(-1)
  private mask = 1023
  private pool = new Uint16Array(8192)
  private used = 0
  private count = 0

  constructor(private readonly limit: number) {}

  /** The value of the token `text.slice(start, end)` (lower-cased, apostrophes folded), or undefined; `h` is its `hashToken`. */
  get(text: string, start: number, end: number, h = hashToken(text, start, end)): number | undefined {
    const slots = this.slots
    const length = end - start
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const s = 4 * slot
      const at = slots[s + AT]!
      if (at === -1) return undefined
      if (slots[s + HASH] === h && slots[s + LENGTH] === length && this.sameToken(at, text, start, length)) return slots[s + VALUE]
    }
  }

  /** Adds a word (already lower-cased and folded) not in the table yet, unless the table is full. */
  add(word: string, value: number): void {
    if (this.count >= this.limit || word === '') return
    if ((this.count + 1) * 2 > this.mask) this.grow()
    if (this.used + word.length > this.pool.length) {
      const bigger = new Uint16Array(Math.max(this.pool.length * 2, this.used + word.length))
      bigger.set(this.pool)
      this.pool = bigger
    }
    const at = this.used
    for (let k = 0; k < word.length; k++) this.pool[at + k] = word.charCodeAt(k)
    this.used += word.length
    this.place(hashToken(word, 0, word.length), at, word.length, value)
    this.count++
  }

  private sameToken(at: number, text: string, start: number, length: number): boolean {
    const pool = this.pool
    for (let k = 0; k < length; k++) {
      const w = pool[at + k]!
      const c = text.charCodeAt(start + k)
      // Most units are already lower case: lower and fold only those that differ.
      if (c !== w && foldApostrophe(lowerUnit(c)) !== w) return false
    }
    return true
  }

  private place(h: number, at: number, length: number, value: number): void {
    let slot = h & this.mask
    while (this.slots[4 * slot + AT] !== -1) slot = (slot + 1) & this.mask
    const s = 4 * slot
    this.slots[s + HASH] = h
    this.slots[s + AT] = at
    this.slots[s + LENGTH] = length
    this.slots[s + VALUE] = value
  }

  private grow(): void {
    const old = this.slots
    this.slots = new Int32Array(old.length * 2).fill(-1)
    this.mask = old.length / 2 - 1
    for (let s = 0; s < old.length; s += 4) if (old[s + AT] !== -1) this.place(old[s + HASH]!, old[s + AT]!, old[s + LENGTH]!, old[s + VALUE]!)
  }
}

import { foldApostrophe, hashToken, lowerUnit } from './tokens.ts'

/**
 * A map from words to values that is looked up with a token still inside its
 * text (`text`, `start`, `end`): no substring is cut out for a word seen
 * before, which is most tokens of a corpus. The token is read lower-cased unit
 * by unit, with curly apostrophes (’ ‘) as ', so a token and its folded
 * spelling are one key. Open addressing, grown by doubling; holds at most
 * `limit` words (later ones are not kept).
 */
export class WordTable<V> {
  private words: string[] = new Array(1024).fill('')
  private values: V[] = new Array(1024)
  private hashes = new Int32Array(1024)
  private mask = 1023
  private count = 0

  constructor(private readonly limit: number) {}

  /** The value of the token `text.slice(start, end)` (lower-cased, apostrophes folded), or undefined; `h` is its `hashToken`. */
  get(text: string, start: number, end: number, h = hashToken(text, start, end)): V | undefined {
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const w = this.words[slot]!
      if (w === '') return undefined
      if (this.hashes[slot] === h && sameToken(w, text, start, end)) return this.values[slot]
    }
  }

  /** Adds a word (already folded) not in the table yet, unless the table is full. */
  add(word: string, value: V): void {
    if (this.count >= this.limit || word === '') return
    if ((this.count + 1) * 2 > this.mask) this.grow()
    this.place(word, hashToken(word, 0, word.length), value)
    this.count++
  }

  private place(word: string, h: number, value: V): void {
    let slot = h & this.mask
    while (this.words[slot] !== '') slot = (slot + 1) & this.mask
    this.words[slot] = word
    this.hashes[slot] = h
    this.values[slot] = value
  }

  private grow(): void {
    const { words, values, hashes } = this
    const size = words.length * 2
    this.words = new Array(size).fill('')
    this.values = new Array(size)
    this.hashes = new Int32Array(size)
    this.mask = size - 1
    for (let s = 0; s < words.length; s++) if (words[s] !== '') this.place(words[s]!, hashes[s]!, values[s]!)
  }
}

function sameToken(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) {
    const w = word.charCodeAt(k)
    const c = text.charCodeAt(start + k)
    // Most units are already lower case: lower and fold only those that differ.
    if (c !== w && foldApostrophe(lowerUnit(c)) !== w) return false
  }
  return true
}

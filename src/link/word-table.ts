/**
 * A map from words to values that is looked up with a token still inside its
 * text (`text`, `start`, `end`): no substring is cut out for a word seen
 * before, which is most tokens of a corpus. Curly apostrophes (’ ‘) read as
 * ', so a token and its folded spelling are one key. Open addressing, grown
 * by doubling; holds at most `limit` words (later ones are not kept).
 */
export class WordTable<V> {
  private words: string[] = new Array(1024).fill('')
  private values: V[] = new Array(1024)
  private hashes = new Int32Array(1024)
  private mask = 1023
  private count = 0

  constructor(private readonly limit: number) {}

  /** The value of the token `text.slice(start, end)` (apostrophes folded), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = hashToken(text, start, end)
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

/** Code unit `c` with curly apostrophes read as '. */
function fold(c: number): number {
  return c === 0x2019 || c === 0x2018 ? 39 : c
}

/** FNV-1a over the folded code units of `text.slice(start, end)`. */
function hashToken(text: string, start: number, end: number): number {
  let h = 2166136261 | 0
  for (let i = start; i < end; i++) h = Math.imul(h ^ fold(text.charCodeAt(i)), 16777619)
  return h
}

function sameToken(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== fold(text.charCodeAt(start + k))) return false
  return true
}

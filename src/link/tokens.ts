/**
 * Word tokens of lower-cased text, read by code unit: the same tokens as
 * `text.replace(/[’‘]/g, "'").match(WORD)` for the `WORD` pattern below, but
 * without building the folded copy, the regular-expression state or the
 * array of every token (linking reads every statement and article opening).
 *
 *     WORD = /[a-z0-9À-ÖØ-öø-\u1FFF\u2C00-\uD7FF]+(?:'[a-zÀ-ÖØ-öø-\u1FFF\u2C00-\uD7FF]+)*\/g
 *
 * Letters are code-unit ranges rather than `\p{L}`: Latin-1 letters (without
 * × and ÷), every script up to Greek Extended, and CJK/Hangul; general
 * punctuation (U+2000–U+2BFF: dashes, curly quotes, bullets) is excluded.
 */

/** A letter of `WORD` beyond ASCII. */
function wideLetter(c: number): boolean {
  return c >= 0xc0 && (c <= 0xd6 || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x1fff) || (c >= 0x2c00 && c <= 0xd7ff))
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 128 && wideLetter(c))
}

function isWordUnit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && wideLetter(c))
}

/** ' and the curly apostrophes folded into it. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018
}

/**
 * Iterates the tokens of an already lower-cased string: after each `next()`
 * that returns true, the token is `text.slice(start, end)`, or `word()` with
 * curly apostrophes folded.
 */
export class Tokens {
  start = 0
  end = 0
  private curly = false

  constructor(readonly text: string) {}

  next(): boolean {
    const s = this.text
    const n = s.length
    let i = this.end
    while (i < n && !isWordUnit(s.charCodeAt(i))) i++
    if (i >= n) return false
    this.start = i
    i++
    while (i < n && isWordUnit(s.charCodeAt(i))) i++
    // (?:'[letters]+)*: an apostrophe joins only when a letter follows it.
    let curly = false
    while (i + 1 < n) {
      const c = s.charCodeAt(i)
      if (!isApostrophe(c) || !isLetter(s.charCodeAt(i + 1))) break
      if (c !== 39) curly = true
      i += 2
      while (i < n && isLetter(s.charCodeAt(i))) i++
    }
    this.end = i
    this.curly = curly
    return true
  }

  /** The current token, curly apostrophes folded to '. */
  word(): string {
    const w = this.text.slice(this.start, this.end)
    return this.curly ? w.replace(/[’‘]/g, "'") : w
  }

  /** First code unit of the current token. */
  first(): number {
    return this.text.charCodeAt(this.start)
  }
}

/** Lower-cased word tokens of `text`, curly apostrophes folded. */
export function words(text: string): string[] {
  const out: string[] = []
  const t = new Tokens(text.toLowerCase())
  while (t.next()) out.push(t.word())
  return out
}

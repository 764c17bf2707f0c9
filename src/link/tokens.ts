/**
 * Word tokens read by code unit: the same tokens as
 * `text.toLowerCase().replace(/[’‘]/g, "'").match(WORD)` for the `WORD`
 * pattern below, but without building the lower-cased or folded copy, the
 * regular-expression state or the array of every token (linking reads every
 * statement and article opening).
 *
 *     WORD = /[a-z0-9À-ÖØ-öø-\u1FFF\u2C00-\uD7FF]+(?:'[a-zÀ-ÖØ-öø-\u1FFF\u2C00-\uD7FF]+)*\/g
 *
 * Letters are code-unit ranges rather than `\p{L}`: Latin-1 letters (without
 * × and ÷), every script up to Greek Extended, and CJK/Hangul; general
 * punctuation (U+2000–U+2BFF: dashes, curly quotes, bullets) is excluded.
 *
 * Lower case is taken unit by unit, which is what `toLowerCase` does except
 * for İ (two units) and Σ (ς at the end of a word): a text holding either is
 * flagged `special`, and its reader should read `text.toLowerCase()` instead.
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

/** Lower case of each code unit beyond ASCII, filled on first sight (0: not seen yet). */
const WIDE_LOWER = new Uint16Array(65536)

/** The lower case of code unit `c` on its own (`String.fromCharCode(c).toLowerCase()`, first unit). */
export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  let l = WIDE_LOWER[c]!
  if (l === 0) {
    l = String.fromCharCode(c).toLowerCase().charCodeAt(0)
    WIDE_LOWER[c] = l
  }
  return l
}

/** İ lower-cases to two units and Σ to σ or ς by its neighbours: unit by unit is wrong for them. */
function caseNeedsContext(c: number): boolean {
  return c === 0x130 || c === 0x3a3
}

/** Code unit `c` with curly apostrophes read as '. */
export function foldApostrophe(c: number): number {
  return c === 0x2019 || c === 0x2018 ? 39 : c
}

const FNV_OFFSET = 2166136261 | 0
const FNV_PRIME = 16777619

/** FNV-1a over the lower-cased, apostrophe-folded code units of `text.slice(start, end)`. */
export function hashToken(text: string, start: number, end: number): number {
  let h = FNV_OFFSET
  for (let i = start; i < end; i++) h = Math.imul(h ^ foldApostrophe(lowerUnit(text.charCodeAt(i))), FNV_PRIME)
  return h
}

export interface Span {
  start: number
  end: number
}

const NO_SPANS: readonly Span[] = []

/**
 * Iterates the tokens of a string, lower-casing as it reads: after each
 * `next()` that returns true, the token is `text.slice(start, end)`, `word()`
 * gives it lower-cased with curly apostrophes folded, and `hash` is its
 * `hashToken`. Code units inside `blanks` (sorted, disjoint spans) read as
 * spaces, as if the text had them cut out.
 */
export class Tokens {
  start = 0
  end = 0
  hash = 0
  /** The text holds İ or Σ: its tokens must be read from `text.toLowerCase()` (see above). */
  special = false
  private curly = false
  private blank = 0
  private blankStart: number
  private blankEnd: number

  constructor(
    readonly text: string,
    private readonly blanks: readonly Span[] = NO_SPANS,
  ) {
    this.blankStart = blanks.length ? blanks[0]!.start : Infinity
    this.blankEnd = blanks.length ? blanks[0]!.end : Infinity
  }

  /** Lower-cased code unit at `i` (a space inside a blank). Positions are read in non-decreasing order, give or take one. */
  private unit(i: number): number {
    while (i >= this.blankEnd) {
      const next = this.blanks[++this.blank]
      this.blankStart = next ? next.start : Infinity
      this.blankEnd = next ? next.end : Infinity
    }
    if (i >= this.blankStart) return 32
    const c = this.text.charCodeAt(i)
    if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
    if (caseNeedsContext(c)) this.special = true
    return lowerUnit(c)
  }

  next(): boolean {
    const n = this.text.length
    let i = this.end
    let c = 0
    while (i < n && !isWordUnit((c = this.unit(i)))) i++
    if (i >= n) return false
    this.start = i
    let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME)
    i++
    while (i < n && isWordUnit((c = this.unit(i)))) {
      h = Math.imul(h ^ c, FNV_PRIME)
      i++
    }
    // (?:'[letters]+)*: an apostrophe joins only when a letter follows it.
    let curly = false
    while (i + 1 < n) {
      const a = this.unit(i)
      if (!isApostrophe(a)) break
      c = this.unit(i + 1)
      if (!isLetter(c)) break
      if (a !== 39) curly = true
      h = Math.imul(Math.imul(h ^ 39, FNV_PRIME) ^ c, FNV_PRIME)
      i += 2
      while (i < n && isLetter((c = this.unit(i)))) {
        h = Math.imul(h ^ c, FNV_PRIME)
        i++
      }
    }
    this.end = i
    this.hash = h
    this.curly = curly
    return true
  }

  /** The current token, lower-cased, curly apostrophes folded to '. */
  word(): string {
    const w = this.text.slice(this.start, this.end).toLowerCase()
    return this.curly ? w.replace(/[’‘]/g, "'") : w
  }

  /** First code unit of the current token (digits are their own lower case). */
  first(): number {
    return this.text.charCodeAt(this.start)
  }
}

/** Lower-cased word tokens of `text`, curly apostrophes folded. */
export function words(text: string): string[] {
  const out: string[] = []
  let t = new Tokens(text)
  while (t.next()) out.push(t.word())
  if (!t.special) return out
  out.length = 0
  t = new Tokens(text.toLowerCase())
  while (t.next()) out.push(t.word())
  return out
}

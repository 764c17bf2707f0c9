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

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** ' and the curly apostrophes folded into it. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2018
}

/** İ lower-cases to two units and Σ to σ or ς by its neighbours: unit by unit is wrong for them. */
function caseNeedsContext(c: number): boolean {
  return c === 0x130 || c === 0x3a3
}

// What a code unit is once lower-cased, as bits of `KIND` (0: not looked at yet).
const SEEN = 1
const WORD_UNIT = 2 // a letter or digit of `WORD`
const LETTER = 4
const APOSTROPHE = 8
const NEEDS_CONTEXT = 16

/** Kind and lower case of each code unit, filled on first sight (ASCII at once). */
const KIND = new Uint8Array(65536)
const LOWER = new Uint16Array(65536)

function learn(c: number): number {
  const l = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : String.fromCharCode(c).toLowerCase().charCodeAt(0)
  let k = SEEN
  if (isLetter(l)) k |= LETTER | WORD_UNIT
  if (isDigit(l)) k |= WORD_UNIT
  if (isApostrophe(l)) k |= APOSTROPHE
  if (caseNeedsContext(c)) k |= NEEDS_CONTEXT
  KIND[c] = k
  LOWER[c] = l
  return k
}
for (let c = 0; c < 128; c++) learn(c)

function kindOf(c: number): number {
  const k = KIND[c]!
  return k === 0 ? learn(c) : k
}

/** The lower case of code unit `c` on its own (`String.fromCharCode(c).toLowerCase()`, first unit). */
export function lowerUnit(c: number): number {
  if (KIND[c] === 0) learn(c)
  return LOWER[c]!
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

export const NO_SPANS: readonly Span[] = []

/** `text` with each blank replaced by one space: what `Tokens` reads, as a string (for `toLowerCase`). */
export function withBlanks(text: string, blanks: readonly Span[]): string {
  if (blanks.length === 0) return text
  const parts: string[] = []
  let at = 0
  for (const b of blanks) {
    parts.push(text.slice(at, b.start))
    at = b.end
  }
  parts.push(text.slice(at))
  return parts.join(' ')
}

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
  /** Where the text readable without a blank ends: the next blank's start, or the text's length. */
  private limit: number

  constructor(
    readonly text: string,
    private readonly blanks: readonly Span[] = NO_SPANS,
  ) {
    this.limit = blanks.length ? Math.min(blanks[0]!.start, text.length) : text.length
  }

  next(): boolean {
    const s = this.text
    let i = this.end
    let limit = this.limit
    let k = 0
    let c = 0
    // To the first word unit, jumping over blanks.
    for (;;) {
      if (i >= limit) {
        if (limit >= s.length) return false
        i = Math.max(i, this.blanks[this.blank]!.end)
        const next = this.blanks[++this.blank]
        limit = this.limit = next ? Math.min(next.start, s.length) : s.length
        continue
      }
      c = s.charCodeAt(i)
      k = kindOf(c)
      if (k & WORD_UNIT) break
      i++
    }
    if (k & NEEDS_CONTEXT) this.special = true
    this.start = i
    let h = Math.imul(FNV_OFFSET ^ LOWER[c]!, FNV_PRIME)
    for (i++; i < limit; i++) {
      c = s.charCodeAt(i)
      k = kindOf(c)
      if (!(k & WORD_UNIT)) break
      if (k & NEEDS_CONTEXT) this.special = true
      h = Math.imul(h ^ LOWER[c]!, FNV_PRIME)
    }
    // (?:'[letters]+)*: an apostrophe joins only when a letter follows it.
    let curly = false
    while (i + 1 < limit && kindOf(s.charCodeAt(i)) & APOSTROPHE) {
      c = s.charCodeAt(i + 1)
      k = kindOf(c)
      if (!(k & LETTER)) break
      if (s.charCodeAt(i) !== 39) curly = true
      if (k & NEEDS_CONTEXT) this.special = true
      h = Math.imul(Math.imul(h ^ 39, FNV_PRIME) ^ LOWER[c]!, FNV_PRIME)
      for (i += 2; i < limit; i++) {
        c = s.charCodeAt(i)
        k = kindOf(c)
        if (!(k & LETTER)) break
        if (k & NEEDS_CONTEXT) this.special = true
        h = Math.imul(h ^ LOWER[c]!, FNV_PRIME)
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

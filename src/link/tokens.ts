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

/** `text` with each blank replaced by one space: what `scan` reads, as a string (for `toLowerCase`). */
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

/** The tokens `scan` found, in typed arrays reused from scan to scan: read them before scanning again. */
export interface Scan {
  count: number
  /** Token k is `text.slice(start[k], end[k])`; `hash[k]` is its `hashToken`. */
  start: Int32Array
  end: Int32Array
  hash: Int32Array
  /** The text holds İ or Σ: its tokens must be read from `text.toLowerCase()` instead (see above). */
  special: boolean
}

const SCAN: Scan = { count: 0, start: new Int32Array(1024), end: new Int32Array(1024), hash: new Int32Array(1024), special: false }

function growScan(): void {
  const size = SCAN.start.length * 2
  for (const field of ['start', 'end', 'hash'] as const) {
    const bigger = new Int32Array(size)
    bigger.set(SCAN[field])
    SCAN[field] = bigger
  }
}

/**
 * The tokens of a string, lower-cased as read, in one pass with everything in
 * local variables (the hot loop of linking). Code units inside `blanks`
 * (sorted, disjoint spans; an empty one still splits a word) read as spaces,
 * as if the text had them cut out.
 */
export function scan(text: string, blanks: readonly Span[] = NO_SPANS): Scan {
  const out = SCAN
  const length = text.length
  let n = 0
  let special = false
  let blank = 0
  // Where the text readable without a blank ends: the next blank's start, or the text's length.
  let limit = blanks.length ? Math.min(blanks[0]!.start, length) : length
  let i = 0
  let c = 0
  let k = 0
  for (;;) {
    // To the first word unit, jumping over blanks.
    while (i < limit) {
      c = text.charCodeAt(i)
      k = KIND[c]!
      if (k === 0) k = learn(c)
      if (k & WORD_UNIT) break
      i++
    }
    if (i >= limit) {
      if (limit >= length) break
      i = Math.max(i, blanks[blank]!.end)
      blank++
      limit = blank < blanks.length ? Math.min(blanks[blank]!.start, length) : length
      continue
    }
    if (k & NEEDS_CONTEXT) special = true
    const start = i
    let h = Math.imul(FNV_OFFSET ^ LOWER[c]!, FNV_PRIME)
    for (i++; i < limit; i++) {
      c = text.charCodeAt(i)
      k = KIND[c]!
      if (k === 0) k = learn(c)
      if (!(k & WORD_UNIT)) break
      if (k & NEEDS_CONTEXT) special = true
      h = Math.imul(h ^ LOWER[c]!, FNV_PRIME)
    }
    // (?:'[letters]+)*: an apostrophe joins only when a letter follows it.
    while (i + 1 < limit && kindOf(text.charCodeAt(i)) & APOSTROPHE) {
      c = text.charCodeAt(i + 1)
      k = kindOf(c)
      if (!(k & LETTER)) break
      if (k & NEEDS_CONTEXT) special = true
      h = Math.imul(Math.imul(h ^ 39, FNV_PRIME) ^ LOWER[c]!, FNV_PRIME)
      for (i += 2; i < limit; i++) {
        c = text.charCodeAt(i)
        k = KIND[c]!
        if (k === 0) k = learn(c)
        if (!(k & LETTER)) break
        if (k & NEEDS_CONTEXT) special = true
        h = Math.imul(h ^ LOWER[c]!, FNV_PRIME)
      }
    }
    if (n === out.start.length) growScan()
    out.start[n] = start
    out.end[n] = i
    out.hash[n] = h
    n++
  }
  out.count = n
  out.special = special
  return out
}

/** The token `text.slice(start, end)` lower-cased, curly apostrophes folded to '. */
export function tokenWord(text: string, start: number, end: number): string {
  return text.slice(start, end).toLowerCase().replace(/[’‘]/g, "'")
}

/** Lower-cased word tokens of `text`, curly apostrophes folded. */
export function words(text: string): string[] {
  let s = scan(text)
  if (s.special) {
    text = text.toLowerCase()
    s = scan(text)
  }
  const out: string[] = []
  for (let k = 0; k < s.count; k++) out.push(tokenWord(text, s.start[k]!, s.end[k]!))
  return out
}

/** Lines of a text with exact offsets, and the cheap per-line features the boilerplate rules read. */

export interface Line {
  /** 0-based line number in the text (blank lines counted). */
  index: number
  /** Offsets of the line's content with surrounding whitespace trimmed. */
  start: number
  end: number
  text: string
}

const SPACE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/

/** Every non-blank line, trimmed; CR of CRLF endings and no-break spaces fall outside the spans. Linear time. */
export function splitLines(text: string): Line[] {
  const out: Line[] = []
  let index = 0
  let pos = 0
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos)
    if (nl === -1) nl = text.length
    let s = pos
    let e = nl
    while (s < e && SPACE.test(text[s])) s++
    while (e > s && SPACE.test(text[e - 1])) e--
    if (e > s) out.push({ index, start: s, end: e, text: text.slice(s, e) })
    index++
    pos = nl + 1
  }
  return out
}

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'indic' | 'other' | 'none'

const SCRIPTS: Array<[Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['cjk', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u],
  ['indic', /[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Gujarati}\p{Script=Gurmukhi}]/u],
]

/** Letters per script in a string. */
export function scriptCounts(s: string): Map<Script, number> {
  const counts = new Map<Script, number>()
  let ascii = 0
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    // Fast path: ASCII letters are Latin, other ASCII is not a letter.
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) ascii++
      continue
    }
    if (!/\p{L}/u.test(ch)) continue
    let script: Script = 'other'
    for (const [name, re] of SCRIPTS) if (re.test(ch)) { script = name; break }
    counts.set(script, (counts.get(script) ?? 0) + 1)
  }
  if (ascii) counts.set('latin', (counts.get('latin') ?? 0) + ascii)
  return counts
}

export function dominantScript(counts: Map<Script, number>): Script {
  let best: Script = 'none'
  let n = 0
  // forEach rather than destructuring entries: this runs once per line, and unoptimised code allocates per entry.
  counts.forEach((v, k) => {
    if (v > n) { best = k; n = v }
  })
  return best
}

export interface Features {
  words: number
  chars: number
  /** Ends like a sentence: . ! ? … possibly followed by closing quotes or brackets. */
  terminal: boolean
  /** Share of words starting with a capital letter. */
  capRatio: number
  script: Script
  /** Share of letters among non-space characters. */
  letterRatio: number
  /** Letters (in the first 600 characters), for weighing the line's script. */
  letters: number
  /** Word tokens, lower-cased. */
  tokens: string[]
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu
const SPACE_CHAR = /\s/
const LETTER = /\p{L}/u
const TERMINAL = /[.!?…。！？]["'”’»)\]]*$|[.!?…]["'”’»]?\s*\(\S+\)$/u

export function features(line: string): Features {
  const words = line.match(WORD) ?? []
  let caps = 0
  for (const w of words) {
    const c = w.charCodeAt(0)
    if (c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w)) caps++
  }
  // One pass for letters, non-space characters and scripts; ASCII needs no regular expression.
  let nonSpace = 0
  let letters = 0
  let ascii = 0
  let latin = 0
  let other: Map<Script, number> | null = null
  const n = Math.min(line.length, 600)
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i)
    if (c < 128) {
      if (c === 32 || c === 9 || c === 13 || c === 10) continue
      nonSpace++
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) { letters++; ascii++ }
      continue
    }
    // Fast paths for what news text is full of: accented Latin letters, typographic quotes and dashes.
    if (c >= 0xc0 && c < 0x250 && c !== 0xd7 && c !== 0xf7) {
      nonSpace++
      letters++
      // The first Latin letter fixes the script's place in the map: ties go to the script seen first.
      if (latin++ === 0 && !(other ??= new Map()).has('latin')) other.set('latin', 0)
      continue
    }
    if (c >= 0x2000 && c < 0x2070) {
      if (c > 0x200a && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f) nonSpace++
      continue
    }
    const ch = line[i]
    if (SPACE_CHAR.test(ch)) continue
    nonSpace++
    if (!LETTER.test(ch)) continue
    letters++
    other ??= new Map()
    let script: Script = 'other'
    for (const [name, re] of SCRIPTS) if (re.test(ch)) { script = name; break }
    other.set(script, (other.get(script) ?? 0) + 1)
  }
  if (latin) other!.set('latin', other!.get('latin')! + latin)
  const counts = other ?? new Map<Script, number>()
  if (ascii) counts.set('latin', (counts.get('latin') ?? 0) + ascii)
  return {
    words: words.length,
    chars: line.length,
    terminal: TERMINAL.test(line),
    capRatio: words.length ? caps / words.length : 0,
    script: dominantScript(counts),
    letterRatio: nonSpace ? letters / nonSpace : 0,
    letters,
    tokens: words.map((w) => w.toLowerCase()),
  }
}

/** A line's `normalise` key, computed once: the headline and boilerplate rules compare the same lines. */
export function keyOf(l: { text: string; key?: string }): string {
  return (l.key ??= normalise(l.text))
}

/** Lower-cased words only, for comparing lines regardless of punctuation and spacing. */
export function normalise(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}

/** Per BMP unit: 0 not yet known, 1 letter or digit, 2 neither. */
const LETTER_OR_DIGIT_KNOWN = new Uint8Array(65536)
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/**
 * Letters and digits in `s`, counted by code point. Lower-casing keeps every character's
 * letter-or-digit class (U+0130 becomes "i" plus a mark: still one letter), so two lines with
 * the same `normalise` key have the same count: a cheap test before comparing keys.
 */
export function letterOrDigitCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++
      continue
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER_OR_DIGIT.test(s.slice(i, i + 2))) n++
        i++
      }
      continue
    }
    let k = LETTER_OR_DIGIT_KNOWN[c]!
    if (k === 0) {
      k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2
      LETTER_OR_DIGIT_KNOWN[c] = k
    }
    if (k === 1) n++
  }
  return n
}

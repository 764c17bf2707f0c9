/**
 * A linear tokenizer over a span of the article text. Tokens keep their
 * offsets, so every span built from them indexes the original text.
 */
export interface Token {
  text: string
  lower: string
  start: number
  end: number
  /** A word (letters or digits), as opposed to punctuation. */
  word: boolean
  /** Starts with an upper-case letter. */
  cap: boolean
}

// Words may carry inner apostrophes, hyphens, dots and ampersands ("O'Rourke",
// "U.S.", "al-Assad", "AT&T"), and a final dot only when they are abbreviations.
// A hand-written scanner: this runs over every character of every article.
const WORD = new Uint8Array(65536) // 0 unknown, 1 word character, 2 other
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c >= 0xd800 && c <= 0xdfff) return false
  let k = WORD[c]!
  if (k === 0) {
    k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2
    WORD[c] = k
  }
  return k === 1
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isDashCode(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x200b || c === 0xad
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  let i = start
  while (i < end) {
    const c = text.charCodeAt(i)
    if (isSpaceCode(c)) {
      i++
      continue
    }
    if (isWordCode(c)) {
      let j = i + 1
      for (;;) {
        while (j < end && isWordCode(text.charCodeAt(j))) j++
        const d = text.charCodeAt(j)
        // "5,000": a comma between digits, followed by three of them.
        if (d === 44 && j + 3 < end && isDigit(text.charCodeAt(j - 1)) && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) {
          j += 4
          continue
        }
        if (j + 1 < end && (d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 38) && isWordCode(text.charCodeAt(j + 1)) && !(d === 46 && gluedSentence(text, j))) {
          j += 2
          continue
        }
        break
      }
      if (j < end && text.charCodeAt(j) === 46) {
        const withDot = text.slice(i, j + 1)
        let n = j + 1
        while (n < end && isSpaceCode(text.charCodeAt(n))) n++
        if (isAbbreviation(withDot, text[n] ?? '')) {
          push(out, withDot, i, true)
          i = j + 1
          continue
        }
      }
      push(out, text.slice(i, j), i, true)
      i = j
      continue
    }
    if (isDashCode(c)) {
      let j = i + 1
      while (j < end && isDashCode(text.charCodeAt(j))) j++
      push(out, text.slice(i, j), i, false)
      i = j
      continue
    }
    const w = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1
    push(out, text.slice(i, i + w), i, false)
    i += w
  }
  return out
}

function push(out: Token[], t: string, s: number, word: boolean): void {
  const lower = t.toLowerCase()
  const c = t.charCodeAt(0)
  out.push({
    text: t,
    lower,
    start: s,
    end: s + t.length,
    word,
    cap: word && (c < 128 ? c >= 65 && c <= 90 : t[0] !== lower[0]),
  })
}

/** Abbreviations that keep their final dot ("Sen.", "U.S.", "Jan."), and single-letter initials. */
const ABBREVIATIONS = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'lt.', 'gen.', 'col.', 'maj.', 'capt.', 'sgt.',
  'adm.', 'cmdr.', 'atty.', 'supt.', 'sec.', 'amb.', 'rev.', 'fr.', 'del.', 'pres.', 'cpl.', 'pvt.', 'insp.',
  'det.', 'st.', 'jr.', 'sr.', 'inc.', 'corp.', 'co.', 'ltd.', 'no.', 'vs.', 'etc.', 'jan.', 'feb.', 'mar.',
  'apr.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'ave.', 'blvd.', 'mt.', 'ft.', 'u.s.', 'u.k.',
  'u.n.', 'e.u.', 'd.c.', 'a.m.', 'p.m.', 'i.e.', 'e.g.', 'calif.', 'fla.', 'mass.', 'minn.', 'ore.',
  'wash.', 'mich.', 'ill.', 'ind.', 'wis.', 'ariz.', 'colo.', 'conn.', 'ga.', 'ky.', 'la.', 'md.', 'mo.',
  'miss.', 'mont.', 'neb.', 'nev.', 'okla.', 'pa.', 'tenn.', 'va.', 'vt.', 'wyo.', 'ala.', 'ark.', 'del.',
  'kan.', 'n.c.', 'n.d.', 'n.h.', 'n.j.', 'n.m.', 'n.y.', 's.c.', 's.d.', 'r.i.', 'w.va.', 'tex.', 'alta.',
])

/** Abbreviations that are also words: "No." only before a number ("No. 10"), the others only capitalised ("Springfield, Ill."). */
const WORD_ABBREVIATIONS = new Set(['no.', 'ill.', 'miss.', 'mass.', 'wash.', 'ore.', 'mo.', 'pa.', 'la.', 'del.', 'ind.', 'ark.'])

/** Whether `t`, ending in a dot, is an abbreviation; `next` is the first character after it that is not a space. */
export function isAbbreviation(t: string, next = ''): boolean {
  const l = t.toLowerCase()
  if (WORD_ABBREVIATIONS.has(l)) return l === 'no.' ? next >= '0' && next <= '9' : t[0] !== l[0]
  if (ABBREVIATIONS.has(l)) return true
  // A longer word whose only dot is the final one and without a hyphen ("Monday.") fits none of
  // the patterns below; most calls are such sentence ends.
  if (t.length > 3 && t.indexOf('.') === t.length - 1 && !t.includes('-')) return false
  // Initials ("J.") and dotted acronyms ("U.S.", "D-N.Y.").
  if (/^\p{Lu}\.$/u.test(t)) return true
  if (/^(?:\p{L}\.){2,}$/u.test(t)) return true
  if (/^\p{Lu}-(?:\p{L}\.)+$/u.test(t)) return true
  return false
}

/**
 * "reported on Wednesday.The stabbing occurred": a sentence end whose space
 * was lost (pages that join their elements' text): a dot after a lower-case
 * word of three letters or more, then a capitalised word in lower case. Not
 * "U.S.", "J.K." or "Polygraph.info".
 */
export function gluedSentence(text: string, dot: number): boolean {
  return /\p{Ll}{3}$/u.test(text.slice(Math.max(0, dot - 3), dot)) && /^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3))
}

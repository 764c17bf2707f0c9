/**
 * Segments the body into units: sentences that never break inside a
 * quotation, so that `"A. B," he said.` stays one unit with its cue. A quote
 * that runs over several paragraphs makes one block of them.
 */
import type { Span } from '../model.ts'
import type { QuoteSpan } from './quotes.ts'
import { gluedSentence, isAbbreviation } from './tokens.ts'

export interface Unit {
  start: number
  end: number
  /** Index of the block (paragraph, or paragraphs joined by a running quote) it belongs to. */
  block: number
  /** Index of the first paragraph of the unit. */
  paragraph: number
  /** True for the first unit of its block. */
  first: boolean
}

/** Words that begin a sentence after an abbreviation such as "U.S." at a sentence end. */
const STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that',
  'there', 'his', 'her', 'their', 'its', 'when', 'while', 'after', 'as', 'if', 'for', 'some', 'many', 'one',
  'those', 'these', 'what', 'yet', 'still', 'so', 'however', 'meanwhile', 'since', 'with', 'by',
])
const TITLES_BEFORE_NAMES = /^(?:mr|mrs|ms|dr|prof|sen|rep|gov|lt|gen|col|maj|capt|sgt|adm|cmdr|atty|supt|sec|amb|rev|fr|del|pres|cpl|pvt|insp|det|st|no|vs|mt|ft|jan|feb|mar|apr|aug|sep|sept|oct|nov|dec)\.$/i

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0'
}

const QUOTE_OPEN = /["“„«‘'(\[]/
const CLOSING = new Set(['"', '”', '»', '’', "'", ')', ']', '“'])

export function segment(text: string, paragraphs: Span[], quotes: QuoteSpan[]): Unit[] {
  // Blocks: paragraphs joined when a quote runs across them.
  const blocks: { start: number; end: number; paragraph: number }[] = []
  let pi = 0
  let qi = 0
  while (pi < paragraphs.length) {
    let last = pi
    while (qi < quotes.length && quotes[qi]!.firstParagraph < pi) qi++
    for (let k = qi; k < quotes.length && quotes[k]!.firstParagraph <= last; k++) {
      if (quotes[k]!.lastParagraph > last) last = quotes[k]!.lastParagraph
    }
    blocks.push({ start: paragraphs[pi]!.start, end: paragraphs[last]!.end, paragraph: pi })
    pi = last + 1
  }

  const units: Unit[] = []
  let q = 0
  blocks.forEach((b, bi) => {
    const st: Emitter = { text, paragraphs, quotes, units, block: b, bi, unitStart: b.start, first: true }
    for (let i = b.start; i < b.end; i++) {
      while (q < quotes.length && (quotes[q]!.close >= 0 ? quotes[q]!.close : quotes[q]!.end) < i) q++
      const quote = quotes[q]
      const inside = quote !== undefined && i > quote.open && i < (quote.close >= 0 ? quote.close : quote.end)
      const c = text[i]!
      if (inside) continue
      if (quote !== undefined && i === quote.close) {
        // A quote that ends its sentence inside the marks: `... done." Next`.
        const before = text[i - 1] === '’' || text[i - 1] === "'" ? text[i - 2] : text[i - 1]
        if (before === '.' || before === '!' || before === '?' || before === '…') {
          const j = nextNonSpace(text, i + 1, b.end)
          if (j >= b.end) continue
          if (/[\p{Lu}\p{N}]/u.test(text[j]!) || QUOTE_OPEN.test(text[j]!)) emitUnit(st, i + 1)
        }
        continue
      }
      if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue
      let k = i + 1
      while (k < b.end && (text[k] === '.' || text[k] === '!' || text[k] === '?')) k++
      while (k < b.end && CLOSING.has(text[k]!) && !(quote !== undefined && k === quote.open)) k++
      if (k < b.end && !isSpace(text[k]) && !(k === i + 1 && gluedSentence(text, i))) continue
      const j = nextNonSpace(text, k, b.end)
      if (j >= b.end) continue
      const nc = text[j]!
      if (!(/[\p{Lu}\p{N}]/u.test(nc) || QUOTE_OPEN.test(nc))) continue
      if (c === '.') {
        const w = wordBefore(text, i + 1, b.start)
        if (TITLES_BEFORE_NAMES.test(w)) continue
        if (/^\p{Lu}\.$/u.test(w)) continue // an initial
        if (isAbbreviation(w, nc)) {
          const nw = wordAt(text, j).toLowerCase()
          if (!STARTERS.has(nw)) continue
        }
      }
      emitUnit(st, k)
    }
    emitUnit(st, b.end)
  })
  return units
}

/** The units being cut from one block; a module-level function rather than a closure per block (cheaper to create). */
interface Emitter {
  text: string
  paragraphs: Span[]
  quotes: QuoteSpan[]
  units: Unit[]
  block: { start: number; end: number; paragraph: number }
  bi: number
  unitStart: number
  first: boolean
}

/** Emits the unit from the last cut to `end`, trimmed. */
function emitUnit(st: Emitter, end: number): void {
  const { text, quotes, units, paragraphs, bi } = st
  let s = st.unitStart
  while (s < end && isSpace(text[s])) s++
  let e = end
  while (e > s && isSpace(text[e - 1])) e--
  // A run-on "sentence" far longer than any real one is cut at commas or
  // semicolons outside quotations, so that work per cue stays bounded.
  while (e - s > MAX_UNIT) {
    const cut = breakBefore(text, s, s + MAX_UNIT, quotes)
    if (cut <= s) break
    units.push({ start: s, end: cut, block: bi, paragraph: paragraphOf(paragraphs, s, st.block.paragraph), first: st.first })
    st.first = false
    s = cut
    while (s < e && isSpace(text[s])) s++
  }
  if (e > s) {
    units.push({ start: s, end: e, block: bi, paragraph: paragraphOf(paragraphs, s, st.block.paragraph), first: st.first })
    st.first = false
  }
  st.unitStart = end
}

/** Longest unit, in characters, before a run-on sentence is cut (real sentences stay far below). */
const MAX_UNIT = 2000

/** The last ", " or "; " before `limit` that is outside every quotation, or `from` when none. */
function breakBefore(text: string, from: number, limit: number, quotes: QuoteSpan[]): number {
  for (let i = limit - 1; i > from + MAX_UNIT / 4; i--) {
    const c = text[i]
    if ((c === ',' || c === ';') && text[i + 1] === ' ' && !insideQuote(quotes, i)) return i + 1
  }
  // No clause break at all: any space outside a quotation will do.
  for (let i = limit - 1; i > from + MAX_UNIT / 4; i--) if (text[i] === ' ' && !insideQuote(quotes, i)) return i + 1
  return from
}

function insideQuote(quotes: QuoteSpan[], i: number): boolean {
  let lo = 0
  let hi = quotes.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const q = quotes[mid]!
    const end = q.close >= 0 ? q.close : q.end
    if (i < q.open) hi = mid - 1
    else if (i > end) lo = mid + 1
    else return true
  }
  return false
}

function paragraphOf(paragraphs: Span[], offset: number, from: number): number {
  let p = from
  while (p + 1 < paragraphs.length && paragraphs[p + 1]!.start <= offset) p++
  return p
}

function nextNonSpace(text: string, i: number, end: number): number {
  while (i < end && isSpace(text[i])) i++
  return i
}

function wordBefore(text: string, end: number, lo: number): string {
  let s = end
  while (s > lo && !isSpace(text[s - 1]) && text[s - 1] !== '(' && text[s - 1] !== '"' && text[s - 1] !== '“') s--
  return text.slice(s, end)
}

function wordAt(text: string, i: number): string {
  let e = i
  while (e < text.length && /[\p{L}]/u.test(text[e]!)) e++
  return text.slice(i, e)
}

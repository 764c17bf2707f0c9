/**
 * Quotation marks, found by a character-level state machine that walks the
 * body paragraph by paragraph. It knows every common mark style (straight and
 * curly double quotes, « », „ “), lets a quote open with one style and close
 * with another, ignores single quotes and brackets inside a quote (they are
 * part of it), and joins a quote that runs over several paragraphs when the
 * next paragraph opens with a mark and the current one ends without a close.
 */
import type { Span } from '../model.ts'

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or -1 when the quote ran to the end of its paragraph unclosed. */
  close: number
  /** Content: between the marks. */
  start: number
  end: number
  /** Index of the first and last paragraph the quote covers. */
  firstParagraph: number
  lastParagraph: number
}

const OPENERS = new Set(['"', '“', '„', '«', '‟', '＂'])
const CLOSERS = new Set(['"', '”', '»', '“', '＂', '‟'])

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u2009' || c === '\u202f'
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c)
}

/** Whether a mark at `i` can open a quote, judged from its neighbours. */
function canOpen(text: string, i: number, lo: number): boolean {
  const c = text[i]!
  const prev = i > lo ? text[i - 1] : undefined
  const next = text[i + 1]
  if (c === '”') return isSpace(prev) && !isSpace(next) // a reversed opener, seen in some typesetting
  if (!OPENERS.has(c)) return false
  if (c === '"' && prev !== undefined && /[0-9]/.test(prev)) return false // inches: 6'2"
  if (isSpace(next) && c === '"' && !isSpace(prev)) return false // a stray closer
  return true
}

/** Whether a mark at `i` closes the open quote that began with `opener`. */
function canClose(text: string, i: number, opener: string): boolean {
  const c = text[i]!
  if (!CLOSERS.has(c)) return false
  const next = text[i + 1]
  const prev = text[i - 1]
  if (c === '“') {
    // „…“ closes with “; otherwise “ followed by a word opens a new quote.
    if (opener === '„') return true
    return !isWordChar(next)
  }
  if (c === '"' && isSpace(prev) && isWordChar(next)) return false // looks like an opener: handled by the caller
  return true
}

/** First non-space offset of a paragraph. */
function firstChar(text: string, p: Span): number {
  let i = p.start
  while (i < p.end && isSpace(text[i])) i++
  return i
}

export function scanQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = []
  let openAt = -1
  let opener = ''
  let firstPara = -1
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!
    let i = p.start
    // A paragraph that continues an open quote starts with a repeated opening mark: skip it.
    if (openAt >= 0) i = firstChar(text, p) + 1
    for (; i < p.end; i++) {
      // Every character of the body passes here: most are below the first mark (U+0022, U+00AB).
      const code = text.charCodeAt(i)
      if (code < 0x22 || (code > 0x22 && code < 0xab)) continue
      const c = text[i]!
      if (openAt < 0) {
        if (canOpen(text, i, p.start)) {
          openAt = i
          opener = c
          firstPara = pi
        }
        continue
      }
      if (canClose(text, i, opener)) {
        out.push({ open: openAt, close: i, start: openAt + 1, end: i, firstParagraph: firstPara, lastParagraph: pi })
        openAt = -1
        continue
      }
      // An opener where a closer was expected: the previous quote was never closed.
      if ((c === '“' || c === '"' || c === '„' || c === '«') && isSpace(text[i - 1]) && isWordChar(text[i + 1])) {
        const end = trimEnd(text, openAt + 1, i)
        if (end > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end, firstParagraph: firstPara, lastParagraph: pi })
        openAt = i
        opener = c
        firstPara = pi
      }
    }
    if (openAt >= 0) {
      const next = paragraphs[pi + 1]
      const nextFirst = next ? text[firstChar(text, next)] : undefined
      const continues = next !== undefined && nextFirst !== undefined && OPENERS.has(nextFirst) && nextFirst !== '»'
      if (!continues) {
        const end = trimEnd(text, openAt + 1, p.end)
        if (end > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end, firstParagraph: firstPara, lastParagraph: pi })
        openAt = -1
      }
    }
  }
  return out
}

function trimEnd(text: string, lo: number, hi: number): number {
  while (hi > lo && isSpace(text[hi - 1])) hi--
  return hi
}

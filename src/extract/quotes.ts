/**
 * Quotation marks, found by a character-level state machine that walks the
 * body paragraph by paragraph. It knows every common mark style (straight and
 * curly double quotes, « », „ “), lets a quote open with one style and close
 * with another, ignores single quotes and brackets inside a quote (they are
 * part of it), and joins a quote that runs over several paragraphs when the
 * next paragraph opens with a mark and the current one ends without a close.
 *
 * A body written in the British style, which quotes in single marks ('...'
 * or ‘...’) and has next to no double ones, is read with single marks
 * instead. There a mark is also an apostrophe (don't, the students' union),
 * so a single mark opens only before a letter after a space, and closes only
 * where no letter follows; after a letter ("students' union") it closes only
 * when no surer close comes before the next opening mark.
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

/** Marks that quote in the British style. */
const SINGLE_OPENERS = new Set(["'", '‘'])
const SINGLE_CLOSERS = new Set(["'", '’'])
// A single mark closing after punctuation ("...,' she said"), and one opening a sentence ("'We ...").
const SINGLE_CLOSE_SIGN = /[,.!?…][’'](?=[\s—–-]|$)/g
const SINGLE_OPEN_SIGN = /(?:^|[\s(—–:])[‘'](?=\p{Lu})/gmu
const DOUBLE_MARKS = /["“”„«»＂]/g

/**
 * Whether the body quotes in single marks: speech in single marks (opened
 * before a capital, closed after punctuation) at least twice, and double
 * marks, if any, far fewer (a stray inch mark or a quoted title).
 */
export function quotesInSingleMarks(text: string, paragraphs: Span[]): boolean {
  if (paragraphs.length === 0) return false
  const body = text.slice(paragraphs[0]!.start, paragraphs[paragraphs.length - 1]!.end)
  const closes = body.match(SINGLE_CLOSE_SIGN)?.length ?? 0
  const opens = body.match(SINGLE_OPEN_SIGN)?.length ?? 0
  const doubles = body.match(DOUBLE_MARKS)?.length ?? 0
  return closes >= 2 && opens >= 2 && doubles * 4 <= Math.min(closes, opens)
}

/** Whether a single mark at `i` can open a quote: after a space or the paragraph start, before a letter or digit-free word. */
function canOpenSingle(text: string, i: number, lo: number): boolean {
  if (!SINGLE_OPENERS.has(text[i]!)) return false
  const prev = i > lo ? text[i - 1] : undefined
  const next = text[i + 1]
  return (prev === undefined || isSpace(prev) || /[(\[—–:/"“-]/.test(prev)) && next !== undefined && (/\p{L}/u.test(next) || next === '…' || next === '.')
}

/** How surely a single mark at `i` closes a quote: 2 after punctuation or before it, 1 after a letter, 0 not at all. */
function singleClose(text: string, i: number, end: number): 0 | 1 | 2 {
  if (!SINGLE_CLOSERS.has(text[i]!)) return 0
  const prev = text[i - 1]
  const next = i + 1 < end ? text[i + 1] : undefined
  if (prev === undefined || isSpace(prev) || isWordChar(next)) return 0
  if (/[,.!?…;:—–)\]"”-]/.test(prev) || next === undefined || /[,.;:!?)\]—–-]/.test(next)) return 2
  return 1
}

/**
 * Whether a close at least as sure as 2 comes after a mark in the paragraph
 * before the next opening mark. One reader per scan: the answer found from
 * one mark holds for every mark before the place it was decided at, so a
 * paragraph full of "players' union" is walked once, not once per mark.
 */
function surerCloseReader(text: string): (i: number, p: Span) => boolean {
  let until = -1
  let answer = false
  return (i, p) => {
    if (i < until) return answer
    answer = false
    until = p.end
    for (let j = i + 1; j < p.end; j++) {
      if (canOpenSingle(text, j, p.start)) {
        until = j
        break
      }
      if (singleClose(text, j, p.end) === 2) {
        answer = true
        until = j
        break
      }
    }
    return answer
  }
}

/** How one style of marks is read: which characters matter, what opens, what closes. */
interface Style {
  /** Whether a character code can be a mark of this style (most characters are skipped by this test alone). */
  isMark(code: number): boolean
  canOpen(text: string, i: number, lo: number): boolean
  closes(text: string, i: number, opener: string, p: Span): boolean
  /** Whether the mark at `i`, inside an open quote, rather opens a new one (the open one was never closed). */
  reopens(text: string, i: number): boolean
  /** Marks that open a paragraph continuing the quote of the one before. */
  openers: Set<string>
}

const DOUBLE: Style = {
  // Every character of the body passes here: most are below the first mark (U+0022, U+00AB).
  isMark: (code) => code === 0x22 || code >= 0xab,
  canOpen,
  closes: (text, i, opener) => canClose(text, i, opener),
  reopens: (text, i) => {
    const c = text[i]
    return (c === '“' || c === '"' || c === '„' || c === '«') && isSpace(text[i - 1]) && isWordChar(text[i + 1])
  },
  openers: OPENERS,
}

/** The single-mark style, with its own look-ahead reader for one scan of `text`. */
function singleStyle(text: string): Style {
  const surerCloseAhead = surerCloseReader(text)
  return {
    isMark: (code) => code === 0x27 || code === 0x2018 || code === 0x2019,
    canOpen: canOpenSingle,
    closes: (_text, i, _opener, p) => {
      const sure = singleClose(text, i, p.end)
      return sure === 2 || (sure === 1 && !surerCloseAhead(i, p))
    },
    reopens: () => false,
    openers: SINGLE_OPENERS,
  }
}

export function scanQuotes(text: string, paragraphs: Span[]): QuoteSpan[] {
  const style = quotesInSingleMarks(text, paragraphs) ? singleStyle(text) : DOUBLE
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
      if (!style.isMark(text.charCodeAt(i))) continue
      const c = text[i]!
      if (openAt < 0) {
        if (style.canOpen(text, i, p.start)) {
          openAt = i
          opener = c
          firstPara = pi
        }
        continue
      }
      if (style.closes(text, i, opener, p)) {
        out.push({ open: openAt, close: i, start: openAt + 1, end: i, firstParagraph: firstPara, lastParagraph: pi })
        openAt = -1
        continue
      }
      if (style.reopens(text, i)) {
        const end = trimEnd(text, openAt + 1, i)
        if (end > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end, firstParagraph: firstPara, lastParagraph: pi })
        openAt = i
        opener = c
        firstPara = pi
      }
    }
    if (openAt >= 0 && !continuesOpen(text, paragraphs, pi, openAt, firstPara, style.openers, out)) openAt = -1
  }
  return out
}

/**
 * At the end of paragraph `pi` with a quote open: true when the next paragraph
 * continues it (it opens with one of `openers`, as a quotation running over
 * paragraphs does), else the quote is recorded as unclosed, up to here.
 */
function continuesOpen(text: string, paragraphs: Span[], pi: number, openAt: number, firstPara: number, openers: Set<string>, out: QuoteSpan[]): boolean {
  const next = paragraphs[pi + 1]
  const nextFirst = next ? text[firstChar(text, next)] : undefined
  if (nextFirst !== undefined && openers.has(nextFirst) && nextFirst !== '»') return true
  const end = trimEnd(text, openAt + 1, paragraphs[pi]!.end)
  if (end > openAt + 1) out.push({ open: openAt, close: -1, start: openAt + 1, end, firstParagraph: firstPara, lastParagraph: pi })
  return false
}

function trimEnd(text: string, lo: number, hi: number): number {
  while (hi > lo && isSpace(text[hi - 1])) hi--
  return hi
}

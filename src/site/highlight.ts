/**
 * Highlighting from offsets. A paragraph is cut at every span boundary into
 * plain-text segments; the template escapes each segment and wraps it in a
 * fixed element. No HTML is ever assembled from article text here.
 */
import type { Span } from '../model.ts'

export type MarkKind = 'quote' | 'claim' | 'speaker'

/** Something to highlight: a quote, a claim, or the mention that names a speaker. */
export interface Mark extends Span {
  kind: MarkKind
  /** CSS classes, from a fixed vocabulary chosen by the view (never from article text). */
  classes: string
  /** Anchor id put on the first piece, so links land on the exact words. */
  anchor: string | null
  /** Tooltip text, e.g. "Claim by X · negative". */
  title: string | null
  /** Shown right after the last piece of a quote: who said it. */
  label: { name: string; url: string | null } | null
}

/**
 * A piece of a paragraph. Only `text` and `tag` are always present: the other
 * fields are left out when empty, as most pieces are plain text and an
 * article page's view (hashed and copied to the render workers) holds
 * thousands of them.
 */
export interface Segment {
  text: string
  /** 'mark' for quotes, 'span' for claims and speaker mentions, 'text' for plain text. */
  tag: 'mark' | 'span' | 'text'
  classes?: string
  id?: string
  /** Further anchors starting at the same place (a claim that begins where its quote does). */
  anchors?: string[]
  title?: string
  after?: { name: string; url: string | null }
}

const ORDER: Record<MarkKind, number> = { quote: 0, claim: 1, speaker: 2 }

/** Closing quotation marks (and punctuation before them) that a speaker label is moved past. */
const CLOSING = /^[,.;:!?…]*["”’'»›」』]+/

/**
 * Cut `text.slice(para.start, para.end)` into segments. `anchored` collects the
 * anchors already placed, so a mark that spans two paragraphs gets its id once.
 */
export function segmentParagraph(text: string, para: Span, marks: Mark[], anchored: Set<string>): Segment[] {
  // Most paragraphs hold no quote, claim or speaker: one plain piece, as the sweep below would give.
  if (marks.length === 0) return para.start < para.end ? [{ text: text.slice(para.start, para.end), tag: 'text' }] : []
  const inside = marks
    .map((m) => ({ m, start: Math.max(m.start, para.start), end: Math.min(m.end, para.end) }))
    .filter((c) => c.start < c.end)
  const cuts = new Set<number>([para.start, para.end])
  for (const c of inside) cuts.add(c.start).add(c.end)
  // The speaker label goes after the closing quotation mark, not between the words and the mark.
  // Keyed by position: a scan per piece over every label is quadratic in quote-dense paragraphs.
  const labelAt = new Map<number, Mark>()
  for (const c of inside) {
    if (c.m.kind !== 'quote' || !c.m.label || c.m.end !== c.end) continue
    // Punctuation printed inside the marks ("…things," he said) moves with it.
    const tail = CLOSING.exec(text.slice(c.end, para.end))
    const at = c.end + (tail ? tail[0].length : 0)
    if (!labelAt.has(at)) labelAt.set(at, c.m)
    cuts.add(at)
  }
  const points = [...cuts].sort((a, b) => a - b)

  // Sweep the pieces left to right, keeping the marks open at each one.
  const byStart = [...inside].sort((a, b) => a.start - b.start)
  const open = new Set<(typeof inside)[number]>()
  let next = 0
  const segments: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!
    const to = points[i + 1]!
    while (next < byStart.length && byStart[next]!.start <= from) open.add(byStart[next++]!)
    // Ends are cut points, so a mark still open past `from` covers the whole piece.
    for (const c of open) if (c.end <= from) open.delete(c)
    const after = labelAt.get(to)?.label
    if (open.size === 0) {
      // Plain text, most pieces: nothing to sort, class or anchor.
      segments.push(after ? { text: text.slice(from, to), tag: 'text', after } : { text: text.slice(from, to), tag: 'text' })
      continue
    }
    if (open.size === 1) {
      // One mark over the piece, the usual case: its own classes and title, no sorting or merging.
      const [c] = open as unknown as [(typeof inside)[number]]
      const segment: Segment = { text: text.slice(from, to), tag: c.m.kind === 'quote' ? 'mark' : 'span' }
      if (c.m.classes) segment.classes = c.m.classes
      if (c.m.anchor && !anchored.has(c.m.anchor)) {
        segment.id = c.m.anchor
        anchored.add(c.m.anchor)
      }
      if (c.m.title) segment.title = c.m.title
      if (after) segment.after = after
      segments.push(segment)
      continue
    }
    const covering = [...open]
      .sort((x, y) => ORDER[x.m.kind] - ORDER[y.m.kind] || x.m.start - y.m.start)
    // One quote per piece: overlapping quotes are an upstream error, the earlier one wins.
    const quote = covering.find((c) => c.m.kind === 'quote')
    const others = covering.filter((c) => c.m.kind !== 'quote')
    const shown = quote ? [quote, ...others] : others
    const fresh: string[] = []
    for (const c of shown) {
      const anchor = c.m.anchor
      if (anchor && !anchored.has(anchor)) {
        fresh.push(anchor)
        anchored.add(anchor)
      }
    }
    const segment: Segment = { text: text.slice(from, to), tag: quote ? 'mark' : shown.length > 0 ? 'span' : 'text' }
    const classes = [...new Set(shown.flatMap((c) => c.m.classes.split(' ')))].join(' ')
    const title = shown.map((c) => c.m.title).filter(Boolean).join(' · ')
    if (classes) segment.classes = classes
    if (fresh.length > 0) segment.id = fresh[0]
    if (fresh.length > 1) segment.anchors = fresh.slice(1)
    if (title) segment.title = title
    if (after) segment.after = after
    segments.push(segment)
  }
  return mergePlain(segments)
}

/** Adjacent plain pieces (left over from marks that were dropped) are joined back. The pieces are this module's own, so they are joined in place. */
function mergePlain(segments: Segment[]): Segment[] {
  const out: Segment[] = []
  for (const s of segments) {
    const last = out[out.length - 1]
    if (last && last.tag === 'text' && s.tag === 'text' && !last.after && !s.anchors) last.text += s.text
    else out.push(s)
  }
  return out
}

/**
 * Interviews printed as a transcript: paragraphs that open with a speaker's
 * label and a colon ("Rivera: Because people are leaving the city."), and
 * the "Q:"/"A:" form. Each answer is the labelled person's own words, so it
 * is a direct quote without quotation marks; questions are the interviewer's
 * and are left out.
 *
 * A label counts only when it names a person the article names elsewhere,
 * and only in an article with at least two labelled paragraphs: a lone
 * "Update:" or "Washington:" is no transcript.
 */
import type { Entity, Registry } from './entities.ts'
import type { RawQuote } from './run.ts'
import type { Unit } from './sentences.ts'

type Span = { start: number; end: number }

/** "Rivera:", "Lucia Rivera:", "Q:", "Tribune:" at a paragraph's start, then the words. */
const LABEL = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,2}):[ \t]+(?=\S)/u

interface Labelled {
  paragraph: Span
  label: Span
  /** The words after the label. */
  from: number
  name: string
}

export function transcriptQuotes(
  text: string,
  paragraphs: Span[],
  units: Unit[],
  registry: Registry,
  taken: RawQuote[],
  nextStatement: () => number,
): RawQuote[] {
  const labelled: Labelled[] = []
  for (const p of paragraphs) {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 80)))
    if (!m) continue
    labelled.push({ paragraph: p, label: { start: p.start, end: p.start + m[1]!.length }, from: p.start + m[0].length, name: m[1]! })
  }
  if (labelled.length < 2) return []
  const personOf = (name: string): Entity | null => {
    const words = name.split(/\s+/)
    const e = registry.full(name) ?? (words.length === 1 ? registry.surname(name) : registry.surname(words[words.length - 1]!))
    return e && e.kind === 'person' ? e : null
  }
  // "A:" answers are the one person who answers under a name, when there is exactly one.
  const named = new Set(labelled.map((l) => personOf(l.name)).filter((e): e is Entity => e !== null))
  const answerer = named.size === 1 ? [...named][0]! : null
  const out: RawQuote[] = []
  // Paragraphs, units and quotes are all in text order: one pointer into each, not a search per answer.
  let ui = 0
  let qi = 0
  for (const l of labelled) {
    const e = l.name === 'A' ? answerer : personOf(l.name)
    if (!e) continue
    let end = l.paragraph.end
    while (end > l.from && /\s/.test(text[end - 1]!)) end--
    while (qi < taken.length && taken[qi]!.end <= l.from) qi++
    // Words already quoted or attributed in the paragraph are read as prose, not as an answer.
    if (end <= l.from || (qi < taken.length && taken[qi]!.start < end)) continue
    while (ui + 1 < units.length && units[ui]!.end <= l.from) ui++
    const unit = units[ui] && units[ui]!.start <= l.from ? ui : 0
    out.push({
      kind: 'direct',
      start: l.from,
      end,
      speaker: { entity: e, name: e.name, kind: 'person', start: l.label.start, end: l.label.end },
      cue: l.label,
      statement: nextStatement(),
      relay: null,
      unit,
    })
  }
  return out
}

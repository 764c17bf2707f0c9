/**
 * The date a page prints with its article ("Published 4:00 am, Wednesday, November 20, 2019",
 * "Nov 18, 2019 | Jane Doe") in the lines above the body: in page text this is the nearest thing
 * to HTML metadata. Only dates with an explicit year count.
 */
import * as chrono from 'chrono-node'
import type { Evidence } from '../model.ts'
import type { LineInfo } from './boilerplate.ts'
import type { StatedDate } from './draft.ts'

/** Fixed reference for chrono, so parsing never depends on the clock (only certain years are used). */
const REFERENCE = new Date(Date.UTC(2000, 0, 1))
const YEAR = /\b(?:19|20)\d{2}\b/
const PUBLISHED = /\b(?:published|posted|pubblicato|publié|publicado|veröffentlicht|опубликовано)\b/i
const UPDATED = /\b(?:updated|modified|last edited|aktualisiert|mis à jour|actualizado|обновлено)\b/i
const ISO = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/

function datesIn(text: string): Array<{ value: string; text: string }> {
  const out: Array<{ value: string; text: string }> = []
  const iso = ISO.exec(text)
  if (iso) out.push({ value: `${iso[1]}-${iso[2]}-${iso[3]}`, text: iso[0] })
  for (const r of chrono.parse(text, REFERENCE)) {
    if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue
    const y = r.start.get('year')!
    const m = r.start.get('month')!
    const d = r.start.get('day')!
    out.push({ value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, text: r.text })
  }
  return out
}

export function printedDate(lines: LineInfo[], bodyStart: number, titleLine: number): StatedDate | null {
  let best: { score: number; value: string; line: LineInfo; text: string } | null = null
  const from = Math.max(0, bodyStart - 40)
  for (let i = from; i < bodyStart; i++) {
    const l = lines[i]
    if (l.prose || l.f.words > 20 || !YEAR.test(l.text)) continue
    const found = datesIn(l.text)
    if (!found.length) continue
    // Several dates on one line ("Updated Nov 19; Posted Nov 18"): the earliest is the publication.
    const first = found.reduce((a, b) => (a.value <= b.value ? a : b))
    let score = 0
    if (titleLine >= 0 && i > titleLine) score += 2
    if (PUBLISHED.test(l.text)) score += 1
    if (UPDATED.test(l.text) && !PUBLISHED.test(l.text)) score -= 1
    score += (i - from) / 100
    if (!best || score > best.score) best = { score, value: first.value, line: l, text: first.text }
  }
  if (!best) return null
  const updatedOnly = UPDATED.test(best.line.text) && !PUBLISHED.test(best.line.text)
  const ev: Evidence = {
    reason: (best.score >= 2 ? 'date printed under the headline' : 'date printed above the article') + (updatedOnly ? ' (an update date: the first publication may be earlier)' : ''),
    quote: best.line.text,
    start: best.line.start,
    end: best.line.end,
  }
  return { value: best.value, basis: 'dateline', evidence: [ev] }
}

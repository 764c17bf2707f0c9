/**
 * The date a page prints with its article ("Published 4:00 am, Wednesday, November 20, 2019",
 * "Nov 18, 2019 | Jane Doe") in the lines above the body: in page text this is the nearest thing
 * to HTML metadata. Only dates with an explicit year count.
 */
import type { Evidence } from '../model.ts'
import type { LineInfo } from './boilerplate.ts'
import type { StatedDate } from './draft.ts'
import { explicitDates } from './explicit-dates.ts'

const YEAR = /\b(?:19|20)\d{2}(?:\b|(?=\d{1,2}:\d\d))/
const PUBLISHED = /\b(?:published|posted|pubblicato|publié|publicado|veröffentlicht|опубликовано)\b/i
const UPDATED = /\b(?:updated|modified|last edited|aktualisiert|mis à jour|actualizado|обновлено)\b/i

export function printedDate(lines: LineInfo[], bodyStart: number, titleLine: number): StatedDate | null {
  let best: { score: number; value: string; line: LineInfo; text: string } | null = null
  const from = Math.max(0, bodyStart - 40)
  for (let i = from; i < bodyStart; i++) {
    const l = lines[i]
    if (l.prose || l.f.words > 20 || !YEAR.test(l.text)) continue
    const found = explicitDates(l.text)
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

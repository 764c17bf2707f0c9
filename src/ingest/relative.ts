/**
 * Relative time expressions near a place in the text ("on Wednesday", "Tuesday night",
 * "yesterday", "on November 11"), resolved against the publication date.
 */
import { day, iso, parseIso, weekday, yearOf, monthNumber, WEEKDAYS, MONTH_PATTERN, WEEKDAY_PATTERN, type Day } from './day.ts'
import { allMatches } from '../knowledge/regex.ts'

const EXPRESSION = new RegExp(
  String.raw`\b(?:(yesterday|today|tonight|tomorrow|earlier (?:in|on) the day|later (?:in|on) the day|on the same day|this (?:morning|afternoon|evening))|(?:(last|next|this|on|earlier on|late on|early on)\s+)?(${WEEKDAY_PATTERN})(?:\s+(?:morning|afternoon|evening|night))?|(?:on\s+)?(${MONTH_PATTERN})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})|(?:on\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_PATTERN})(?!,?\s+\d{4}))`,
  // No u flag: the pattern is ASCII, and without it V8 matches it several times faster.
  'gi',
)

/** Sentence around `offset`: from the previous sentence end to the next, within a bounded window. */
function sentenceAround(text: string, offset: number): [number, number] {
  const lo = Math.max(0, offset - 400)
  const hi = Math.min(text.length, offset + 400)
  let s = offset
  while (s > lo && !isSentenceEnd(text.charCodeAt(s - 1))) s--
  let e = offset
  while (e < hi && !isSentenceEnd(text.charCodeAt(e))) e++
  return [s, Math.min(text.length, e + 1)]
}

/** . ! ? or a newline. */
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 10
}

/** Resolves the relative date expression nearest to `offset` in its sentence; null when none or no publication date. */
export function resolveRelativeDate(
  text: string,
  offset: number,
  published: string | null,
): { value: string; evidence: string } | null {
  if (!published) return null
  const pub = parseIso(published)
  if (pub === null) return null
  const [s, e] = sentenceAround(text, Math.min(Math.max(offset, 0), text.length))
  const sentence = text.slice(s, e)
  let best: { value: Day; evidence: string; distance: number } | null = null
  EXPRESSION.lastIndex = 0
  let future: boolean | undefined
  for (const m of allMatches(EXPRESSION, sentence)) {
    const at = s + m.index!
    const distance = Math.min(Math.abs(at - offset), Math.abs(at + m[0].length - offset))
    future ??= /\bwill\b|\bto be held\b|\bscheduled\b|\bplans? to\b/i.test(sentence)
    const value = resolveMatch(m, pub, future)
    if (value === null) continue
    if (!best || distance < best.distance) best = { value, evidence: m[0].trim(), distance }
  }
  return best ? { value: iso(best.value), evidence: best.evidence } : null
}

function resolveMatch(m: RegExpMatchArray, pub: Day, future: boolean): Day | null {
  const [, word, modifier, wd, monA, dayA, dayB, monB] = m
  if (word) {
    const w = word.toLowerCase()
    if (w === 'yesterday') return pub - 1
    if (w === 'tomorrow') return pub + 1
    return pub
  }
  if (wd) {
    const target = WEEKDAYS.indexOf(wd.toLowerCase())
    const mod = (modifier ?? '').toLowerCase()
    const back = (weekday(pub) - target + 7) % 7
    const ahead = (target - weekday(pub) + 7) % 7
    if (mod === 'next') return pub + (ahead || 7)
    if (mod === 'last') return pub - (back || 7)
    // A named weekday in a future-tense sentence is the coming one; otherwise the most recent (or today).
    if (future && ahead !== 0) return pub + ahead
    return pub - back
  }
  const month = monthNumber(monA ?? monB ?? '')
  const date = Number(dayA ?? dayB)
  if (!month || !date || date > 31) return null
  // The same month-day in the publication year, or the adjacent year when that is nearer.
  const y = yearOf(pub)
  const options = [y - 1, y, y + 1].map((yy) => day(yy, month, date)).filter((d) => iso(d).endsWith(`-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`))
  if (!options.length) return null
  return options.reduce((a, b) => (Math.abs(a - pub) <= Math.abs(b - pub) ? a : b))
}

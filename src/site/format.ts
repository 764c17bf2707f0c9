/**
 * Display formatting that must not depend on the machine's locale or clock:
 * the same corpus always renders the same bytes.
 */
import type { Relation, Stance } from '../model.ts'

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

const DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/

/** Days in a month of the proleptic Gregorian calendar (what Date.UTC uses). */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * Valid `YYYY-MM-DD` (a real calendar day), else null. Checked by arithmetic,
 * not through a Date: this runs for every statement on every page. Years
 * before 100 stay invalid, as they were when Date.UTC read them as 19xx.
 */
export function parseDay(value: string | null | undefined): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null
  const m = DAY_PREFIX.exec(value)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null
  return { year, month, day }
}

/** `YYYY-MM-DD` when valid, else null: the only date form views pass on. */
export function isoDay(value: string | null | undefined): string | null {
  const d = parseDay(value)
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null
}

const dayLabels = new Map<string, string>()
/** Distinct day strings remembered; a corpus has a few thousand days, and input strings are untrusted. */
const DAY_LABELS_MAX = 50_000

/** "6 November 2018"; "Undated" when unknown. Remembered per string: views ask for the same few days again and again. */
export function displayDay(value: string | null | undefined): string {
  if (typeof value !== 'string') return 'Undated'
  const known = dayLabels.get(value)
  if (known !== undefined) return known
  const d = parseDay(value)
  const label = d ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : 'Undated'
  if (dayLabels.size < DAY_LABELS_MAX) dayLabels.set(value, label)
  return label
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? ''
}

export const STANCE_LABEL: Record<Stance, string> = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
}

export const RELATION_LABEL: Record<Relation, string> = {
  same: 'Same stance',
  shifted: 'Stance shifted',
  opposite: 'Opposite stance',
}

export const KIND_LABEL: Record<string, string> = {
  direct: 'Direct quote',
  indirect: 'Indirect quote',
  partial: 'Partial quote',
  claim: 'Claim',
}

/** `n` with the right noun: "1 article", "3 articles". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Text cut at a word boundary for descriptions and previews. */
export function excerpt(text: string, max = 160): string {
  // Only the start of a long text is shown: whitespace is collapsed in a prefix first (the same
  // result whenever the prefix still fills `max`), not in the whole of a long quote or paragraph.
  if (text.length > max * 4) {
    const head = text.slice(0, max * 4).replace(/\s+/g, ' ').trim()
    if (head.length > max) return cutAt(head, max)
  }
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  return cutAt(flat, max)
}

/** `flat` (longer than `max`) cut at a word boundary before `max`, with an ellipsis. */
function cutAt(flat: string, max: number): string {
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`
}

/** "3–9 November 2019", "30 October – 2 November 2019", "6 November 2018 – 2 January 2019"; one day alone when equal; "Undated" ends an open range. */
export function dayRange(from: string | null | undefined, to: string | null | undefined): string {
  const a = parseDay(from)
  const b = parseDay(to)
  if (!a || !b) return a ? `${displayDay(from)} – undated` : b ? `Undated – ${displayDay(to)}` : 'Undated'
  if (a.year === b.year && a.month === b.month) return a.day === b.day ? displayDay(from) : `${a.day}–${b.day} ${MONTHS[b.month - 1]} ${b.year}`
  if (a.year === b.year) return `${a.day} ${MONTHS[a.month - 1]} – ${displayDay(to)}`
  return `${displayDay(from)} – ${displayDay(to)}`
}

/**
 * Display formatting that must not depend on the machine's locale or clock:
 * the same corpus always renders the same bytes.
 */
import type { Relation, Stance } from '../model.ts'

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]

/** Valid `YYYY-MM-DD` (a real calendar day), else null. */
export function parseDay(value: string | null | undefined): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string') return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null
  return { year, month, day }
}

/** `YYYY-MM-DD` when valid, else null: the only date form views pass on. */
export function isoDay(value: string | null | undefined): string | null {
  const d = parseDay(value)
  return d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null
}

/** "6 November 2018"; "Undated" when unknown. */
export function displayDay(value: string | null | undefined): string {
  const d = parseDay(value)
  return d ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : 'Undated'
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
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`
}

/** Calendar days as integers (days since 1970-01-01, UTC), so date arithmetic is exact and cheap. */

export type Day = number
const MS = 86_400_000

export function day(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS)
}
export function iso(d: Day): string {
  return new Date(d * MS).toISOString().slice(0, 10)
}
export function parseIso(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (!m) return null
  const d = day(+m[1], +m[2], +m[3])
  return iso(d) === `${m[1]}-${m[2]}-${m[3]}` ? d : null
}
/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7
}
export function yearOf(d: Day): number {
  return new Date(d * MS).getUTCFullYear()
}
export function monthOf(d: Day): number {
  return new Date(d * MS).getUTCMonth() + 1
}
export function dateOf(d: Day): number {
  return new Date(d * MS).getUTCDate()
}

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Month number from a name or its usual abbreviation ("Nov", "Nov.", "Sept"), or 0. */
export function monthNumber(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '')
  if (k.length < 3) return 0
  const i = MONTHS.findIndex((m) => m.startsWith(k) || (k === 'sept' && m === 'september'))
  return i + 1
}
export const MONTH_PATTERN = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
export const WEEKDAY_PATTERN = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`

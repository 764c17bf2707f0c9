/** Calendar days as integers (days since 1970-01-01, UTC), so date arithmetic is exact and cheap. */

export type Day = number

/** Day number of a civil date (H. Hinnant's days-from-civil). */
export function day(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}
/** Year, month, day of a day number, by arithmetic (H. Hinnant's civil-from-days); no Date objects on hot paths. */
export function civil(d: Day): [number, number, number] {
  const z = d + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const dd = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, dd]
}
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
}
export function iso(d: Day): string {
  const [y, m, dd] = civil(d)
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`
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
  return civil(d)[0]
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

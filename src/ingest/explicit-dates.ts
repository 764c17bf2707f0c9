/**
 * Calendar dates written out with their year, in the forms pages print above an article:
 * "November 20, 2019", "Wed, Nov. 20th, 2019", "20 November 2019", "18-20 Nov 2019",
 * "11/20/2019", "20.11.2019", "5/25/18", "2019-11-20", "2019/11/20".
 *
 * Why not a general date parser: only dates whose year is written count here, and a general
 * parser (chrono) also resolves "today" or "14 hours ago" against a reference date, which for a
 * pure function is a made-up day. Its hundreds of alternations also cost more to compile than
 * the whole rest of this stage on a fresh process. The forms and their readings follow chrono's
 * English parsers (month first when ambiguous; a first number above 12 is the day; word edges
 * are ASCII, as chrono's `\W` is).
 */
import { daysInMonth, monthNumber } from './day.ts'
import { allMatches } from '../knowledge/regex.ts'

export interface ExplicitDate {
  /** ISO yyyy-mm-dd. */
  value: string
  /** The words that gave it. */
  text: string
  index: number
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`
const YEAR4 = String.raw`[12]\d{3}`
/**
 * After a year: no letter or digit, except a time glued on when page text loses the space
 * between two elements ("March 12, 20245:43 PM GMT").
 */
const YEAR_END = String.raw`(?![A-Za-z]|\d(?!\d?:\d\d))`

/** "November 20, 2019", "Nov. 18th 2019", "Nov 18-20, 2019". */
const MONTH_FIRST = new RegExp(String.raw`(?<![A-Za-z0-9])(${MONTH})(?:-|/|\s*,?\s*)(${ORDINAL})(?:\s*(?:to|-)\s*${ORDINAL})?(?:-|/|\s*,\s*|\s+)(${YEAR4})${YEAR_END}`, 'gi')
/**
 * "20 November 2019", "20th of Nov, 2019", "18-20 November 2019". Chrono bounds the spaces to
 * three; `\s{0,3}` three times over made this one pattern cost ~25 ms to compile, so any run counts.
 */
const DAY_FIRST = new RegExp(String.raw`(?<![A-Za-z0-9])(${ORDINAL})(?:\s*(?:to|-|–|until|through|till)\s*${ORDINAL})?(?:-|/|\s*(?:of\s*)?)(${MONTH})(?:-|/|,?\s*)(${YEAR4})${YEAR_END}`, 'gi')
/** "2019-11-20", "2019/7/8", "2019.04.05", "2019-Nov-20" (also the date of an ISO timestamp). */
const YEAR_FIRST = new RegExp(String.raw`(?<![A-Za-z0-9])(${YEAR4})[-./](?:(${MONTH})|(\d{1,2}))[-./](\d{1,2})(?!\d)`, 'gi')
/** "11/20/2019", "20.11.2019", "5/25/18": month first unless the first number cannot be one. */
const NUMERIC = /(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/])/g

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const dayNumber = (s: string) => parseInt(s, 10)

/** Every date with a written year in `text`, in text order; invalid days ("Feb 30, 2019") are not dates. */
export function explicitDates(text: string): ExplicitDate[] {
  const out: ExplicitDate[] = []
  const push = (value: string | null, m: RegExpMatchArray) => {
    if (value) out.push({ value, text: m[0], index: m.index! })
  }
  for (const m of allMatches(MONTH_FIRST, text)) push(isoOf(Number(m[3]), monthNumber(m[1]!), dayNumber(m[2]!)), m)
  for (const m of allMatches(DAY_FIRST, text)) push(isoOf(Number(m[3]), monthNumber(m[2]!), dayNumber(m[1]!)), m)
  for (const m of allMatches(YEAR_FIRST, text)) push(isoOf(Number(m[1]), m[2] ? monthNumber(m[2]) : Number(m[3]), Number(m[4])), m)
  for (const m of allMatches(NUMERIC, text)) {
    let month = Number(m[1])
    let date = Number(m[2])
    // "20.11.2019": a first number above 12 is the day.
    if (month > 12 && date <= 12) [month, date] = [date, month]
    const raw = Number(m[3])
    // Two-digit years as chrono reads them: above 50 is the 1900s.
    const year = m[3]!.length === 2 ? (raw > 50 ? 1900 + raw : 2000 + raw) : raw
    // A numeric date inside an ISO one ("2019-11-20" holds "19-11-20") is not another date.
    if (out.some((d) => m.index! >= d.index && m.index! < d.index + d.text.length)) continue
    push(isoOf(year, month, date), m)
  }
  return out.sort((a, b) => a.index - b.index)
}

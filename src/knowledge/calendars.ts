/**
 * Recurring dates set by law, used to date articles that mention them without a year.
 * Origin: 2 U.S.C. §7 (federal elections on the Tuesday after the first Monday of November
 * in even years; midterms are those between presidential elections).
 */

export interface MonthDay {
  month: number
  day: number
}

/** 0 = Sunday … 6 = Saturday, for a Gregorian date. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

/** US federal election day of `year` (the Tuesday after the first Monday of November), or null in odd years. */
export function usFederalElectionDay(year: number): MonthDay | null {
  if (year % 2 !== 0) return null
  const firstMonday = 1 + ((8 - weekdayOf(year, 11, 1)) % 7)
  return { month: 11, day: firstMonday + 1 }
}

export interface RecurringEvent {
  id: string
  label: string
  /** Words that name the event in a sentence. */
  cue: RegExp
  /** Whether the cue alone is specific to the country, or the sentence must also name it. */
  countrySpecific: boolean
  /** Which years the event happens in. */
  inYear: (year: number) => boolean
  /** Its date in a year it happens in. */
  dateIn: (year: number) => MonthDay | null
  /** How the date rule reads, for evidence. */
  rule: string
}

export const RECURRING_EVENTS: RecurringEvent[] = [
  {
    id: 'us-midterm-election',
    label: 'US midterm elections',
    cue: /\bmid-?terms?\b(?:\s+(?:elections?|polls?|vote|voting|races?|results?))?/i,
    countrySpecific: true,
    inYear: (y) => y % 4 === 2,
    dateIn: usFederalElectionDay,
    rule: 'US midterm election day is the Tuesday after the first Monday of November, in even years between presidential elections (year mod 4 = 2)',
  },
  {
    id: 'us-presidential-election',
    label: 'US presidential election',
    cue: /\bpresidential\s+(?:elections?|polls?|vote|race)\b/i,
    countrySpecific: false,
    inYear: (y) => y % 4 === 0,
    dateIn: usFederalElectionDay,
    rule: 'US presidential election day is the Tuesday after the first Monday of November, in years divisible by 4',
  },
  {
    id: 'us-federal-election',
    label: 'US federal elections',
    cue: /\b(?:elections?|election day|polls?|vote)\b/i,
    countrySpecific: false,
    inYear: (y) => y % 2 === 0,
    dateIn: usFederalElectionDay,
    rule: 'US federal election day is the Tuesday after the first Monday of November, in even years',
  },
]

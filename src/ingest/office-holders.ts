/** The curated office-holder table (src/knowledge/office-holders.json) and its user extensions. */
import table from '../knowledge/office-holders.json' with { type: 'json' }

export interface OfficeHolder {
  /** Full name as usually written ("Joe Biden"). */
  name: string
  /** The name used alone in running text ("Biden"). */
  surname: string
  /** Other spellings of the surname ("Zelenskyy"). */
  aliases?: string[]
  /** A key of `countries` in the table ("US", "Russia"), or any name for user entries. */
  country: string
  /** "president", "prime minister" or "chancellor" (or a user role). */
  role: string
  /** First day in office, YYYY-MM-DD. */
  from: string
  /** Day the term ended (exclusive), or null while in office. */
  to: string | null
}

interface Table {
  roles: Record<string, string[]>
  countries: Record<string, string[]>
  holders: OfficeHolder[]
}

const shipped = table as unknown as Table

export function officeHolders(extra: OfficeHolder[] = []): OfficeHolder[] {
  return extra.length ? [...shipped.holders, ...extra] : shipped.holders
}

/** Words that name each country in running text (adjective, name, capital); unknown countries name themselves. */
export function countryTerms(country: string): string[] {
  return shipped.countries[country] ?? [country]
}

/** Words that name each role ("Prime Minister", "Premier", "PM"). */
export function roleTerms(role: string): string[] {
  return shipped.roles[role] ?? [role, role.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())]
}

export function allCountries(): string[] {
  return Object.keys(shipped.countries)
}

/** The curated office-holder table (src/knowledge/office-holders.json) and its user extensions. */
import table from '../knowledge/office-holders.json' with { type: 'json' }

export interface OfficeHolder {
  /** Full name as usually written ("Joe Biden"). */
  name: string
  /** The name used alone in running text ("Biden"). */
  surname: string
  /** Other spellings of the surname ("Erdoğan" for "Erdogan"). */
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

const ISO = /^\d{4}-\d{2}-\d{2}$/

/**
 * The shipped table plus the user's rows. User rows come from a YAML/JSON file, so each is checked
 * here: rows without a name, country, role or a YYYY-MM-DD `from` are skipped, and a missing
 * surname defaults to the last word of the name.
 */
export function officeHolders(extra: unknown[] = []): OfficeHolder[] {
  if (!Array.isArray(extra) || !extra.length) return shipped.holders
  const rows: OfficeHolder[] = []
  for (const r of extra) {
    if (!r || typeof r !== 'object') continue
    const o = r as Record<string, unknown>
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null)
    const date = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : str(v))
    const name = str(o.name)
    const country = str(o.country)
    const role = str(o.role)?.toLowerCase() ?? null
    const from = date(o.from)
    const to = o.to == null ? null : date(o.to)
    if (!name || !country || !role || !from || !ISO.test(from) || (to !== null && !ISO.test(to))) continue
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '') : undefined
    rows.push({ name, surname: str(o.surname) ?? name.split(/\s+/).pop()!, country, role, from, to, ...(aliases ? { aliases } : {}) })
  }
  return [...shipped.holders, ...rows]
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

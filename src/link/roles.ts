/**
 * What a role string says that matters for merging: the countries it names
 * ("Russian Foreign Minister", "the Kremlin spokesman") and its core noun
 * ("minister", "spokesman"), which stays put when the wording around it changes.
 */
import { findCountries } from '../knowledge/gazetteer.ts'

/** Country codes a role names, via the gazetteer (names, demonyms, metonyms). */
export function roleCountries(role: string): string[] {
  return [...new Set(findCountries(role).map((m) => m.code))].sort()
}

/** The head noun of a role: the last word before "of", "at", "for" or a comma. */
export function roleCore(role: string): string {
  const head = role.split(/\s+(?:of|at|for|to|in)\s+|,/)[0] ?? role
  const ws = head.trim().toLowerCase().split(/\s+/)
  return ws[ws.length - 1] ?? ''
}

/** Role key for grouping: case and spacing folded, a leading article dropped. */
export function roleKey(role: string): string {
  return role.trim().toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ')
}

/** Whether two sets of role countries contradict each other (both known, none shared). No set is built: role countries are few. */
export function countriesConflict(a: readonly string[] | ReadonlySet<string>, b: readonly string[] | ReadonlySet<string>): boolean {
  const sizeA = Array.isArray(a) ? a.length : (a as ReadonlySet<string>).size
  const sizeB = Array.isArray(b) ? b.length : (b as ReadonlySet<string>).size
  if (sizeA === 0 || sizeB === 0) return false
  for (const c of b) if (Array.isArray(a) ? a.includes(c) : (a as ReadonlySet<string>).has(c)) return false
  return true
}

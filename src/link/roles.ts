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

/** Whether two sets of role countries contradict each other (both known, none shared). */
export function countriesConflict(a: Iterable<string>, b: Iterable<string>): boolean {
  const sa = new Set(a)
  const sb = [...b]
  if (sa.size === 0 || sb.length === 0) return false
  return !sb.some((c) => sa.has(c))
}

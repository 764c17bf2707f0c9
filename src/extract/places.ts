/**
 * Countries and their demonyms (from the world-countries package), used to
 * tell places and nationality words ("Russian", "French") from names, and to
 * describe role-holders by country ("the German leader").
 */
import worldCountries from 'world-countries'
import type { Country } from 'world-countries'
import { PLACES } from './lexicon.ts'
import { hasAsciiUpper } from '../knowledge/ascii.ts'
import { METONYMS, countryInfo } from '../knowledge/gazetteer.ts'

// The package's default export differs between its ESM and CJS builds.
const countries: Country[] = (worldCountries as unknown as { default?: Country[] }).default ?? (worldCountries as unknown as Country[])

const COUNTRY_WORDS = new Set<string>()
/** demonym or country word (lower case) -> country common name */
const COUNTRY_OF = new Map<string, string>()

function add(word: string, country: string): void {
  const w = word.toLowerCase()
  if (!w) return
  COUNTRY_WORDS.add(w)
  if (!COUNTRY_OF.has(w)) COUNTRY_OF.set(w, country)
}

for (const [w, c] of [
  ['us', 'United States'], ['u.s.', 'United States'], ['u.s', 'United States'], ['usa', 'United States'],
  ['america', 'United States'], ['american', 'United States'], ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'], ['britain', 'United Kingdom'], ['british', 'United Kingdom'],
  ['soviet', 'Soviet Union'], ['eu', 'European Union'], ['european', 'European Union'],
  ['russian', 'Russia'], ['ukrainian', 'Ukraine'], ['chinese', 'China'], ['israeli', 'Israel'],
  ['palestinian', 'Palestine'], ['iranian', 'Iran'], ['saudi', 'Saudi Arabia'], ['korean', 'South Korea'],
  ['north korean', 'North Korea'], ['syrian', 'Syria'], ['turkish', 'Turkey'], ['german', 'Germany'],
  ['french', 'France'], ['italian', 'Italy'], ['japanese', 'Japan'], ['indian', 'India'],
] as const) add(w, c)
for (const c of countries) {
  const name = c.name.common
  add(name, name)
  for (const alt of c.altSpellings) if (alt.length > 3) add(alt, name)
  const dem = c.demonyms?.eng
  if (dem) {
    add(dem.m, name)
    add(dem.f, name)
  }
}

/** True when a lower-cased word is a country name, a country's alternative name, or a demonym. */
export function isCountryWord(word: string): boolean {
  return COUNTRY_WORDS.has(word) || (hasAsciiUpper(word) && COUNTRY_WORDS.has(word.toLowerCase()))
}

/** One-word seats of government that stand for their country ("the Kremlin official"), lower-cased. */
const SEATS = new Map<string, string>()
for (const [form, code] of Object.entries(METONYMS)) {
  const name = countryInfo(code)?.name
  if (name && !/\s/.test(form)) SEATS.set(form.toLowerCase(), name)
}

/** The country a country word, a demonym or a seat of government stands for ("Russia's" as "Russia"). */
export function countryOf(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '')
  return COUNTRY_OF.get(w) ?? SEATS.get(w)
}

/** True when a lower-cased word names a place (country, US state, frequent city). */
export function isPlaceWord(word: string): boolean {
  if (COUNTRY_WORDS.has(word) || PLACES.has(word)) return true
  if (!hasAsciiUpper(word)) return false
  const w = word.toLowerCase()
  return COUNTRY_WORDS.has(w) || PLACES.has(w)
}

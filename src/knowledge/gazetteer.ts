/**
 * A gazetteer of countries: names, demonyms, capitals, seats of government and
 * metonyms, each resolved to one country.
 *
 * The bulk comes from the `world-countries` package (mledoze/countries: common
 * and official names, alternative spellings, English demonyms, capitals) for
 * the independent states. Added by hand, because the package lacks them:
 * - short forms news uses for a few states ("US", "U.S.", "America", "UK", "Britain");
 * - older or alternative spellings of capitals ("Kiev" beside "Kyiv");
 * - seats of government and institutions used as metonyms ("the Kremlin",
 *   "the White House", "Downing Street", "the Elysee"), with the country each
 *   stands for;
 * - combining forms of compounds ("Sino-American", "Russo-Japanese").
 * Surface forms that name several countries ("Congolese", "Korean") are dropped
 * as ambiguous, as are capitals that are also common English words or names.
 */
import worldCountries from 'world-countries'
import type { Country } from 'world-countries'
import { allMatches } from './regex.ts'

// The package ships CommonJS with an ESM-style `export default` in its types;
// under NodeNext the default import is the CommonJS export, i.e. the array itself.
const countries: Country[] = ((worldCountries as unknown as { default?: Country[] }).default ?? (worldCountries as unknown as Country[]))

export interface CountryInfo {
  /** ISO 3166-1 alpha-3 code. */
  code: string
  /** Common English name, e.g. "United States". */
  name: string
  /** Short name for labels: "US", "UK", else the common name. */
  short: string
  demonym: string | null
  capitals: string[]
}

export type MentionKind = 'name' | 'demonym' | 'capital' | 'metonym' | 'prefix'

export interface CountryMention {
  code: string
  kind: MentionKind
  start: number
  end: number
  text: string
}

/** Short labels that differ from the common name; common English usage. */
const SHORT: Record<string, string> = { USA: 'US', GBR: 'UK' }

/** Extra names for a few states, as English-language news writes them. */
const EXTRA_NAMES: Record<string, string[]> = {
  USA: ['US', 'U.S.', 'U.S.A.', 'USA', 'America', 'United States of America'],
  GBR: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  RUS: ['Russian Federation'],
  CHN: ["People's Republic of China", 'PRC'],
  CZE: ['Czech Republic'],
  TUR: ['Turkey', 'Türkiye', 'Turkiye'],
  NLD: ['Holland'],
  COD: ['DRC', 'DR Congo'],
  PRK: ['DPRK'],
}

/** Alternative spellings of capitals still common in news (transliteration changes). */
const EXTRA_CAPITALS: Record<string, string[]> = {
  UKR: ['Kiev'],
  USA: ['Washington'],
  IND: ['New Delhi', 'Delhi'],
  MMR: ['Rangoon', 'Yangon'],
  KAZ: ['Astana', 'Nur-Sultan'],
}

/**
 * Seats of government, residences and institutions that stand for a state in
 * news copy ("the Kremlin said"). Matched case-sensitively as written.
 */
export const METONYMS: Record<string, string> = {
  Kremlin: 'RUS',
  'White House': 'USA',
  Pentagon: 'USA',
  'State Department': 'USA',
  'Capitol Hill': 'USA',
  'Foggy Bottom': 'USA',
  'Downing Street': 'GBR',
  Whitehall: 'GBR',
  'Number 10': 'GBR',
  Elysee: 'FRA',
  'Élysée': 'FRA',
  'Elysée': 'FRA',
  "Quai d'Orsay": 'FRA',
  Zhongnanhai: 'CHN',
  Bankova: 'UKR',
  Chancellery: 'DEU',
  Kanzleramt: 'DEU',
  'Blue House': 'KOR',
  Knesset: 'ISR',
  Majlis: 'IRN',
  'Rashtrapati Bhavan': 'IND',
  Quirinale: 'ITA',
  'Palazzo Chigi': 'ITA',
  Moncloa: 'ESP',
  Kasumigaseki: 'JPN',
}

/** Combining forms used in compounds ("Sino-American"), from standard English usage. */
const PREFIXES: Record<string, string> = {
  Sino: 'CHN', Russo: 'RUS', Anglo: 'GBR', Franco: 'FRA', Indo: 'IND', Italo: 'ITA',
  Greco: 'GRC', Turco: 'TUR', Germano: 'DEU', Nippo: 'JPN', Americano: 'USA', Irano: 'IRN',
}

/** Capitals that are also ordinary English words or personal names, so cannot stand for a state alone. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Male', 'Malé', 'Monaco', 'Luxembourg', 'Singapore', 'Kuwait City', 'Vatican City', 'Nassau', 'Apia'])

/** Country names that are as often given names or a US state; matching is case-sensitive, which is not enough for these. */
const AMBIGUOUS_NAMES = new Set(['Chad', 'Jordan', 'Georgia'])

const INFO = new Map<string, CountryInfo>()
const SURFACE = new Map<string, { code: string; kind: MentionKind } | null>()

function addSurface(form: string, code: string, kind: MentionKind): void {
  if (!form || form.length < 2) return
  const prev = SURFACE.get(form)
  if (prev === undefined) SURFACE.set(form, { code, kind })
  else if (prev && prev.code !== code) SURFACE.set(form, null) // names two states: ambiguous
}

for (const c of countries) {
  if (!c.independent && !['PSE', 'TWN', 'XKX'].includes(c.cca3)) continue
  const demonym = c.demonyms?.eng?.m ?? null
  const capitals = [...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca3] ?? [])]
  INFO.set(c.cca3, { code: c.cca3, name: c.name.common, short: SHORT[c.cca3] ?? c.name.common, demonym, capitals })
  const names = [c.name.common, c.name.official, ...(EXTRA_NAMES[c.cca3] ?? [])]
  // altSpellings hold ISO codes and native scripts too; keep Latin multi-letter names only.
  for (const alt of c.altSpellings ?? []) if (/^[A-Z][A-Za-z' .-]{3,}$/.test(alt) && !alt.includes(',')) names.push(alt)
  for (const n of names) if (!AMBIGUOUS_NAMES.has(n)) addSurface(n, c.cca3, 'name')
  if (demonym) addSurface(demonym, c.cca3, 'demonym')
  if (c.demonyms?.eng?.f && c.demonyms.eng.f !== demonym) addSurface(c.demonyms.eng.f, c.cca3, 'demonym')
  for (const cap of capitals) if (!AMBIGUOUS_CAPITALS.has(cap)) addSurface(cap, c.cca3, 'capital')
  const dc = (c.capital ?? []).find((cap: string) => / D\.C\.$/.test(cap))
  if (dc) addSurface(dc, c.cca3, 'capital')
}
/**
 * Blocs that take part in relations and events like states do ("EU-China
 * relations", "NATO-Russia talks"). Codes follow the UN/World Bank usage
 * (EUU) or are self-explanatory. "Brussels" stands for the EU in news copy far
 * more often than for Belgium, so it is recorded as the EU's metonym.
 */
const BLOCS: { code: string; name: string; short: string; forms: string[]; metonyms: string[] }[] = [
  { code: 'EUU', name: 'European Union', short: 'EU', forms: ['European Union', 'EU', 'E.U.'], metonyms: ['Brussels'] },
  { code: 'NATO', name: 'NATO', short: 'NATO', forms: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'], metonyms: [] },
]
for (const b of BLOCS) {
  INFO.set(b.code, { code: b.code, name: b.name, short: b.short, demonym: null, capitals: [] })
  for (const f of b.forms) addSurface(f, b.code, 'name')
  for (const m of b.metonyms) SURFACE.set(m, { code: b.code, kind: 'metonym' })
}

for (const [form, code] of Object.entries(METONYMS)) addSurface(form, code, 'metonym')

/** Every country by ISO alpha-3 code. */
export function countryInfo(code: string): CountryInfo | undefined {
  return INFO.get(code)
}

/** The country a single surface form names ("Moscow", "Russian", "the Kremlin"), if exactly one. */
export function countryOf(form: string): string | null {
  const cleaned = form.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '')
  const hit = SURFACE.get(cleaned) ?? (PREFIXES[cleaned] ? { code: PREFIXES[cleaned]!, kind: 'prefix' as const } : null)
  return hit ? hit.code : null
}

/** The metonym's country when `form` is a seat of government or institution standing for a state. */
export function metonymCountry(form: string): string | null {
  const cleaned = form.trim().replace(/^the\s+/i, '')
  return METONYMS[cleaned] ?? null
}

// Forms indexed by their first word, longest first, so "United States of America"
// beats "United States"; a scan visits only capitalised word starts.
const BY_FIRST_WORD = new Map<string, { form: string; code: string; kind: MentionKind }[]>()
for (const [form, hit] of SURFACE) {
  if (!hit) continue
  const first = form.split(/[\s-]/)[0]!
  const list = BY_FIRST_WORD.get(first) ?? []
  list.push({ form, ...hit })
  BY_FIRST_WORD.set(first, list)
}
for (const [prefix, code] of Object.entries(PREFIXES)) {
  const list = BY_FIRST_WORD.get(prefix) ?? []
  list.push({ form: prefix, code, kind: 'prefix' })
  BY_FIRST_WORD.set(prefix, list)
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.form.length - a.form.length)

// Capitalised words, as Latin letter ranges: every gazetteer form is in Latin script, and
// ranges run several times faster than Unicode property classes on bulk text.
const WORD_START = /(?<![A-Za-z0-9\u00C0-\u1FFF])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u1FFF.'’]*/g
const LETTER = /[\p{L}\p{N}]/u

const cache = new Map<string, CountryMention[]>()

/** Every country mention in `text`, in order, with offsets into `text`. Case-sensitive: "us" is never the US. */
export function findCountries(text: string): CountryMention[] {
  const hit = cache.get(text)
  if (hit) return hit
  const out: CountryMention[] = []
  let skipTo = 0
  for (const m of allMatches(WORD_START, text)) {
    const start = m.index!
    if (start < skipTo) continue
    // The first word as the index knows it: "U.S." keeps its dots, "Russia's" loses its possessive.
    const word = m[0].replace(/['’]s$/, '')
    const candidates = BY_FIRST_WORD.get(m[0]) ?? BY_FIRST_WORD.get(word) ?? BY_FIRST_WORD.get(word.replace(/[.'’]+$/, ''))
    if (!candidates) continue
    for (const c of candidates) {
      if (!text.startsWith(c.form, start)) continue
      const end = start + c.form.length
      const next = text[end] ?? ''
      if (c.kind === 'prefix') {
        if (next !== '-' && next !== '–') continue
      } else if (LETTER.test(next) || (next === '.' && LETTER.test(text[end + 1] ?? ''))) continue
      out.push({ code: c.code, kind: c.kind, start, end, text: c.form })
      skipTo = end
      break
    }
  }
  if (cache.size > 2000) cache.clear() // a bounded memo: statements share their article's context
  cache.set(text, out)
  return out
}

/** All countries, sorted by code (stable). */
export function allCountries(): CountryInfo[] {
  return [...INFO.values()].sort((a, b) => a.code.localeCompare(b.code))
}

/**
 * Finds names of people and organisations in a unit: runs of capitalised
 * words, split into a role prefix ("German Deputy Foreign Minister") and a
 * name ("Anna Weber"), told apart by the role, organisation and place
 * lexicons, and linked to the registry (surnames, acronyms, given names).
 */
import { BUSINESS_NOUNS, COURTESY_TITLES, FEMALE_HONORIFICS, FEMALE_ROLES, HONORIFICS, MALE_HONORIFICS, MALE_ROLES, ORG_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS } from '../knowledge/roles.ts'
import { isNewsOutlet } from '../knowledge/outlets.ts'
import { metonymCountry } from '../knowledge/gazetteer.ts'
import { isEnglishWord, isGivenName } from '../knowledge/words.ts'
import type { Entity, Registry } from './entities.ts'
import { givenNameGender, MONTHS_AND_DAYS, NAME_PARTICLES, NAME_SUFFIXES, NOT_NAMES, PLACE_WORDS, THING_NOUNS } from './lexicon.ts'
import { countryOf, isCountryWord, isPlaceWord } from './places.ts'
import type { Token } from './tokens.ts'

export interface NameHit {
  /** Token range [from, to) of the whole mention, role included. */
  from: number
  to: number
  /** Token range of the name itself. */
  nameFrom: number
  entity: Entity
  type: 'name' | 'short' | 'alias'
  role: string | null
}

const EXTRA_ROLES = new Set(['counterpart', 'colleague', 'predecessor', 'successor', 'rival', 'opponent', 'ally', 'deputy', 'boss', 'chief'])

export function isRoleish(t: Token): boolean {
  const w = t.lower
  if (ROLE_NOUNS.has(w) || HONORIFICS.has(w) || EXTRA_ROLES.has(w)) return true
  // Professions by their endings: geologist, physicist, statistician, photographer, psychiatrist.
  if (w.length > 7 && PROFESSION_ENDING.test(w)) return true
  // "co-author", "vice-chair", "ex-minister": a prefixed role.
  const dash = w.indexOf('-')
  return dash > 0 && ROLE_PREFIXES.has(w.slice(0, dash)) && ROLE_NOUNS.has(w.slice(dash + 1))
}

const PROFESSION_ENDING = /(?:ologist|icist|ician|ographer|onomist|iatrist|ologists)$/

const ROLE_PREFIXES = new Set(['co', 'vice', 'ex', 'deputy', 'acting', 'under', 'sub'])

export function isModifierToken(t: Token): boolean {
  return isModifier(t)
}

function isModifier(t: Token): boolean {
  const w = t.lower
  return ROLE_MODIFIERS.has(w) || isCountryWord(w) || w.startsWith('then-') || w.startsWith('ex-') || w.startsWith('co-') || w.startsWith('vice-')
}

function stripPossessive(s: string): string {
  const c = s.charCodeAt(s.length - 1)
  if (c === 39 || c === 0x2019) return s.slice(0, -1)
  if (c === 115 && s.length > 2) {
    const d = s.charCodeAt(s.length - 2)
    if (d === 39 || d === 0x2019) return s.slice(0, -2)
  }
  return s
}

function isAcronym(t: string): boolean {
  return (/^[A-Z][A-Z&]{1,6}$/.test(t) || /^(?:[A-Z]\.){2,4}$/.test(t)) && !THING_ACRONYMS.has(t)
}

/** Acronyms of things, not of bodies that could speak ("TV", "GPS", "CEO"). */
const THING_ACRONYMS = new Set([
  'TV', 'PC', 'AI', 'IT', 'GPS', 'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'VPN', 'SSD', 'HDD', 'USB', 'RGB', 'ECG', 'EKG', 'DNA',
  'RNA', 'HIV', 'LED', 'LCD', 'OLED', 'PDF', 'URL', 'FAQ', 'HD', 'UHD', 'AM', 'PM', 'GMT', 'UTC', 'EST', 'PST', 'BC', 'AD',
  'ID', 'IQ', 'VR', 'AR', 'SUV', 'EV', 'API', 'CPU', 'GPU', 'RAM', 'OS', 'IP', 'PR', 'HR', 'DIY', 'ETA', 'OK', 'FM', 'CD',
  'DVD', 'SMS', 'MRI', 'ICU', 'ER', 'NFT', 'RTX', 'GTX', 'NAS', 'AC', 'DC', 'TL', 'DR', 'WWI', 'WWII', 'WW1', 'WW2',
])

/** "GET FOX BUSINESS ON THE GO", "PROUD OF HOME DEPOT EMPLOYEES": words shouted in capitals, not a name. */
function shouted(tokens: Token[], a: number, b: number): boolean {
  const words = tokens.slice(a, b).filter((t) => t.word)
  return words.length >= 2 && words.every((t) => /^[A-Z][A-Z'’.&-]*$/.test(t.text)) && words.some((t) => t.text.length >= 3 && isEnglishWord(t.text))
}

// "al-Kathiri", "bin-Salman": an Arabic particle joined to a capitalised name.
const JOINED_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|bint)[-‐]\p{Lu}/u

function isNameToken(t: Token): boolean {
  if (!t.word) return false
  if (t.cap) return true
  return JOINED_PARTICLE.test(t.text)
}

/** Capitalised tokens that can be part of a name, particles included when a capitalised token follows. */
/** A quote mark, or a token on the other side of a quotation boundary from the run's start. */
function blockedAt(tokens: Token[], inQuote: boolean[], start: number, k: number): boolean {
  return tokens[k]!.text === '"' || inQuote[k] !== inQuote[start]
}

function runEnd(tokens: Token[], i: number, inQuote: boolean[]): number {
  let j = i
  let hasOrgNoun = false
  while (j < tokens.length && !blockedAt(tokens, inQuote, i, j)) {
    const t = tokens[j]!
    // ("Syria’s al-Tanf": after a possessive, a joined particle starts no name of the run.)
    if (isNameToken(t) && !(j > i && !t.cap && /['’]s$/.test(tokens[j - 1]!.text))) {
      if (ORG_NOUNS.has(t.lower)) hasOrgNoun = true
      j++
      continue
    }
    const next = tokens[j + 1]
    const nextCap = next !== undefined && isNameToken(next) && !blockedAt(tokens, inQuote, i, j + 1)
    if (nextCap && (NAME_PARTICLES.has(t.lower) || t.lower === 'of' || ((t.lower === 'for' || t.lower === 'on') && hasOrgNoun) || (t.lower === 'and' && hasOrgNoun) || t.text === '&')) {
      j++
      continue
    }
    // "Office of the Director", "Office for the Western District": a link and "the" before a capital.
    if ((t.lower === 'of' || t.lower === 'for') && next?.lower === 'the' && tokens[j + 2] && isNameToken(tokens[j + 2]!) && hasOrgNoun) {
      j += 2
      continue
    }
    if (NAME_SUFFIXES.has(t.lower) && j > i) {
      j++
      continue
    }
    break
  }
  // Never end on a particle.
  while (j > i && !isNameToken(tokens[j - 1]!)) j--
  return j
}

export interface NameContext {
  text: string
  unit: number
  tokens: Token[]
  inQuote: boolean[]
  registry: Registry
}

export function findNames(ctx: NameContext): NameHit[] {
  const { tokens, inQuote } = ctx
  const hits: NameHit[] = []
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i]!
    if (!isNameToken(t)) {
      i++
      continue
    }
    const end = runEnd(tokens, i, inQuote)
    const hit = classify(ctx, i, end)
    if (hit) hits.push(hit)
    i = Math.max(end, i + 1)
  }
  return hits
}

/** Splits a capitalised run and links it to the registry. */
/**
 * "Office of the Director of National Intelligence": a title governed by an
 * organisation noun's "of" is part of that organisation's name, unless a role
 * word follows it ("Office of the President spokesman Jane Roe" is a person).
 * `r` is the last token of the role run that starts at or after `a`.
 */
function titleInOrgName(tokens: Token[], a: number, r: number): boolean {
  let f = a
  while (f < r && !isRoleish(tokens[f]!)) f++
  let p = f - 1
  if (p > a && tokens[p]!.lower === 'the') p--
  if (!(p > a && tokens[p]!.lower === 'of' && ORG_NOUNS.has(tokens[p - 1]!.lower))) return false
  for (let k = f + 1; k <= r; k++) if (isRoleish(tokens[k]!)) return false
  return true
}

// Words before which a capitalised month is a date ("in May Democrats ...", "since June").
const BEFORE_DATES = new Set(['in', 'on', 'at', 'by', 'since', 'until', 'till', 'from', 'to', 'of', 'for', 'during', 'before', 'after', 'last', 'next', 'early', 'late', 'mid', 'this', 'that', 'every', 'each', 'through', 'between', 'and', 'or'])

/**
 * "said Will Tjernlund", "according to May Chen": a function word that is also a given name
 * is capitalised mid-sentence only as a name, when a surname follows. At a sentence's start
 * it is read as the word ("Will the court ...").
 */
function givenNameMidSentence(tokens: Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1]
  const next = tokens[a + 1]
  if (!prev?.word || prev.cap || BEFORE_DATES.has(prev.lower) || a + 1 >= b || !next || NOT_NAMES.has(next.lower)) return false
  return isGivenName(tokens[a]!.text) && !/^(?:said|says)$/i.test(tokens[a]!.text)
}

// The legal form a company's name may carry after a comma ("Acme Medical, Inc.").
const CORPORATE_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'co.', 'gmbh', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'lp', 'l.p.', 'llp'])

function classify(ctx: NameContext, from: number, to: number): NameHit | null {
  const { tokens, registry } = ctx
  let a = from
  let b = to
  // Leading sentence words ("But", "When"), and trailing months or days.
  // ("New York Times", "New Delhi": "New" before a capital is part of the name.)
  while (a < b && NOT_NAMES.has(stripPossessive(tokens[a]!.lower)) && !/^[A-Z]{2,}$/.test(tokens[a]!.text) && !isRoleish(tokens[a]!) && !(ORG_NOUNS.has(tokens[a]!.lower) && a + 1 < b) && !(tokens[a]!.text === 'New' && a + 1 < b && tokens[a + 1]!.cap) && !givenNameMidSentence(tokens, a, b)) a++
  while (b > a && (MONTHS_AND_DAYS.has(tokens[b - 1]!.lower) || (NOT_NAMES.has(tokens[b - 1]!.lower) && !/^[A-Z]{2,}$/.test(tokens[b - 1]!.text)))) b--
  if (a >= b || shouted(tokens, a, b)) return null
  // Fast path for the commonest case, a lone capitalised word with nothing role-like
  // before it: it is a mention only of something already known, an acronym or an organisation.
  if (b - a === 1) {
    const t = tokens[a]!
    const prev = a > 0 ? tokens[a - 1] : undefined
    // "BERLIN, March 12 (Reuters)": a place in capitals (a dateline) is no organisation.
    if (t.text.length > 3 && isAcronym(t.text) && (isPlaceWord(t.lower) || isCountryWord(t.lower))) return null
    const roleBefore = prev !== undefined && prev.word && (isRoleish(prev) || isModifier(prev) || prev.cap)
    // "Her son, Daniel,", "the company, Snapwise,": read on below.
    const setOff = prev?.text === ',' && a >= 2 && !tokens[a - 2]!.cap && (isRoleish(tokens[a - 2]!) || FAMILY.has(tokens[a - 2]!.lower) || BUSINESS_NOUNS.has(tokens[a - 2]!.lower))
    if (!roleBefore && !setOff) {
      const w = stripPossessive(t.lower)
      if (!ORG_NOUNS.has(w) && !isAcronym(t.text) && !isAcronym(stripPossessive(t.text)) && !registry.knows(w) && !isNewsOutlet(stripPossessive(t.text), prev?.lower === 'the')) return null
    }
  }

  // "Former City defender Micah Richards": a sentence's capitalised modifier before a run holding
  // no role word is not part of a name.
  while (b - a > 1 && STATUS_WORDS.has(tokens[a]!.lower) && !tokens.slice(a, b).some(isRoleish)) a++
  // Role prefix: the longest run of role words and modifiers that ends in a role word.
  let r = -1
  let ofTitle = false
  for (let k = a; k < b - 1; k++) {
    const tk = tokens[k]!
    if (isRoleish(tk)) {
      r = k
      ofTitle = false
    } else if (r >= 0 && tk.lower === 'of' && r === k - 1) ofTitle = true
    // "Secretary of State", "Director of National Intelligence": the title runs through its "of" phrase.
    else if (ofTitle && (isModifier(tk) || ORG_NOUNS.has(tk.lower) || isPlaceWord(tk.lower))) r = k
    else if (!(isModifier(tk) || tk.lower === 'of' || tk.lower === 'the' || ORG_NOUNS.has(tk.lower) || isPlaceWord(tk.lower) || PLACE_WORDS.has(tk.lower) || (r < 0 && tk.cap))) break
  }
  // A title ends where the name begins: the tokens after it must look like a name.
  if (r >= 0) {
    const rest = tokens.slice(r + 1, b)
    const nameLike = rest.length > 0 && rest.length <= 5 && rest[0]!.cap && rest.every((x) => !ORG_NOUNS.has(x.lower) && !isRoleish(x) && x.lower !== 'of' && x.lower !== 'for' && x.lower !== 'and' && x.lower !== 'the') && (HONORIFICS.has(tokens[r]!.lower) || !rest.every((x) => isPlaceWord(x.lower)))
    if (!nameLike || titleInOrgName(tokens, a, r)) r = -1
  }
  let nameFrom = r >= 0 ? r + 1 : a
  // "geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": after a role, a name ends
  // before "of" and an organisation.
  if (r >= 0 || (a > 0 && isRoleish(tokens[a - 1]!))) {
    const of = tokens.slice(nameFrom, b).findIndex((x) => x.lower === 'of')
    const after = of > 0 ? tokens.slice(nameFrom + of + 1, b) : []
    if (of >= 2 && of <= 3 && after.some((x) => ORG_NOUNS.has(stripPossessive(x.lower)) || isAcronym(stripPossessive(x.text)))) b = nameFrom + of
  }
  // "American Kevin King": a demonym before a full name describes the person.
  const orgRun = tokens.slice(nameFrom, b).some((x) => ORG_NOUNS.has(stripPossessive(x.lower)))
  while (!orgRun && b - nameFrom > 2 && isCountryWord(tokens[nameFrom]!.lower)) nameFrom++
  const nameToks = tokens.slice(nameFrom, b)
  const lastTok = nameToks[nameToks.length - 1]!
  const possessive = /['’]s?$/.test(lastTok.text) && !/^[A-Z]+'?$/.test(lastTok.text)
  const nameEnd = possessive ? lastTok.end - (lastTok.text.endsWith('s') ? 2 : 1) : lastTok.end
  const name = ctx.text.slice(nameToks[0]!.start, nameEnd)
  const words = nameToks.map((x) => stripPossessive(x.lower))
  // "New Zealand", "New Zealanders": a country or its people.
  const whole = words.join(' ')
  if (words.length > 1 && (isCountryWord(whole) || isCountryWord(whole.replace(/s$/, '')))) return null
  // "The Prime Minister", "the Chancellor": a capitalised title alone names nobody (not after "Mr": "Mr King").
  const titleOnly = nameToks.some(isRoleish) && nameToks.every((x) => isRoleish(x) || isModifier(x)) && !words.some((x) => ORG_NOUNS.has(x))
  if (titleOnly && !(r >= 0 && HONORIFICS.has(tokens[r]!.lower)) && !HONORIFICS.has(tokens[nameFrom - 1]?.lower ?? '') && !(registry.full(name) ?? registry.surname(name))) return null

  let roleFrom = r >= 0 ? a : nameFrom
  if (r >= 0 || nameFrom === a) roleFrom = extendRoleLeft(tokens, r >= 0 ? a : nameFrom)
  // "Political analyst Dr. Fiona Reid": a courtesy or academic title after the role is not part of it.
  let roleEnd = nameFrom
  while (roleEnd - 1 > roleFrom && COURTESY_TITLES.has(tokens[roleEnd - 1]!.lower)) roleEnd--
  const role = roleFrom < nameFrom ? ctx.text.slice(tokens[roleFrom]!.start, tokens[roleEnd - 1]!.end) : null
  const roleHasNoun = role !== null && tokens.slice(roleFrom, nameFrom).some(isRoleish)
  const mention = { from: roleHasNoun ? roleFrom : nameFrom, to: b, nameFrom }

  // Organisations: acronyms, runs with an organisation noun, "the X daily", "Acme Medical, Inc.".
  const incorporated = tokens[b]?.text === ',' && CORPORATE_SUFFIXES.has(tokens[b + 1]?.lower ?? '')
  const orgLike = incorporated || words.some((w) => ORG_NOUNS.has(w)) || nameToks.some((t) => isAcronym(stripPossessive(t.text)) && !isRoleish(t) && !isCountryWord(t.lower))
  // "told Al Jazeera", "according to Interfax": a news outlet, whatever its name looks like.
  // (Not a person already known by that name: "Michael Bloomberg ... Bloomberg added".)
  const knownAs = registry.full(name) ?? registry.surname(name) ?? registry.tail(name)
  // "Downing Street said", "the Elysee": a seat of government stands for it.
  if ((isNewsOutlet(name, tokens[nameFrom - 1]?.lower === 'the') || metonymCountry(name) !== null) && knownAs?.kind !== 'person') {
    return orgHit(ctx, name, { from: nameFrom, to: b, nameFrom })
  }
  // "the official IRNA news agency": a lone acronym after a role word names an organisation, not a person.
  if (roleHasNoun && nameToks.length === 1 && isAcronym(stripPossessive(lastTok.text)) && !isCountryWord(words[0]!) && registry.full(name)?.kind !== 'person') {
    return orgHit(ctx, name, { from: nameFrom, to: b, nameFrom })
  }
  if (!roleHasNoun && orgLike) {
    if (words.every((w) => isCountryWord(w))) return null
    return orgHit(ctx, name, mention)
  }
  // After a courtesy title a place word is a surname ("Ms Hill", "Mr. Field").
  const courtesy = r >= 0 && HONORIFICS.has(tokens[r]!.lower)
  if (!courtesy && words.every((w) => isPlaceWord(w) || PLACE_WORDS.has(w) || isCountryWord(w))) {
    // "the Gazette daily": handled as an organisation by the speaker parser.
    return null
  }
  if (words.some((w) => MONTHS_AND_DAYS.has(w))) return null

  // Known people: full name, surname or given name.
  const known = registry.full(name) ?? (words.length === 1 ? registry.surname(words[0]!) ?? registry.given(words[0]!) ?? registry.alias(words[0]!) : undefined)
  if (known) {
    if (roleHasNoun && role) registry.addRole(known, role)
    return hit(mention, known, words.length === 1 && known.name.toLowerCase() !== words[0] ? 'short' : 'name', role)
  }
  if (words.length > 1) {
    // The end of a known longer name ("Van Der Beek" after "James Van Der Beek").
    const tail = registry.tail(name)
    if (tail) return hit(mention, tail, 'short', role)
    // A longer form of a known short name ("Smith" then "John Smith").
    const bySurname = registry.surname(words[words.length - 1]!)
    if (bySurname && bySurname.kind === 'person' && (bySurname.given === '' || bySurname.given === words[0])) {
      if (bySurname.given === '') {
        bySurname.name = name
        bySurname.given = words[0]!
        registry.index(bySurname)
      }
      if (roleHasNoun && role) registry.addRole(bySurname, role)
      return hit(mention, bySurname, 'name', role)
    }
  }
  const given = givenNameGender(words[0]!)
  const single = words.length === 1
  // "Main Street", "Harbor Road": an address, not a person.
  if (!single && !given && THOROUGHFARES.has(words[words.length - 1]!)) return null
  // "Elena Marsh, Science Correspondent", "Chief Strategy Officer": a run ending in a role word,
  // with no other, is a title, not a name ("SoftBank CEO Masayoshi Son" is one). After "the" it
  // may be a title ("the Argus Leader"), left to be read as before.
  const last = words[words.length - 1]!
  const afterThe = nameFrom > 0 && tokens[nameFrom - 1]!.lower === 'the'
  if (!single && !given && !afterThe && ROLE_NOUNS.has(last) && !HONORIFICS.has(last) && !FAMILY.has(last) && !nameToks.slice(0, -1).some(isRoleish)) return null
  // "the company, Snapwise, ...": a single name set off after a word for a business is that business.
  if (single && !roleHasNoun && nameFrom >= 2 && tokens[nameFrom - 1]!.text === ',' && tokens[b]?.text === ',' && BUSINESS_NOUNS.has(tokens[nameFrom - 2]!.lower)) {
    const business = orgHit(ctx, name, mention)
    registry.businesses.add(business.entity)
    return business
  }
  // "Her son, Daniel, ...": a known given name set off after a role or family word is that person.
  if (single && !roleHasNoun && given && nameFrom >= 2 && tokens[nameFrom - 1]!.text === ',' && (tokens[b]?.text === ',' || tokens[b] === undefined)) {
    const noun = tokens[nameFrom - 2]!
    if (!noun.cap && (isRoleish(noun) || FAMILY.has(noun.lower))) {
      const e = registry.add('person', name)
      e.evidence = 2
      e.gender = genderOf([noun], words[0]!, false)
      registry.addRole(e, noun.text)
      return hit(mention, e, 'name', null)
    }
  }
  // A lone capitalised word is a person only with a title; others are left to the speaker parser.
  if (single && !roleHasNoun) return null
  if (!single && !given && !roleHasNoun && words.length > 4) return null
  // "Privacy Policy", "Go-Kart Track": a thing, which a later "he said" must not point at.
  // (With a capitalised title before it too: "Ultimate Collector Series Master Builder Series".)
  if (!given && (!roleHasNoun || tokens.slice(roleFrom, nameFrom).every((t) => t.cap)) && THING_NOUNS.has(words[words.length - 1]!)) return null
  const e = registry.add('person', name)
  e.evidence = (given ? 1 : 0) + (roleHasNoun ? 1 : 0)
  e.gender = genderOf(tokens.slice(roleFrom, nameFrom), words[0]!, single)
  if (roleHasNoun && role) {
    registry.addRole(e, role)
    for (const tk of tokens.slice(roleFrom, nameFrom)) {
      const c = countryOf(tk.lower)
      if (c && !e.countries.includes(c)) e.countries.push(c)
    }
  }
  // "her daughter, Ruth Grant,": a role set off before the name (and its honorific: ", Shri Harish Bhardwaj").
  const comma = HONORIFICS.has(tokens[nameFrom - 1]?.lower ?? '') ? nameFrom - 2 : nameFrom - 1
  const courtesyOnly = roleFrom < nameFrom && tokens.slice(roleFrom, nameFrom).every((t) => COURTESY_TITLES.has(t.lower))
  const untitled = !roleHasNoun || courtesyOnly
  const setOffRole = untitled && comma >= 2 && tokens[comma]!.text === ',' ? tokens[comma - 1]! : null
  // (British copy capitalises the role: "The Chancellor, Rachel Green,".)
  if (setOffRole && (!setOffRole.cap || tokens[comma - 2]!.lower === 'the') && (isRoleish(setOffRole) || FAMILY.has(setOffRole.lower)) && POSSESSIVE_DETERMINERS.has(tokens[comma - 2]!.lower)) {
    registry.addRole(e, setOffRole.text)
    if (e.gender === 'unknown') e.gender = genderOf([setOffRole], words[0]!, true)
  } else if (untitled && comma >= 3 && tokens[comma]!.text === ',') {
    // "The State Minister for Rural Development, Shri Harish Bhardwaj,": a titled phrase.
    const title = setOffTitle(tokens, comma)
    if (title) registry.addRole(e, ctx.text.slice(tokens[title[0]]!.start, tokens[title[1]]!.end))
  }
  return hit(mention, e, 'name', role)
}

/**
 * "The State Minister for Rural Development, X", "the district president of the opposition Y
 * party, X": "the", a role with its modifiers, and an of/for phrase, ending at the comma at
 * `comma`. Returns the role's first and last token.
 */
function setOffTitle(tokens: Token[], comma: number): [number, number] | null {
  let r = -1
  for (let k = comma - 1; k >= 0 && comma - k <= 9; k--) {
    const t = tokens[k]!
    if (!t.word) return null
    if (isRoleish(t) && (tokens[k + 1]?.lower === 'for' || tokens[k + 1]?.lower === 'of')) {
      r = k
      break
    }
  }
  if (r < 0) return null
  let from = r
  while (from - 1 >= 0 && r - from < 4 && (isModifier(tokens[from - 1]!) || (tokens[from - 1]!.cap && tokens[from - 1]!.lower !== 'the'))) from--
  return POSSESSIVE_DETERMINERS.has(tokens[from - 1]?.lower ?? '') ? [from, comma - 1] : null
}

/** Determiners before a role set off before a name ("her daughter, Ruth Grant"). */
const POSSESSIVE_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its'])

interface Mention {
  from: number
  to: number
  nameFrom: number
}

/** A hit for a mention; spelled out rather than spread, as this runs for every capitalised run. */
function hit(m: Mention, entity: Entity, type: NameHit['type'], role: string | null): NameHit {
  return { from: m.from, to: m.to, nameFrom: m.nameFrom, entity, type, role }
}

function orgHit(ctx: NameContext, name: string, mention: Mention): NameHit {
  const { registry, tokens } = ctx
  const clean = name.replace(/^the\s+/i, '')
  let e = registry.full(clean) ?? registry.alias(clean)
  if (!e) e = registry.add('organization', clean)
  // "(DHS)" right after the name is its acronym.
  const open = tokens[mention.to]
  const acr = tokens[mention.to + 1]
  const close = tokens[mention.to + 2]
  if (open?.text === '(' && acr && isAcronym(acr.text) && close?.text === ')' && !e.aliases.includes(acr.lower)) {
    e.aliases.push(acr.lower)
    registry.setKey(acr.lower, e)
  }
  return hit(mention, e, e.name.toLowerCase() === clean.toLowerCase() ? 'name' : 'alias', null)
}

/** The last words of street names. */
const THOROUGHFARES = new Set(['street', 'avenue', 'road', 'boulevard', 'highway', 'square', 'plaza', 'lane', 'st.', 'ave.', 'rd.', 'blvd.'])

/** Family words, which are also surnames ("Son"). */
const FAMILY = new Set(['son', 'daughter', 'brother', 'sister', 'father', 'mother', 'wife', 'husband', 'uncle', 'aunt', 'cousin'])

/** Words for how long or in what standing a role is held ("Former", "Acting"), never a name's first word. */
const STATUS_WORDS = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'retired', 'longtime'])

/** Lower-case role words and capitalised modifiers before a name ("White House spokesman", "former"). */
function extendRoleLeft(tokens: Token[], k: number): number {
  // "the chief executive of Acme Corp", "the wife of John Smith": a role joined by "of" is held
  // at what follows, never by it.
  if (k > 0 && tokens[k - 1]!.lower === 'of') return k
  let s = k
  while (s > 0) {
    const t = tokens[s - 1]!
    if (!t.word) break
    // "union president", "campaign manager": a lower-case organisation noun qualifies a role too.
    if (isRoleish(t) || isModifier(t) || (t.cap && !NOT_NAMES.has(t.lower)) || (ORG_NOUNS.has(t.lower) && s < k + 3) || (t.lower === 'of' && s - 2 >= 0 && isRoleish(tokens[s - 2]!))) {
      s--
      continue
    }
    break
  }
  // A role starts with a role word or a modifier, never with "of".
  while (s < k && tokens[s]!.lower === 'of') s++
  return s
}

function genderOf(roleToks: Token[], first: string, single: boolean): 'male' | 'female' | 'unknown' {
  for (const t of roleToks) {
    if (FEMALE_HONORIFICS.has(t.lower) || FEMALE_ROLES.has(t.lower)) return 'female'
    if (MALE_HONORIFICS.has(t.lower) || MALE_ROLES.has(t.lower)) return 'male'
  }
  if (single) return 'unknown'
  return givenNameGender(first) ?? 'unknown'
}

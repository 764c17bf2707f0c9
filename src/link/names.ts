/**
 * Person names reduced to comparison keys that survive transliteration.
 *
 * Names transliterated from Cyrillic, Arabic or Chinese reach English copy in
 * several spellings (-y/-i/-iy/-yy endings, ks/x, kh/h, j/y, doubled letters).
 * The key folds those differences so that all spellings of one name meet,
 * while different names stay different.
 */

/** Honorifics and generic titles that precede a name and are not part of it. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'col', 'sen', 'rep', 'gov', 'rev'])
/**
 * Titles an extractor may leave in front of a name ("President Smith"); they
 * are roles, not names, so they are dropped before comparing.
 */
const TITLES = new Set([
  'president', 'vice', 'prime', 'minister', 'chancellor', 'senator', 'governor', 'mayor', 'king', 'queen',
  'prince', 'princess', 'pope', 'general', 'admiral', 'secretary', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'chairman', 'chairwoman', 'deputy', 'foreign', 'defence', 'defense', 'former', 'sheikh', 'emir',
  'judge', 'justice', 'commissioner', 'premier', 'congressman', 'congresswoman', 'speaker', 'leader', 'archbishop',
])
/** Particles that open a surname ("Le Drian", "von der Leyen", "al-Assad"): a name starting with one has no given name. */
const PARTICLES = new Set(['le', 'la', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'ter', 'al', 'el', 'bin', 'ben', 'ibn', 'abu', 'mac', 'st'])
/** Generational suffixes that follow a surname. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])

/** Transliteration-tolerant key of one name token ("Dmitriy" and "Dmitri" give the same key). */
export function tokenKey(token: string): string {
  let k = token
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
  k = k
    .replace(/kh/g, 'h')
    .replace(/ks/g, 'x')
    .replace(/ck/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/^ye/, 'e')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(iy|yy|ii|yi|ij|ei|ey|y)$/, 'i')
    .replace(/(.)\1+/g, '$1')
  return k
}

/**
 * Given names that are one name in two languages' spellings: Ukrainian and
 * Russian forms (Volodymyr/Vladimir, Oleksandr/Aleksandr), and common English
 * renderings of the same Slavic names. Written as plain words; each is reduced
 * with `tokenKey` at load and mapped to its group's first form.
 */
const GIVEN_NAME_GROUPS: string[][] = [
  ['Vladimir', 'Volodymyr', 'Wladimir', 'Włodzimierz'],
  ['Alexander', 'Aleksandr', 'Oleksandr', 'Aleksander', 'Alexandr'],
  ['Alexei', 'Aleksei', 'Alexey', 'Oleksiy', 'Oleksii', 'Aleksiy'],
  ['Dmitry', 'Dmytro', 'Dimitri', 'Dmitrij'],
  ['Andrei', 'Andrey', 'Andriy', 'Andrii', 'Andrzej'],
  ['Sergei', 'Sergey', 'Serhiy', 'Serhii', 'Sergiy'],
  ['Nikolai', 'Nikolay', 'Mykola', 'Nicolai'],
  ['Mikhail', 'Mykhailo', 'Michail', 'Mychajlo'],
  ['Yevgeny', 'Evgeny', 'Evgeniy', 'Yevhen', 'Evgenii', 'Yevgeniy'],
  ['Yuri', 'Yuriy', 'Yury', 'Yurii', 'Iurii', 'Jurij'],
  ['Pyotr', 'Petr', 'Petro', 'Piotr'],
  ['Igor', 'Ihor'],
  ['Gennady', 'Hennadiy', 'Gennadiy', 'Gennadii'],
  ['Georgy', 'Heorhiy', 'Georgiy', 'Georgii'],
  ['Kirill', 'Kyrylo'],
  ['Vitaly', 'Vitaliy', 'Vitalii'],
  ['Pavel', 'Pavlo'],
  ['Anatoly', 'Anatoliy', 'Anatolii'],
  ['Valery', 'Valeriy', 'Valerii'],
  ['Vasily', 'Vasyl', 'Vasiliy', 'Wassili'],
  ['Grigory', 'Hryhoriy', 'Grigoriy'],
  ['Olga', 'Olha'],
  ['Yulia', 'Yuliya', 'Iuliia', 'Julia'],
  ['Natalia', 'Nataliya', 'Natalya'],
  ['Tatiana', 'Tetiana', 'Tatyana'],
  ['Muhammad', 'Mohammed', 'Mohammad', 'Muhammed', 'Mohamed', 'Mohamad'],
]

const GIVEN = new Map<string, string>()
for (const group of GIVEN_NAME_GROUPS) for (const n of group) if (!GIVEN.has(tokenKey(n))) GIVEN.set(tokenKey(n), tokenKey(group[0]!))

export interface ParsedName {
  /** The tokens of the name, honorifics and suffixes removed, as written. */
  tokens: string[]
  /** Key of the first given name, or null for a surname-only name. */
  first: string | null
  /** True when the given name is only an initial ("D. Smith"). */
  initial: boolean
  /** Keys of middle names or initials. */
  middle: string[]
  /** Key of the surname (last token, particles such as "von der" dropped). */
  last: string
}

export function parseName(name: string): ParsedName {
  let tokens = name
    .replace(/[’']s$/, '')
    .split(/\s+/)
    .map((t) => t.replace(/,$/, ''))
    .filter(Boolean)
  const lead = (t: string) => t.toLowerCase().replace(/\.$/, '')
  while (tokens.length > 1 && (HONORIFICS.has(lead(tokens[0]!)) || TITLES.has(lead(tokens[0]!)))) tokens = tokens.slice(1)
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!.toLowerCase().replace(/\.$/, ''))) tokens = tokens.slice(0, -1)
  // "al-Assad" and "Assad" are one surname: a hyphenated Arabic article is not part of the key.
  const last = tokenKey((tokens[tokens.length - 1] ?? name).replace(/^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]/i, ''))
  if (tokens.length < 2 || PARTICLES.has(tokens[0]!.toLowerCase().replace(/[-.]$/, ''))) return { tokens, first: null, initial: false, middle: [], last }
  const firstRaw = tokens[0]!
  const initial = /^\p{Lu}\.?$/u.test(firstRaw)
  // Lower-case particles ("von", "de", "al") belong to the surname, not to the middle names.
  const middle = tokens.slice(1, -1).filter((t) => /^\p{Lu}/u.test(t)).map(tokenKey)
  const firstKey = tokenKey(firstRaw)
  return { tokens, first: initial ? firstKey : (GIVEN.get(firstKey) ?? firstKey), initial, middle, last }
}

/** Key for exact full-name matching: first and last name. */
export function fullKey(p: ParsedName): string | null {
  return p.first && !p.initial ? `${p.first} ${p.last}` : null
}

/** True when two given names can be the same: equal keys, or an initial matching the other's first letter. */
export function firstNamesCompatible(a: ParsedName, b: ParsedName): boolean {
  if (!a.first || !b.first) return true
  if (a.initial || b.initial) return a.first[0] === b.first[0]
  return a.first === b.first
}

/** Middle names conflict only when both are given and differ ("George H. W." vs "George W."). */
export function middlesCompatible(a: ParsedName, b: ParsedName): boolean {
  if (a.middle.length === 0 || b.middle.length === 0) return true
  return a.middle.join(' ') === b.middle.join(' ') || a.middle.every((m, i) => b.middle[i]?.[0] === m[0])
}

/**
 * English words and given names, to tell a name from a run of capitalised
 * words ("Nintendo Switch Lite", "Echo Dot", "Solar System") when nothing else
 * marks it as a person.
 *
 * - Words: `an-array-of-english-words` (wooorm, from the SCOWL lists), 275,000
 *   words in lower case.
 * - Given names: `human-names` (English, Italian, French, German, Spanish and
 *   Dutch first names), 4,600 names.
 *
 * Both are read on first use (about 40 ms), so a build that extracts nothing
 * never loads them.
 */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

let words: Set<string> | null = null
let given: Set<string> | null = null

/** Whether `word` is an English dictionary word (any case). */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(require('an-array-of-english-words') as string[])
  return words.has(word.toLowerCase())
}

/** Whether `word` is a first name in the given-name lists (any case). */
export function isGivenName(word: string): boolean {
  if (!given) {
    const lists = require('human-names') as Record<string, unknown>
    given = new Set(['allEn', 'allIt', 'allFr', 'allDe', 'allEs', 'allNl'].flatMap((k) => (lists[k] as string[]) ?? []).map((n) => n.toLowerCase()))
  }
  return given.has(word.toLowerCase())
}

/**
 * Content words of a statement, reduced to comparable "concepts": lower-cased,
 * stop words dropped, Porter-stemmed (the `stemmer` package), then mapped
 * through a small synonym table so that two translations of one statement
 * ("no reason for optimism" / "no grounds for hope") share their concepts.
 */
import { stemmer } from 'stemmer'
import { findCountries } from '../knowledge/gazetteer.ts'
import { Tokens } from './tokens.ts'
import { WordTable } from './word-table.ts'

/**
 * Function words that carry no content (a short list in the spirit of the
 * SMART/Snowball English stop lists). Negators are deliberately kept: "no" is
 * content in "no improvement".
 */
const STOP = new Set(
  (
    'a an the and or but if of to in on at by for from with as into onto over under about against between through during ' +
    'before after above below up down out off than then so such too very can could will would shall should may might must ' +
    'is am are was were be been being have has had having do does did doing this that these those there here it its itself ' +
    'i me my we us our ours you your he him his she her they them their what which who whom whose when where why how ' +
    'all any both each few more most other some own same just also only one way another said says say told added noted ' +
    "stressed according s t don't it's ’s 's"
  ).split(/\s+/),
)

/**
 * Synonym classes seen across translations of the same statement in wire
 * copy ("no reason for optimism" / "no grounds for hope"). Written as plain
 * words; each is Porter-stemmed at load and mapped to its class's first word.
 * Kept general: the vocabulary of diplomatic and political statements. Loose
 * on purpose: it only ever compares statements of one speaker, days apart.
 */
const SYNONYM_CLASSES: string[][] = [
  ['reason', 'grounds', 'basis', 'cause'],
  ['optimism', 'hope', 'hopeful', 'optimistic'],
  ['see', 'expect', 'anticipate', 'foresee'],
  ['no', 'not', 'never', 'none', 'hardly', 'without'],
  ['improvement', 'improve', 'progress', 'better', 'advance'],
  ['relations', 'ties', 'relationship'],
  ['talks', 'negotiations', 'dialogue', 'conversation'],
  ['bad', 'poor', 'terrible', 'awful'],
  ['significant', 'major', 'substantial', 'considerable', 'serious', 'big', 'large', 'huge', 'massive'],
  ['impact', 'effect', 'influence', 'consequences', 'affect', 'change'],
  ['need', 'necessary', 'necessity', 'require'],
  ['exaggerate', 'overstate', 'overestimate', 'overrate'],
  ['important', 'importance'],
  ['elections', 'vote', 'polls', 'ballot'],
  ['meeting', 'summit'],
  ['war', 'conflict', 'hostilities'],
  ['sanctions', 'restrictions', 'embargo'],
  ['country', 'nation', 'state'],
  ['believe', 'think', 'consider'],
  ['remain', 'stay', 'continue', 'persist', 'keep'],
  ['low', 'bottom'],
  ['difficult', 'hard', 'tough'],
  ['ceasefire', 'truce'],
  ['ready', 'prepared', 'willing', 'open'],
  ['want', 'wish', 'desire', 'seek'],
  ['concern', 'worry', 'alarm'],
  ['threat', 'danger', 'risk'],
  ['attack', 'strike', 'assault'],
  ['agreement', 'deal', 'accord', 'treaty'],
  ['weapons', 'arms', 'armaments', 'weaponry'],
  ['support', 'backing', 'assistance', 'aid', 'help'],
  ['increase', 'grow', 'rise', 'raise'],
  ['decrease', 'reduce', 'decline', 'fall', 'drop'],
  ['stop', 'halt', 'cease', 'end', 'suspend'],
  ['start', 'begin', 'launch', 'commence'],
  ['people', 'citizens', 'population', 'public'],
  ['government', 'administration', 'authorities'],
  ['military', 'army', 'forces', 'troops'],
  ['problem', 'issue', 'difficulty', 'challenge'],
  ['solution', 'settlement', 'resolution'],
  ['possibility', 'chance', 'prospect', 'opportunity'],
  ['allegations', 'accusations', 'claims', 'charges'],
  ['comment', 'respond', 'remark'],
]

const SYNONYM = new Map<string, string>()
for (const cls of SYNONYM_CLASSES) {
  const head = stemmer(cls[0]!)
  for (const w of cls) if (!SYNONYM.has(stemmer(w))) SYNONYM.set(stemmer(w), head)
}
SYNONYM.set("n't", stemmer('no'))

/** Concept of each word seen, null for a stop word: one look-up per token, read in place (bounded). */
const conceptCache = new WordTable<string | null>(200_000)

/** Concept of the current token of `t`, or null for a stop word. */
function concept(t: Tokens): string | null {
  let s = conceptCache.get(t.text, t.start, t.end)
  if (s === undefined) {
    const word = t.word()
    if (STOP.has(word)) s = null
    else {
      const stem = word.endsWith("n't") ? "n't" : stemmer(word)
      s = SYNONYM.get(stem) ?? stem
    }
    conceptCache.add(word, s)
  }
  return s
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/**
 * The set of content concepts of `text`. Country names, demonyms, capitals
 * and metonyms become the country's code ("Moscow", "Russian" and "the
 * Kremlin" are one concept), as translations swap them freely.
 */
export function concepts(text: string): Set<string> {
  const out = new Set<string>()
  const countries = findCountries(text)
  if (countries.length) {
    let plain = ''
    let at = 0
    for (const m of countries) {
      out.add(`@${m.code}`)
      plain += text.slice(at, m.start) + ' '
      at = m.end
    }
    text = plain + text.slice(at)
  }
  const t = new Tokens(text.toLowerCase())
  while (t.next()) {
    // A single character counts only as a digit.
    if (t.end - t.start < 2 && !isDigit(t.first())) continue
    const c = concept(t)
    if (c !== null) out.add(c)
  }
  return out
}

/** Dice coefficient of two concept sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Concept counts of `text` (a bag of concepts), for tf-idf vectors. Numbers are left out: dates and counts differ between reports of one event. */
export function conceptCounts(text: string, into: Map<string, number> = new Map(), weight = 1): Map<string, number> {
  const t = new Tokens(text.toLowerCase())
  while (t.next()) {
    if (t.end - t.start < 3 || isDigit(t.first())) continue
    const c = concept(t)
    if (c !== null) into.set(c, (into.get(c) ?? 0) + weight)
  }
  return into
}


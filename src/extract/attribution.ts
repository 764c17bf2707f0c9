/**
 * Finds the cues of a unit (a reporting verb with its speaker, "according
 * to X", ", saying ...", "which said that ...") and the content each cue
 * introduces: direct quotes, partial quotes inside reported speech, and
 * indirect speech without quotation marks.
 */
import { COGNITIVE, PHRASAL, reportingVerb, type VerbEntry } from '../knowledge/reporting-verbs.ts'
import { pronoun } from '../knowledge/pronouns.ts'
import type { Item } from './items.ts'
import { speakerAfter, speakerBefore, type SpeakerContext, type SpeakerHit } from './speaker.ts'

export interface Cue {
  speaker: SpeakerHit
  /** Item range of the whole cue (speaker and verb group). */
  from: number
  to: number
  /** Item range of the verb group (verb, particle, hearer, "that"). */
  verbFrom: number
  verbTo: number
  kind: 'post' | 'pre' | 'both' | 'bare'
  /** Item range of the content, when it follows (pre) or precedes (post). */
  pre: [number, number] | null
  post: [number, number] | null
  lemma: string
  /** A relay ("Reuters reports"): its content is the rest of the unit's statements. */
  relay: boolean
}

const SKIP_BEFORE_VERB = new Set([
  'also', 'later', 'previously', 'again', 'then', 'further', 'recently', 'repeatedly', 'once', 'earlier',
  'reportedly', 'publicly', 'privately', 'simply', 'flatly', 'bluntly', 'separately', 'initially', 'originally',
  'subsequently', 'quickly', 'immediately', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will',
  'just', 'already', 'often', 'always', 'long', 'first', 'last', 'today', 'yesterday', 'since', 'since',
  'and', 'time', 'again', 'even', 'still', 'frequently', 'openly', 'explicitly',
])
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'no'])
const ADJUNCT_START = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'via', 'through', 'while', 'when',
  'last', 'this', 'earlier', 'later', 'yesterday', 'today', 'tonight', 'late', 'early', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'over', 'by', 'outside', 'inside', 'upon',
  'following', 'ahead', 'amid', 'about', 'of', 'again', 'also', 'repeatedly', 'publicly', 'privately',
  'recently', 'previously', 'then', 'shortly', 'separately', 'once', 'too', 'as', 'under', 'for',
  'next', 'back', 'there', 'here', 'afterward', 'afterwards', 'twice', 'several', 'a', 'an', 'the', 'one',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.',
])
const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'did', 'does', 'do', "won't", "wouldn't", "can't", "couldn't", "isn't",
  "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", 'shall',
  "it's", "he's", "she's", "they're", "we're", "i'm", "there's", "that's", "it’s", "he’s", "she’s",
  'needs', 'need', 'wants', 'want', 'plans', 'intends', 'expects', 'hopes', 'remains', 'remain', 'seems',
  'believes', 'knows', 'thinks', 'feels', 'wanted', 'planned', 'going', 'got', 'gets', 'get', 'made',
  'makes', 'make', 'took', 'takes', 'gave', 'gives', 'came', 'comes', 'went', 'goes', 'saw', 'sees',
  'knew', 'thought', 'felt', 'told', 'said', 'says', 'became', 'becomes', 'kept', 'keeps', 'left', 'lost',
  'won', 'wins', 'ran', 'runs', 'met', 'meets', 'paid', 'pays', 'held', 'holds', 'brought', 'brings',
  'began', 'begins', 'sent', 'sends', 'put', 'puts', 'set', 'let', 'lets', 'led', 'leads', 'stood', 'stands',
])
const GERUND_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'stressing', 'warning', 'insisting', 'claiming', 'explaining', 'telling', 'writing', 'calling', 'urging', 'asking', 'suggesting', 'describing', 'declaring', 'asserting', 'emphasizing', 'emphasising', 'acknowledging', 'admitting', 'predicting', 'promising', 'vowing', 'pointing', 'recalling', 'tweeting', 'complaining', 'charging', 'alleging', 'contending', 'maintaining', 'accusing', 'denying', 'questioning', 'lamenting', 'announcing', 'stating', 'repeating', 'reiterating'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])

function w(items: Item[], i: number): string {
  const it = items[i]
  return it && it.tok ? it.tok.lower : ''
}

function isPunct(items: Item[], i: number, chars: string): boolean {
  const it = items[i]
  return !!it && !!it.tok && !it.tok.word && chars.includes(it.tok.text)
}

/** Whether items [a, b) hold a clause: a verb-like word among the first words. */
export function looksLikeClause(items: Item[], a: number, b: number): boolean {
  let words = 0
  let verb = false
  for (let i = a; i < b && i < a + 14; i++) {
    const it = items[i]!
    if (it.quote) return words >= 1 || b - a <= 3
    if (!it.tok!.word) continue
    words++
    const l = it.tok!.lower
    if (i > a && (AUX.has(l) || (/[a-z]ed$/.test(l) && l.length > 4) || reportingVerb(l)?.form === 'past')) verb = true
  }
  return words >= 3 && verb
}

/** Finds every cue of a unit. */
export function findCues(ctx: SpeakerContext): Cue[] {
  const { items } = ctx
  const cues: Cue[] = []
  for (let v = 0; v < items.length; v++) {
    const it = items[v]!
    if (!it.tok || !it.tok.word) continue
    const l = it.tok.lower
    if (l === 'according' && w(items, v + 1) === 'to') {
      const sp = speakerAfter(ctx, v + 2)
      if (sp) cues.push(accordingTo(items, v, sp))
      continue
    }
    const verb = reportingVerb(l)
    if (!verb) continue
    if (PHRASAL[verb.lemma] && w(items, v + 1) !== PHRASAL[verb.lemma]) continue
    const cue = verbCue(ctx, v, verb)
    if (cue) cues.push(cue)
  }
  return resolveOverlaps(items, cues)
}

function accordingTo(items: Item[], v: number, sp: SpeakerHit): Cue {
  const atStart = v === 0 || isPunct(items, v - 1, '(') || (v <= 2 && items.slice(0, v).every((x) => x.tok && !x.tok.word))
  const afterTo = sp.to
  let preStart = afterTo
  if (isPunct(items, preStart, ',')) preStart++
  const cue: Cue = {
    speaker: sp,
    from: v,
    to: sp.to,
    verbFrom: v,
    verbTo: v + 2,
    kind: atStart ? 'pre' : 'post',
    pre: atStart ? [preStart, items.length] : null,
    post: atStart ? null : [0, v],
    lemma: 'according to',
    relay: false,
  }
  return cue
}

function verbCue(ctx: SpeakerContext, v: number, verb: VerbEntry): Cue | null {
  const { items } = ctx
  const it = items[v]!
  if (verb.form === 'gerund') return gerundCue(ctx, v, verb)
  // The subject before the verb, over adverbs and auxiliaries.
  let k = v - 1
  let negated = false
  while (k >= 0 && items[k]!.tok && SKIP_BEFORE_VERB.has(items[k]!.tok!.lower)) k--
  for (let j = k + 1; j < v; j++) if (NEGATIONS.has(w(items, j))) negated = true
  if (NEGATIONS.has(w(items, k)) || w(items, k).endsWith("n't")) {
    negated = true
    k--
    while (k >= 0 && items[k]!.tok && SKIP_BEFORE_VERB.has(items[k]!.tok!.lower)) k--
  }
  if (negated) return null
  // "was quoted as saying" and passives ("was told") are not this verb's attribution.
  if (verb.form === 'participle' && !['has', 'have', 'had'].includes(w(items, v - 1))) return null
  if ((w(items, v - 1) === 'was' || w(items, v - 1) === 'were' || w(items, v - 1) === 'been' || w(items, v - 1) === 'be') && verb.lemma !== 'quote') return null
  if (w(items, v - 1) === 'to') return null

  let sp = k >= 0 ? speakerBefore(ctx, k) : null
  // "whose leader - Jane Doe - urged": a name set off by dashes.
  if (!sp && k > 0 && isPunct(items, k, '-—–')) {
    const s = speakerBefore(ctx, k - 1, false)
    if (s && s.entity && s.from > 0 && isPunct(items, s.from - 1, '-—–')) sp = s
  }
  let inverted = false
  if (!sp) {
    const prev = items[v - 1]
    const afterQuoteOrComma = v === 0 || !!prev?.quote || isPunct(items, v - 1, ',—–-:') || isPunct(items, v - 1, '"”')
    if (afterQuoteOrComma && verb.form !== 'base') {
      sp = speakerAfter(ctx, v + 1)
      inverted = sp !== null
    }
  }
  if (!sp) return null
  // Bare present forms ("say") only after plural subjects: "analysts say", "they say".
  if (verb.form === 'base' && !sp.plural && sp.kind !== 'group') return null
  const verbFrom = v
  let verbTo = v + 1
  if (PHRASAL[verb.lemma]) verbTo++
  if (inverted) verbTo = Math.max(verbTo, sp.to)
  // The hearer: "told reporters", "warned Washington", "told The Associated Press".
  if (verb.object && !inverted) verbTo = skipObject(ctx, verbTo)
  const from = inverted ? v : Math.min(sp.from, v)
  // Content after the verb.
  // A request ("urged the US to remain united") reports the hearer with it.
  const pre = (verb.infinitive && !inverted ? contentAfter(ctx, v + 1, verb) : null) ?? contentAfter(ctx, verbTo, verb)
  if (pre && verb.infinitive && pre.from === v + 1) verbTo = v + 1
  // Belief verbs ("expected", "hopes") report a position only with an explicit "that".
  if (COGNITIVE.has(verb.lemma) && (!pre || pre.thatAt < 0)) return null
  let cueTo = verbTo
  if (pre && pre.thatAt >= 0) cueTo = pre.thatAt + 1
  // Content before the cue: the cue follows a comma, a quote, or a dash.
  const before = from - 1
  const postOk = before >= 0 && (isPunct(items, before, ',—–') || !!items[before]!.quote || (isPunct(items, before, '"”') && before > 0))
  let post: [number, number] | null = null
  if (postOk) {
    let end = before
    if (isPunct(items, end, ',—–')) end = end
    else end = before + 1
    post = [0, end]
  }
  if (!pre && !post) {
    // A cue with no content of its own ("Smith added."), for an earlier quote.
    const rest = items.slice(cueTo).every((x) => x.tok && (!x.tok.word || ADJUNCT_START.has(x.tok.lower) || x.tok.cap || /^\d/.test(x.tok.text)))
    if (from === 0 || (from <= 2 && items.slice(0, from).every((x) => x.tok && !x.tok.word))) {
      return { speaker: sp, from, to: cueTo, verbFrom, verbTo: cueTo, kind: 'bare', pre: null, post: null, lemma: verb.lemma, relay: false }
    }
    if (!rest) return null
    return null
  }
  // A subject that is part of a longer clause before ("At a press conference, Smith stressed that"):
  // when content follows, the prose before is not content unless it holds a quote.
  if (pre && post) {
    const hasQuote = items.slice(post[0], post[1]).some((x) => x.quote)
    if (!hasQuote) post = null
  }
  if (post && !pre) {
    const hasQuote = items.slice(post[0], post[1]).some((x) => x.quote)
    if (!hasQuote && !looksLikeClause(items, post[0], post[1])) post = null
    if (!post) return null
  }
  return {
    speaker: sp,
    from,
    to: cueTo,
    verbFrom,
    verbTo: cueTo,
    kind: pre && post ? 'both' : pre ? 'pre' : 'post',
    pre: pre ? [pre.from, items.length] : null,
    post,
    lemma: verb.lemma,
    relay: false,
  }
}

/** ", saying ...", ", adding that ...": the speaker is the subject of the main clause. */
function gerundCue(ctx: SpeakerContext, v: number, verb: VerbEntry): Cue | null {
  const { items } = ctx
  const l = w(items, v)
  if (!GERUND_CUES.has(l)) return null
  if (!isPunct(items, v - 1, ',—–') && w(items, v - 1) !== 'and' && w(items, v - 1) !== 'while') return null
  let to = v + 1
  if (PHRASAL[verb.lemma]) to++
  if (verb.object) to = skipObject(ctx, to)
  const pre = contentAfter(ctx, to, verb, true)
  if (!pre) return null
  // The main-clause subject: the first name or subject pronoun of the unit.
  let sp: SpeakerHit | null = null
  for (let k = 0; k < v - 1 && !sp; k++) {
    const it = items[k]!
    if (!it.tok || !it.tok.word) continue
    const hit = ctx.hitStarting.get(k)
    if (hit) {
      let e = k
      while (e + 1 < items.length && (items[e + 1]!.ti ?? Infinity) < hit.to) e++
      sp = speakerBefore(ctx, e, false)
    } else if (pronoun(it.tok.lower)?.case === 'subject') {
      sp = speakerBefore(ctx, k, false)
    }
  }
  if (!sp) return null
  return {
    speaker: sp,
    from: v,
    to: pre.thatAt >= 0 ? pre.thatAt + 1 : pre.from,
    verbFrom: v,
    verbTo: pre.thatAt >= 0 ? pre.thatAt + 1 : pre.from,
    kind: 'pre',
    pre: [pre.from, items.length],
    post: null,
    lemma: verb.lemma,
    relay: false,
  }
}

/** Steps over the hearer of "tell"/"warn"/"urge". */
function skipObject(ctx: SpeakerContext, i: number): number {
  const { items } = ctx
  const it = items[i]
  if (!it || !it.tok) return i
  if (OBJECT_PRONOUNS.has(it.tok.lower)) return i + 1
  const hit = ctx.hitStarting.get(i)
  if (hit) {
    let j = i
    while (j < items.length && (items[j]!.ti ?? Infinity) < hit.to) j++
    return j
  }
  // A short noun phrase: "reporters", "the audience", "a news conference" (not a clause).
  let j = i
  while (j < items.length && j - i < 4 && items[j]!.tok?.word) {
    const l = items[j]!.tok!.lower
    if (l === 'that' || ADJUNCT_START.has(l) && j > i) break
    if (j > i && AUX.has(l)) return i
    j++
  }
  const last = w(items, j - 1)
  if (j > i && (/s$/.test(last) || items[j - 1]!.tok!.cap || ['the', 'a'].includes(w(items, i)))) return j
  return i
}

/**
 * Where the content after a verb group starts: after "that", a colon, a comma
 * before a quote, a quote itself, or a bare clause. Adjuncts ("in a statement",
 * "on Tuesday") are stepped over.
 */
function contentAfter(ctx: SpeakerContext, i: number, verb: VerbEntry, gerund = false): { from: number; thatAt: number } | null {
  const { items } = ctx
  let j = i
  let adjunctWords = 0
  while (j < items.length) {
    const it = items[j]!
    if (it.quote) return { from: j, thatAt: -1 }
    const l = it.tok!.lower
    if (l === 'that' && verb.takesThat) {
      // "that" as a determiner ("that deal") still opens the clause in news usage; accept.
      return j + 1 < items.length ? { from: j + 1, thatAt: j } : null
    }
    if (l === ':' ) return j + 1 < items.length ? { from: j + 1, thatAt: -1 } : null
    if (l === ',' || l === '—' || l === '–') {
      if (items[j + 1]?.quote) return { from: j + 1, thatAt: -1 }
      // An adjunct set off by commas ("said, in a statement, that") continues.
      if (j === i || adjunctWords > 0) {
        j++
        continue
      }
      return null
    }
    if (verb.infinitive && j === i) {
      // "urged the US to remain united": the request runs from the hearer to the end.
      for (let t = i; t < items.length && t - i < 12; t++) {
        const x = w(items, t)
        if (x === '.' || x === ';') break
        if (x === 'to' && items[t + 1]?.tok?.word && t > i) return { from: i, thatAt: -1 }
      }
    }
    if (j === i && !ADJUNCT_START.has(l) && it.tok!.word) {
      // A bare clause: "said the bill would pass".
      if (verb.bareClause && looksLikeClause(items, j, items.length)) return { from: j, thatAt: -1 }
      if (verb.infinitive) return null
      return null
    }
    if (!it.tok!.word) {
      if (l === '.' || l === '!' || l === '?' || l === ';') return null
      j++
      continue
    }
    adjunctWords++
    if (adjunctWords > (gerund ? 4 : 9)) return null
    j++
  }
  return null
}

/** A cue whose content already holds another cue is a relay ("..., Smith said, Reuters reports."). */
function resolveOverlaps(items: Item[], cues: Cue[]): Cue[] {
  const out: Cue[] = []
  for (const c of cues) {
    if (out.some((o) => c.from < o.to && o.from < c.to)) continue
    if (c.post && !c.pre && out.length > 0 && out.some((o) => o.from >= c.post![0])) {
      // A cue after other cues: a relay when it closes the unit ("..., Reuters reports."),
      // otherwise a verb inside the earlier content ("stressed that ... he expected").
      const tail = items.slice(c.to).filter((x) => x.quote || x.tok?.word).length
      if (tail > 4) continue
      c.relay = true
      c.post = null
      for (const o of out) if (o.pre && o.pre[1] > c.from - 1) o.pre = [o.pre[0], c.from - (isPunct(items, c.from - 1, ',') ? 1 : 0)]
    }
    out.push(c)
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    const next = out[i + 1]
    if (c.pre && next && next.from > c.pre[0] && next.from < c.pre[1]) {
      const cut = next.post ? next.from - (isPunct(items, next.from - 1, ',') ? 1 : 0) : next.from
      // A post cue right after takes the stretch before it only when nothing precedes it but our content.
      if (next.post && !next.relay) next.post = [c.pre[0], Math.max(c.pre[0], cut)]
      c.pre = [c.pre[0], cut]
      if (next.post && !next.relay && next.post[1] <= next.post[0]) next.post = null
      if (next.post && !next.relay) c.pre = null
    }
    if (c.post && i > 0) {
      const prev = out[i - 1]!
      if (c.post[0] < prev.to) c.post = [prev.to + (isPunct(items, prev.to, ',') ? 1 : 0), c.post[1]]
      if (c.post[1] <= c.post[0]) c.post = null
    }
  }
  return out
}

/**
 * Finds the cues of a unit (a reporting verb with its speaker, "according
 * to X", ", saying ...", "which said that ...") and the content each cue
 * introduces: direct quotes, partial quotes inside reported speech, and
 * indirect speech without quotation marks.
 */
import { COMPLEMENT_VERBS, PHRASAL, reportingVerb, type VerbEntry } from '../knowledge/reporting-verbs.ts'
import { pronoun } from '../knowledge/pronouns.ts'
import { GROUP_NOUNS } from '../knowledge/roles.ts'
import { titleCaseWords, type Item } from './items.ts'
import { isModifierToken, isRoleish } from './names.ts'
import { isPersonNoun, itemIndexOfEnd, pronounSpeaker, speakerAfter, speakerBefore, type SpeakerContext, type SpeakerHit } from './speaker.ts'

export interface Cue {
  speaker: SpeakerHit
  /** Item range of the whole cue (speaker and verb group). */
  from: number
  to: number
  kind: 'post' | 'pre' | 'both' | 'bare'
  /** Item range of the content, when it follows (pre) or precedes (post). */
  pre: [number, number] | null
  post: [number, number] | null
  lemma: string
  /** A relay ("Reuters reports"): it does not speak, it passes on the unit's statements. */
  relay: boolean
  /** A cue inside a sentence whose subject it shares (", adding that", "and argued that"). */
  gerund: boolean
  /** A second verb of the same subject ("... and argued that"). */
  coordinated?: boolean
  /** Item range of a relaying source named by the cue itself ("quoted by Reuters as saying"). */
  relayAt?: [number, number]
}

const SKIP_BEFORE_VERB = new Set([
  'also', 'later', 'previously', 'again', 'then', 'further', 'recently', 'repeatedly', 'once', 'earlier',
  'reportedly', 'publicly', 'privately', 'simply', 'flatly', 'bluntly', 'separately', 'initially', 'originally',
  'subsequently', 'quickly', 'immediately', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will',
  'just', 'already', 'often', 'always', 'long', 'first', 'last', 'today', 'yesterday', 'even', 'still',
  'frequently', 'openly', 'explicitly', 'angrily', 'firmly', 'confidently', 'emphatically', 'herself', 'himself',
  'themselves', 'itself', 'may', 'might', 'could', 'can', 'should', 'must', 'did', 'does', 'do', 'time',
])
const SUBORDINATE_START = new Set(['while', 'although', 'though', 'as', 'when', 'because', 'if', 'since', 'after', 'before', 'whereas', 'even'])
/** Verbs of finding and ruling: they report only a "that" clause ("the court ruled that"). */
const THAT_ONLY = new Set(['show', 'find', 'rule', 'determine', 'establish', 'decide', 'indicate', 'confirm'])
const DISCOURSE = new Set(['however', 'meanwhile', 'too', 'also', 'though', 'instead', 'nevertheless', 'moreover', 'furthermore', 'meantime', 'likewise', 'similarly', 'separately', 'later', 'earlier', 'then', 'indeed'])
const NEGATIONS = new Set(['not', "n't", 'never', 'nor', 'no'])
const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'with', 'to', 'from', 'via', 'through', 'over', 'by', 'outside',
  'inside', 'upon', 'following', 'ahead', 'amid', 'about', 'under', 'for', 'as', 'while', 'when', 'of', 'since',
  'between', 'near', 'across', 'into', 'throughout', 'among', 'against', 'within', 'without', 'despite',
])
const TIME_WORDS = new Set([
  'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'earlier', 'later', 'late', 'early', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'recently',
  'previously', 'then', 'shortly', 'separately', 'once', 'too', 'back', 'there', 'here', 'afterward',
  'afterwards', 'twice', 'now', 'soon', 'subsequently', 'flatly', 'bluntly', 'simply', 'openly', 'quietly',
  'angrily', 'firmly', 'emphatically', 'jan.', 'feb.', 'aug.', 'sept.', 'oct.', 'nov.', 'dec.', 'january',
  'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
])
const TIME_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'day', 'weekend', 'summer', 'spring', 'fall', 'autumn', 'winter', 'time', 'decade', 'season', 'hour', 'minute', 'moment'])
const DETS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'next', 'every', 'each', 'one'])
const SUBJECT_START = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there', 'you', 'this', 'these', 'those', 'nobody', 'no', 'nothing', 'everyone', 'everything'])
const AUX = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'did', 'does', 'do', 'shall', "it's", "he's", "she's", "they're", "we're", "i'm",
  "there's", "that's", "they've", "we've", "i've", "he'd", "she'd", "they'd", "we'd", "i'd", "it'd", "he'll", "she'll", "they'll", "we'll", "i'll", "it'll",
  'needs', 'need', 'wants', 'want', 'plans', 'intends', 'expects', 'hopes', 'remains', 'remain', 'seems',
  'believes', 'knows', 'thinks', 'feels', 'wanted', 'planned', 'going', 'got', 'gets', 'get', 'made',
  'makes', 'make', 'took', 'takes', 'gave', 'gives', 'came', 'comes', 'went', 'goes', 'saw', 'sees',
  'knew', 'thought', 'felt', 'told', 'said', 'says', 'became', 'becomes', 'kept', 'keeps', 'left', 'lost',
  'won', 'wins', 'ran', 'runs', 'met', 'meets', 'paid', 'pays', 'held', 'holds', 'brought', 'brings',
  'began', 'begins', 'sent', 'sends', 'put', 'puts', 'set', 'let', 'lets', 'led', 'leads', 'stood', 'stands',
  'faces', 'face', 'lies', 'sat', 'sits', 'spent', 'spends', 'built', 'builds', 'bought', 'buys', 'sold', 'sells',
  'caught', 'fell', 'falls', 'rose', 'rises', 'grew', 'grows', 'shows', 'showed', 'means', 'meant', 'depends',
  'struck', 'hit', 'hurt', 'cut', 'cuts', 'drove', 'drives', 'wrote', 'writes', 'found', 'finds', 'broke', 'chose',
  'ate', 'fought', 'taught', 'understood', 'forgot', 'hid', 'rode', 'shot', 'slid', 'spoke', 'stole', 'threw', 'wore',
])
const GERUND_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'stressing', 'warning', 'insisting', 'claiming', 'explaining', 'telling', 'writing', 'calling', 'urging', 'asking', 'suggesting', 'describing', 'declaring', 'asserting', 'emphasizing', 'emphasising', 'acknowledging', 'admitting', 'predicting', 'promising', 'vowing', 'pointing', 'recalling', 'tweeting', 'complaining', 'charging', 'alleging', 'contending', 'maintaining', 'accusing', 'denying', 'questioning', 'lamenting', 'announcing', 'stating', 'repeating', 'reiterating', 'declaring', 'stating', 'citing', 'dismissing', 'rejecting', 'labeling', 'labelling', 'ruling', 'concluding', 'conceding', 'cautioning', 'confirming', 'estimating', 'countering', 'responding', 'replying', 'boasting', 'demanding', 'threatening', 'hinting']) 
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you', 'it'])
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'though', 'although'])
const GO_ON = new Set(['went', 'goes', 'go'])

function w(items: Item[], i: number): string {
  const it = items[i]
  return it && it.tok ? it.tok.lower : ''
}

function isPunct(items: Item[], i: number, chars: string): boolean {
  const it = items[i]
  return !!it && !!it.tok && !it.tok.word && chars.includes(it.tok.text)
}

/** A quote whose content ends in a comma (`"...," he said`) ends a clause like a comma does. */
/** A quotation whose own last mark is a comma ('“financial health,”'). */
function quoteEndsWithComma(text: string, it: Item | undefined): boolean {
  return !!it?.quote && /,\s*["”’']?$/.test(text.slice(it.start, it.end))
}

function endsWithComma(it: Item | undefined, text: string): boolean {
  if (!it?.quote) return false
  const c = text[it.quote.end - 1]
  return c === ',' || (it.quote.close >= 0 && text[it.quote.close + 1] === ',')
}

function finiteVerb(l: string): boolean {
  const n = l.replace(/’/g, "'")
  if (AUX.has(n) || n.endsWith("n't")) return true
  if (n.length > 4 && /[a-z]ed$/.test(n)) return true
  if (IRREGULAR_PAST.has(n)) return true
  const v = reportingVerb(n)
  // "points" is a noun more often than "points out".
  return v !== undefined && !PHRASAL[v.lemma] && (v.form === 'past' || v.form === 'third')
}

/**
 * Irregular past-tense forms that are seldom anything else ("the suspect fled
 * the scene, police say"). Forms equal to the present (put, set, cut) and
 * those that are as often nouns or adjectives (left, won, saw, felt) are left out.
 */
const IRREGULAR_PAST = new Set([
  'fled', 'ran', 'took', 'made', 'went', 'fell', 'lost', 'came', 'gave', 'found', 'thought', 'knew', 'began', 'broke',
  'brought', 'built', 'bought', 'caught', 'chose', 'drove', 'fought', 'flew', 'forgot', 'got', 'grew', 'hid', 'held',
  'kept', 'led', 'met', 'paid', 'sent', 'shot', 'sold', 'stood', 'stole', 'struck', 'swore', 'threw', 'understood',
  'wore', 'wrote', 'ate', 'drank', 'spoke', 'sank', 'became', 'withdrew', 'sought', 'taught', 'meant', 'sat', 'fed',
  'stuck', 'hung', 'dug', 'shook', 'tore', 'drew', 'blew', 'overcame', 'undertook', 'forgave', 'arose', 'woke',
  // Short regular forms the -ed test (five letters or more) leaves out.
  'died', 'sued', 'owed', 'lied', 'tied', 'bled', 'sped',
])

const NOT_CLAUSE_START = new Set(['but', 'and', 'or', 'so', 'yet', 'nor', 'whether', 'being', 'having', 'to', 'which', 'who', 'whom', 'where'])
/** "at least 5,000 people", "about 300 districts": a number, not an adjunct. */
const QUANTIFIED = new Set(['least', 'most', 'more', 'less', 'fewer', 'half', 'nearly', 'almost', 'many', 'much', 'few'])

/** Present-tense verbs that commonly head a reported clause ("the case highlights that"). */
const S_VERBS = new Set(['highlights', 'shows', 'means', 'proves', 'demonstrates', 'suggests', 'indicates', 'makes', 'gives', 'takes', 'remains', 'seems', 'appears', 'looks', 'wants', 'needs', 'plans', 'intends', 'knows', 'believes', 'thinks', 'feels', 'hopes', 'expects', 'deserves', 'requires', 'supports', 'opposes', 'violates', 'reflects', 'represents', 'poses', 'threatens', 'risks', 'puts', 'lacks', 'owes', 'holds', 'welcomes', 'condemns', 'respects', 'considers', 'regards', 'continues', 'seeks', 'aims', 'values', 'stands'])

const SUBORDINATORS = new Set(['that', 'which', 'who', 'whom', 'whose', 'as', 'after', 'before', 'when', 'while', 'because', 'if', 'since', 'until', 'although', 'though', 'where', 'whereas'])

/**
 * Whether items [a, b) open with a clause: a subject and then a finite verb
 * among the first words, with no comma, relative pronoun or subordinator
 * before it ("reported earnings that topped estimates" is not a clause).
 */
export function looksLikeClause(items: Item[], a: number, b: number): boolean {
  let words = 0
  for (let i = a; i < b && i < a + 30; i++) {
    const it = items[i]!
    if (it.quote) return words >= 1
    if (!it.tok!.word) {
      const p = it.tok!.text
      // "the five companies — A, B and C — had been selected": step over the parenthesis.
      if ((p === '—' || p === '–' || p === '(') && words > 0) {
        const close = p === '(' ? ')' : p
        let t = i + 1
        while (t < b && t - i < 30 && items[t]!.tok?.text !== close) t++
        if (t < b && t - i < 30) {
          i = t
          continue
        }
      }
      // "the company, Snapwise, failed to ...": an appositive on the subject, before any verb.
      if (p === ',' && words > 0 && words <= 4) {
        let t = i + 1
        // ("the company’s cash position, $612 million at the end of September, gave it ...": amounts too.)
        while (t < b && t - i < 10 && (items[t]!.tok?.word || items[t]!.tok?.text === '$' || items[t]!.tok?.text === '%') && !finiteVerb(w(items, t)) && !AUX.has(w(items, t)) && !SUBORDINATORS.has(w(items, t))) t++
        if (t > i + 1 && t < b && isPunct(items, t, ',') && items[t + 1]?.tok?.word && !items[t + 1]!.tok!.cap) {
          i = t
          continue
        }
      }
      if (words > 0 && p !== '’' && p !== "'" && p !== '-' && p !== '%' && p !== '$') return false
      continue
    }
    words++
    const l = it.tok!.lower
    if (words === 1) {
      if (NOT_CLAUSE_START.has(l) || (PREPOSITIONS.has(l) && !QUANTIFIED.has(w(items, i + 1)) && !/^\d/.test(w(items, i + 1)))) return false
      // ("Google confirmed this in a statement": a demonstrative before a preposition is an object.)
      if (SUBJECT_START.has(l) && i + 1 < b && !(DEMONSTRATIVES.has(l) && (PREPOSITIONS.has(w(items, i + 1)) || !items[i + 1]?.tok?.word))) return true
      // "it’s because of the weather", "they’re mission-driven": a pronoun with its verb.
      if (/^(?:it|he|she|they|we|i|there|that)['’](?:s|re|ve|ll|d|m)$/.test(l) && i + 1 < b) return true
      // "if X can ..., he is ...": a conditional or causal clause leads the reported one.
      if (l === 'if' || l === 'when' || l === 'because' || l === 'although' || l === 'though' || l === 'unless' || l === 'once') words = 0
      continue
    }
    // "the case highlights that ...": a verb in -s before "that", a determiner or a pronoun.
    if (words >= 2 && words <= 5 && (S_VERBS.has(l) || (reportingVerb(l)?.form === 'third' && !PHRASAL[reportingVerb(l)!.lemma]))) {
      const nx = w(items, i + 1)
      if (nx === 'that' || DETS.has(nx) || pronoun(nx)?.case === 'subject' || nx === 'to' || nx === 'no' || nx === 'its' || nx === 'their' || nx === 'his' || nx === 'her') return true
      // "said Moscow supports Tehran's right to ...": after a name, a verb in -s heads the clause.
      if (words === 2 && items[i - 1]?.tok?.cap && S_VERBS.has(l) && items[i + 1]?.tok?.word) return true
    }
    // ("as many as 30 colleagues were ...": the second "as" of a quantity.)
    const quantity = l === 'as' && QUANTIFIED.has(w(items, i - 1)) && w(items, i - 2) === 'as'
    if (SUBORDINATORS.has(l) && !(words === 1) && !quantity) return false
    const n = l.replace(/’/g, "'")
    const verb = AUX.has(n) || n.endsWith("n't") || finiteVerb(l)
    // "maintains its own monitor and reported ...": the first verb after a coordinator continues
    // the cue's sentence; what came before it is the cue's object, not a subject.
    if (verb && COORDINATORS.has(w(items, i - 1))) return false
    // ("weaker demand from European manufacturers and delays in two large government contracts had weighed")
    if (AUX.has(n) || n.endsWith("n't")) return words <= 15
    if (finiteVerb(l)) return words <= 7
    if (words > 15) return false
  }
  return false
}

const COORDINATORS = new Set(['and', 'or', 'but'])
const DEMONSTRATIVES = new Set(['this', 'these', 'those', 'it'])

/** Prepositions that take a noun phrase, not a clause ("from a hospital network", not "after sources told"). */
const NP_PREPOSITIONS = new Set(['from', 'of', 'with', 'for', 'in', 'at', 'on', 'by', 'into', 'against', 'over', 'under', 'about', 'to'])

/** Whether prose before a cue ("The house ... will be turned into X, Smith said") holds a finite verb. */
function holdsVerb(items: Item[], a: number, b: number): boolean {
  let words = 0
  let verb = false
  for (let i = a; i < b; i++) {
    const t = items[i]!.tok
    if (!t?.word) continue
    words++
    if (words === 1 && PREPOSITIONS.has(t.lower) && !verb) continue
    // "China opposes unilateral sanctions, Wang said": a common verb in -s counts too.
    if (words > 1 && (AUX.has(t.lower.replace(/’/g, "'")) || finiteVerb(t.lower) || S_VERBS.has(t.lower))) verb = true
    // "The changes take effect in April, officials said": a plain verb after a plural subject.
    if (words > 1 && BASE_VERBS.has(t.lower) && /^(?:they|we|[a-z]{3,}[^s]s)$/.test(w(items, i - 1))) verb = true
  }
  return words >= 3 && verb
}

/** Plain present verbs common after a plural subject ("the changes take effect", "prices rise"). */
const BASE_VERBS = new Set([
  'take', 'come', 'go', 'give', 'keep', 'show', 'begin', 'run', 'hold', 'include', 'expect', 'plan', 'seem', 'continue',
  'look', 'become', 'stand', 'pay', 'cost', 'rise', 'fall', 'grow', 'lose', 'win', 'mean', 'pose', 'support', 'oppose',
  'agree', 'believe', 'know', 'think', 'feel', 'hope', 'intend', 'remain', 'need', 'want', 'stay', 'work', 'face', 'risk',
  'apply', 'start', 'end', 'affect', 'cover', 'require', 'allow', 'help', 'threaten', 'violate', 'deserve', 'lack',
])

/** Finds every cue of a unit. */
export function findCues(ctx: SpeakerContext): Cue[] {
  const { items } = ctx
  const cues: Cue[] = []
  for (let v = 0; v < items.length; v++) {
    const it = items[v]!
    if (!it.tok || !it.tok.word) continue
    const l = it.tok.lower
    // "according to X", "per X", "per the X"
    const perThe = l === 'per' && w(items, v + 1) === 'the' && items[v + 2]?.tok?.cap
    if ((l === 'according' && w(items, v + 1) === 'to') || (l === 'per' && (items[v + 1]?.tok?.cap || perThe))) {
      const at = v + (l === 'per' ? 1 : 2)
      // "According to him, ...": the one the pronoun stands for.
      const sp = l === 'according' && pronoun(w(items, at))?.case === 'object' ? resolvedPronoun(ctx, at) : speakerAfter(ctx, at)
      if (sp) cues.push(accordingTo(ctx, v, sp))
      continue
    }
    // "In Ruiz's words, “...”", "in the words of one resident, ..."
    // (Only then is a speaker looked for: finding one records mentions.)
    if (l === 'in' && (v === 0 || isPunct(items, v - 1, ',('))) {
      const ofForm = w(items, v + 1) === 'the' && w(items, v + 2) === 'words' && w(items, v + 3) === 'of'
      const named = ctx.hitStarting.get(v + 1)
      const namedEnd = named ? itemIndexOfEnd(ctx, named.to, v + 1) : -1
      // A view or an opinion only opens a sentence ("questioned the plan that, in their view, ..." reports nothing).
      const given = w(items, namedEnd) === 'words' || (v === 0 && IN_WORDS.has(w(items, namedEnd)))
      const possessive = namedEnd > 0 && /['’]s?$/.test(items[namedEnd - 1]?.tok?.text ?? '') && given && isPunct(items, namedEnd + 1, ',')
      // "In his words, “...”", "In her view, ...".
      if (!named && v === 0 && (pronoun(w(items, v + 1))?.case === 'possessive' || w(items, v + 1) === 'her') && IN_WORDS.has(w(items, v + 2)) && isPunct(items, v + 3, ',')) {
        const sp = resolvedPronoun(ctx, v + 1)
        if (sp) cues.push(accordingTo(ctx, v, { ...sp, to: v + 3 }))
        continue
      }
      if (ofForm || possessive) {
        const sp = speakerAfter(ctx, v + (ofForm ? 4 : 1))
        if (sp && ofForm && isPunct(items, sp.to, ',')) cues.push(accordingTo(ctx, v, sp))
        else if (sp && possessive && sp.entity) cues.push(accordingTo(ctx, v, { ...sp, to: sp.to + 1 }))
      }
      continue
    }
    // "As she pointed out, Russia will ...", "As one resident put it, “...”"
    if (l === 'as' && (v === 0 || (v === 1 && (w(items, 0) === 'and' || w(items, 0) === 'but')))) {
      const cue = asCue(ctx, v)
      if (cue) cues.push(cue)
      continue
    }
    // "they’re focused on “financial health,” as one CEO told me, and ...": the clause before is what was said.
    if (l === 'as' && v > 2 && (isPunct(items, v - 1, ',') || endsWithComma(items[v - 1], ctx.text) || quoteEndsWithComma(ctx.text, items[v - 1]))) {
      const cue = trailingAsCue(ctx, v)
      if (cue) cues.push(cue)
      continue
    }
    // "voiced concerns that ...", "expressed hope that ...": a stance and what it is about.
    if (STANCE_VERBS.has(l) && stanceThat(items, v + 1)) {
      const cue = verbCue(ctx, v, STANCE_VERB, cues)
      if (cue) cues.push(cue)
      continue
    }
    const verb = reportingVerb(l)
    if (!verb) continue
    if (PHRASAL[verb.lemma] && w(items, v + 1) !== PHRASAL[verb.lemma]) continue
    // "Arab states criticised ...", "member states": "states" is a noun unless what it reports follows.
    if (l === 'states' && !(w(items, v + 1) === 'that' || items[v + 1]?.quote || isPunct(items, v + 1, ':,'))) continue
    const cue = verbCue(ctx, v, verb, cues)
    if (cue) cues.push(cue)
  }
  // "“It is the best deal we could get.” — Council President Dan Cole": a quotation signed after a dash.
  for (let q = 0; q + 2 < items.length; q++) {
    if (!items[q]!.quote || !isPunct(items, q + 1, '—–') || cues.some((c) => c.from <= q + 1 && c.to > q + 1)) continue
    const sp = speakerAfter(ctx, q + 2)
    if (!sp || sp.kind === 'group' || items.slice(sp.to).some((x) => x.quote) || holdsVerb(items, sp.to, items.length)) continue
    cues.push({ speaker: sp, from: q + 1, to: sp.to, kind: 'post', pre: null, post: [q, q + 1], lemma: 'sign', relay: false, gerund: false })
  }
  // "Noting that the budget was tight, the mayor said ...": an opening gerund's clause is the main cue's speaker's.
  if (GERUND_CUES.has(w(items, 0)) && w(items, 1) === 'that') {
    const main = cues.find((c) => !c.relay && c.kind !== 'bare' && c.from > 4 && isPunct(items, c.from - 1, ','))
    if (main) cues.unshift({ speaker: main.speaker, from: 0, to: 2, kind: 'pre', pre: [2, main.speaker.from - 1], post: null, lemma: reportingVerb(w(items, 0))?.lemma ?? w(items, 0), relay: false, gerund: true })
  }
  // "According to AFP, one user posted: ...": a source named up front relays the unit's own cue.
  const lead = cues.find((c) => c.lemma === 'according to' && c.pre)
  if (lead && cues.some((c) => c !== lead && c.from > lead.to && c.kind !== 'bare')) {
    lead.relay = true
    lead.pre = null
  }
  return resolveOverlaps(ctx, cues)
}

/** What one's words are given as: "in Ruiz's words", "in her view", "in his opinion". */
const IN_WORDS = new Set(['words', 'view', 'opinion'])

/** The speaker a pronoun at `k` stands for, when it stands for someone (not for "him" alone). */
function resolvedPronoun(ctx: SpeakerContext, k: number): SpeakerHit | null {
  const sp = pronounSpeaker(ctx, k)
  return sp && (sp.entity || sp.name !== ctx.items[k]!.tok!.text) ? sp : null
}

/**
 * "As she pointed out, ...", "As the minister told reporters on Monday, ...",
 * "As one resident put it, “...”": a clause opening with "as", a speaker and a
 * verb of saying gives what follows its comma to that speaker.
 */
function asCue(ctx: SpeakerContext, v: number): Cue | null {
  const { items } = ctx
  // The verb within a few words, and its subject just before it, right after "as".
  let k = v + 2
  const saying = (i: number) => (w(items, i) === 'put' && w(items, i + 1) === 'it') || ['past', 'third'].includes(reportingVerb(w(items, i))?.form ?? '')
  while (k < items.length && k - v < 9 && items[k]!.tok?.word && !saying(k)) k++
  if (!saying(k)) return null
  const sp = speakerBefore(ctx, k - 1, false)
  if (!sp || sp.from !== v + 1) return null
  const said = w(items, k)
  const verb = reportingVerb(said)
  let lemma: string
  if (said === 'put' && w(items, k + 1) === 'it') {
    lemma = 'put'
    k += 2
  } else if (verb && (verb.form === 'past' || verb.form === 'third')) {
    lemma = verb.lemma
    k++
    if (PHRASAL[lemma] && w(items, k) === PHRASAL[lemma]) k++
  } else return null
  // A hearer or an adjunct before the comma ("told reporters on Monday", "noted earlier").
  const verbEnd = k
  while (k < items.length && k - verbEnd < 6 && items[k]!.tok?.word) k++
  if (!isPunct(items, k, ',')) return null
  const from = k + 1
  if (!items[from]?.quote && !holdsVerb(items, from, items.length)) return null
  return { speaker: sp, from: v, to: k, kind: 'pre', pre: [from, clauseEnd(items, from)], post: null, lemma, relay: false, gerund: false }
}

function trailingAsCue(ctx: SpeakerContext, v: number): Cue | null {
  const { items } = ctx
  let k = v + 2
  while (k < items.length && k - v < 7 && items[k]!.tok?.word && !['past', 'third'].includes(reportingVerb(w(items, k))?.form ?? '')) k++
  const verb = reportingVerb(w(items, k))
  if (!verb || !['past', 'third'].includes(verb.form) || verb.lemma === 'expect' || verb.lemma === 'report') return null
  let sp = speakerBefore(ctx, k - 1, false)
  if (!sp || sp.from < v + 1 || sp.from > v + 3) return null
  // "as one neo-bank CEO told me": the whole description.
  if (sp.from > v + 1) {
    if (sp.entity?.kind === 'person') return null
    sp = { ...sp, entity: null, kind: 'person', from: v + 1, start: items[v + 1]!.start, name: ctx.text.slice(items[v + 1]!.start, sp.end) }
  }
  // Nothing but a hearer or an adjunct after the verb ("told me", "said on Monday"), then the
  // sentence's end or its next part ("..., as one CEO told me, and easing ..."); not a
  // parenthesis inside a clause ("the new Gannett, as Reed dubbed the combination, will ...").
  const next = w(items, k + 1)
  if (items[k + 1]?.tok?.word && !OBJECT_PRONOUNS.has(next) && !PREPOSITIONS.has(next) && !TIME_WORDS.has(next) && next !== 'reporters') return null
  let e = k + 1
  while (e < items.length && e - k < 5 && items[e]!.tok?.word) e++
  const ends = e >= items.length || isPunct(items, e, '.;') || (isPunct(items, e, ',') && COORDINATORS.has(w(items, e + 1)))
  if (!ends) return null
  // The clause from the sentence's start, after an opening phrase of a few words ("Better yet, ").
  let from = 0
  const comma = items.slice(0, v - 1).findIndex((x) => x.tok?.text === ',')
  if (comma > 0 && comma <= 3) from = comma + 1
  const end = isPunct(items, v - 1, ',') ? v - 1 : v
  if (end - from < 3 || (!holdsVerb(items, from, end) && !items.slice(from, end).some((x) => x.quote))) return null
  return { speaker: sp, from: v, to: k + 1, kind: 'post', pre: null, post: [from, end], lemma: verb.lemma, relay: false, gerund: false }
}

function accordingTo(ctx: SpeakerContext, v: number, sp: SpeakerHit): Cue {
  const { items } = ctx
  const atStart = v === 0 || isPunct(items, v - 1, '(') || items.slice(0, v).every((x) => x.tok && (!x.tok.word || x.tok.lower === 'but' || x.tok.lower === 'and'))
  let preStart = sp.to
  // "According to Paul Kim, the city’s chief engineer, the levees held": the appositive describes the source.
  if (isPunct(items, preStart, ',') && ARTICLE_WORDS.has(w(items, preStart + 1))) {
    let e = preStart + 2
    while (e < items.length && e - preStart < 12 && !isPunct(items, e, ',') && !items[e]!.quote) e++
    if (isPunct(items, e, ',') && items.slice(preStart + 1, e).some((x) => x.tok && (isRoleish(x.tok) || isPersonNoun(x.tok.lower)))) preStart = e
  }
  // "According to eyewitness accounts corroborated by video footage, snipers ...": a participle phrase on the source.
  if (/^[a-z]{3,}ed$/.test(w(items, preStart)) && w(items, preStart + 1) === 'by') {
    let e = preStart + 2
    while (e < items.length && e - preStart < 10 && !isPunct(items, e, ',') && !items[e]!.quote) e++
    if (isPunct(items, e, ',')) preStart = e
  }
  while (isPunct(items, preStart, ',)')) preStart++
  // "X, according to Y, did Z": the longer side is the content.
  let post: [number, number] | null = atStart ? null : [0, v]
  // "It’s unclear whether ... — both actors ran into contractual issues, according to Y": what follows the dash.
  if (post) {
    let d = v - 1
    while (d > 0 && !isPunct(items, d, '—–') && !items[d]!.quote) d--
    if (d > 0 && isPunct(items, d, '—–') && v - d > 4 && !COORDINATORS.has(w(items, d + 1)) && looksLikeClause(items, d + 1, v)) post = [d + 1, v]
  }
  let pre: [number, number] | null = atStart ? [preStart, items.length] : null
  if (!atStart && isPunct(items, sp.to, ',') && countWords(items, sp.to, items.length) >= 4) {
    if (countWords(items, sp.to, items.length) > countWords(items, 0, v)) {
      post = null
      pre = [sp.to + 1, items.length]
      // "Yersinia pestis, per the WHO, is often found in ...": the subject before the cue belongs to the statement.
      if (v > 0 && isPunct(items, v - 1, ',') && countWords(items, 0, v) <= 4 && items[0]!.tok?.word && !holdsVerb(items, 0, v) && opensWithVerb(items, sp.to + 1)) pre = [0, items.length]
    }
  }
  return { speaker: sp, from: v, to: sp.to, kind: pre ? 'pre' : 'post', pre, post, lemma: 'according to', relay: false, gerund: false }
}

const ARTICLE_WORDS = new Set(['the', 'a', 'an'])

/** Whether item `i` is a verb with no subject before it ("..., per the WHO, is often found"), not "they're". */
function opensWithVerb(items: Item[], i: number): boolean {
  const first = w(items, i)
  return !/['’]/.test(first) && pronoun(first) === undefined && (AUX.has(first) || finiteVerb(first))
}

function countWords(items: Item[], a: number, b: number): number {
  let n = 0
  for (let i = a; i < b; i++) if (items[i]!.quote || items[i]!.tok?.word) n++
  return n
}

function verbCue(ctx: SpeakerContext, v: number, verb: VerbEntry, cuesSoFar: Cue[]): Cue | null {
  const { items } = ctx
  if (verb.form === 'gerund') {
    // "The Democrats are alleging that": a progressive is a finite cue.
    const aux = w(items, v - 1)
    if (!['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s'].includes(aux)) return gerundCue(ctx, v, verb, cuesSoFar)
    const sp = speakerBefore(ctx, v - 2)
    if (!sp) return null
    return finishCue(ctx, v, { ...verb, form: 'past' }, sp, false, false)
  }
  // The subject before the verb, over adverbs and auxiliaries.
  let k = v - 1
  while (k >= 0 && skippedBeforeVerb(items, k)) k--
  // "Alden on Tuesday announced": a time adjunct between subject and verb.
  if (TIME_WORDS.has(w(items, k)) || TIME_NOUNS.has(w(items, k))) {
    let t = k
    while (t >= 0 && (TIME_WORDS.has(w(items, t)) || TIME_NOUNS.has(w(items, t)) || ['on', 'last', 'this', 'next', 'in', 'early', 'late'].includes(w(items, t)) || /^\d+$/.test(w(items, t)))) t--
    if (t >= 0 && t < k && items[t]!.tok?.word) k = t
  }
  // "Netanyahu, however, said": a discourse adverb set off by commas.
  if (isPunct(items, k, ',') && DISCOURSE.has(w(items, k - 1)) && isPunct(items, k - 2, ',')) {
    k -= 3
    // "Recent governments have, however, recognized that": the auxiliary before the adverb too.
    while (k >= 0 && items[k]!.tok && SKIP_BEFORE_VERB.has(items[k]!.tok!.lower)) k--
  }
  // "The company, in a statement, said": an adjunct set off by commas.
  else if (isPunct(items, k, ',')) {
    let c = k - 1
    while (c > 0 && k - c < 9 && !isPunct(items, c, ',') && !items[c]!.quote) c--
    // ("Maria Lopez, 45, of Springfield, said": a hometown is an appositive, read by the speaker search.)
    const hometown = (w(items, c + 1) === 'of' || w(items, c + 1) === 'from') && !!items[c + 2]?.tok?.cap
    // ("Hutchins, in his second season in charge, said": prepositional phrases one after another.)
    let end = adjunctEnd(items, c + 1)
    while (end > c && end < k && PREPOSITIONS.has(w(items, end))) end = adjunctEnd(items, end)
    if (c > 0 && isPunct(items, c, ',') && end === k && !hometown) k = c - 1
  }
  for (let j = k + 1; j < v; j++) if (NEGATIONS.has(w(items, j))) return null
  if (NEGATIONS.has(w(items, k)) || w(items, k).endsWith("n't") || w(items, k).endsWith('n’t')) return null
  // Passives ("was told", "is expected to") and infinitives ("to say") do not attribute.
  const prev = w(items, v - 1)
  if (verb.form === 'participle' && !['has', 'have', 'had'].includes(prev)) return null
  if (prev === 'was' || prev === 'were' || prev === 'been' || prev === 'be' || prev === 'being' || prev === 'is' || prev === 'are') {
    if (verb.form === 'past' || verb.form === 'participle') return null
  }
  // "He went on to say that ...": the subject of "went on" speaks.
  if (prev === 'to' && w(items, v - 2) === 'on' && GO_ON.has(w(items, v - 3)) && verb.form === 'base') {
    let s = v - 4
    while (s >= 0 && skippedBeforeVerb(items, s)) s--
    const sp = s >= 0 ? speakerBefore(ctx, s) : null
    return sp ? finishCue(ctx, v, { ...verb, form: 'past' }, sp, false, false) : null
  }
  // "Grant is understood to have told colleagues that ...", "She is reported to have said that ...".
  if (prev === 'have' && w(items, v - 2) === 'to' && REPORTED_TO.has(w(items, v - 3)) && ['is', 'was', 'are', 'were'].includes(w(items, v - 4)) && (verb.form === 'past' || verb.form === 'participle')) {
    const sp = v >= 5 ? speakerBefore(ctx, v - 5) : null
    return sp ? finishCue(ctx, v, { ...verb, form: 'past' }, sp, false, false) : null
  }
  if (prev === 'to') return null
  // "A former manager accused of siphoning $2 million told jurors": with nobody accused before "of",
  // the participle describes the one accused.
  if (verb.lemma === 'accuse' && w(items, v + 1) === 'of') return null
  // "Jury finds banker guilty": a verb that reports only what follows as a clause ("found that
  // ...", "found the levels were ...") or what came before ("..., the study found.") is no cue
  // with an object, and its subject is not looked for (a lone capital would become a name).
  if (THAT_ONLY.has(verb.lemma) && items[v + 1]?.tok?.word && !thatWithin(items, v + 1, 7) && !looksLikeClause(items, v + 1, items.length)) return null
  // "Epstein's alleged ring", "the reported deal": a participle used as an adjective.
  if (/['’]s$/.test(prev) || DETS.has(prev) || prev === 'his' || prev === 'her' || prev === 'its' || prev === 'their') return null
  // "many of them with sceptical comments": a form in -s after a preposition and a modifier is a plural noun.
  if (verb.form === 'third' && NP_PREPOSITIONS.has(w(items, v - 2)) && items[v - 1]?.tok?.word && !items[v - 1]!.tok!.cap) return null
  // "... and argued that": the subject of the first verb.
  if (w(items, k) === 'and' || w(items, k) === 'but') {
    const earlier = cuesSoFar.filter((c) => !c.relay && c.to <= k)
    const main = earlier.length > 0 ? earlier[earlier.length - 1]!.speaker : mainSubject(ctx, k)
    if (!main) return null
    const cue = finishCue(ctx, v, verb, main, false, true)
    if (cue) cue.coordinated = true
    return cue
  }

  // "..., which have used force, said Amnesty International on Tuesday.": a name right after the
  // verb with nothing reported after it is the speaker; the clause before is the content, not a subject.
  const named = isPunct(items, v - 1, ',') && !verb.object && verb.form === 'past' ? ctx.hitStarting.get(v + 1) : undefined
  let sp = named && onlyAdjunctsAfter(items, itemIndexOfEnd(ctx, named.to, v + 1)) ? null : k >= 0 ? speakerBefore(ctx, k) : null
  // "The company that runs the port said", "A woman who lives nearby said": the head before the relative clause.
  if (!sp && k > 1) {
    for (let r = k - 1; r > 0 && k - r < 10; r--) {
      if (items[r]!.quote || isPunct(items, r, ',;:.()')) break
      const l = w(items, r)
      if (l !== 'who' && l !== 'that') continue
      // "The staff member who reported the call recalled that he said ...": a clause about speech is a cue of its own.
      if (items.slice(r + 1, k + 1).some((x) => x.tok && reportingVerb(x.tok.lower))) break
      const head = speakerBefore(ctx, r - 1, false)
      if (head) sp = { ...head, to: k + 1 }
      break
    }
  }
  // "A former manager accused of siphoning $2 million from a hospital network told jurors": the
  // object of a preposition is not the subject; a person opening the sentence is.
  if (sp && !sp.entity && sp.kind === 'organization' && sp.from > 1 && NP_PREPOSITIONS.has(w(items, sp.from - 1))) {
    const subject = mainSubject(ctx, sp.from)
    if (subject && subject.kind === 'person' && subject.to < sp.from) sp = { ...subject, to: k + 1 }
  }
  // "“...,” Kurinji Selvaraj, a research analyst at the X think tank told CBS": an appositive left unclosed
  // describes the person named before it.
  if (sp && !sp.entity && sp.from > 1 && isPunct(items, sp.from - 1, ',') && ['a', 'an', 'the'].includes(w(items, sp.from))) {
    const named = ctx.hitEnding.get(sp.from - 2)
    if (named && named.entity.kind === 'person') sp = speakerBefore(ctx, sp.from - 2, false) ?? sp
  }
  // "whose president - Jane Doe - urged": a name set off by dashes.
  if (!sp && k > 0 && isPunct(items, k, '-—–')) {
    const s = speakerBefore(ctx, k - 1, false)
    if (s && s.entity && s.from > 0 && isPunct(items, s.from - 1, '-—–')) sp = s
  }
  let inverted = false
  if (!sp) {
    const p = items[v - 1]
    const afterQuoteOrComma = v === 0 || !!p?.quote || isPunct(items, v - 1, ',—–-:') || isPunct(items, v - 1, '"”')
    // "“Who will buy bread now?” asked one regular": a question's asker follows the verb.
    const afterQuestion = verb.lemma === 'ask' && !!p?.quote && /\?\s*$/.test(ctx.text.slice(p.quote.start, p.quote.end))
    if (afterQuoteOrComma && (!verb.object || afterQuestion)) {
      const s = speakerAfter(ctx, v + 1)
      // Bare present forms invert only with a plural subject ("say officials").
      if (s && (verb.form !== 'base' || pluralSpeaker(s))) {
        sp = s
        inverted = true
      }
    }
  }
  if (!sp) return null
  // Bare present forms ("say") only after plural subjects: "analysts say", "they say".
  // (After a modal the bare form is finite: "Grant would later say that ...".)
  if (!inverted && verb.form === 'base' && !pluralSpeaker(sp) && !afterModal(items, v)) return null
  // "It shows that ...", "This suggests that ...": a fact is evidence, not a speaker.
  if (!inverted && EVIDENTIAL.has(verb.lemma) && sp.to - sp.from === 1 && FACT_PRONOUNS.has(w(items, sp.from))) return null
  return finishCue(ctx, v, verb, sp, inverted, false)
}

/** Whether item `k` is an adverb or auxiliary that the search for a verb's subject steps over ("has also", "later", "firmly"). */
function skippedBeforeVerb(items: Item[], k: number): boolean {
  const t = items[k]?.tok
  return !!t && (SKIP_BEFORE_VERB.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !LY_NOUNS.has(t.lower)))
}

/** Auxiliaries after which a bare verb of saying reports something said ("would later say", "did say"); not "will" or "may": not said yet. */
const MODALS = new Set(['would', 'did'])
/** Passive verbs of report before "to have said" ("is understood to have told"). */
const REPORTED_TO = new Set(['understood', 'reported', 'said', 'believed', 'thought', 'known', 'alleged', 'rumoured', 'rumored'])

/** Whether a modal comes before the verb at `v`, over adverbs ("would later say"). */
function afterModal(items: Item[], v: number): boolean {
  let k = v - 1
  while (k >= 0 && !MODALS.has(w(items, k)) && skippedBeforeVerb(items, k)) k--
  return k >= 0 && MODALS.has(w(items, k))
}

/** Whether the unit holds, from `from` on, only time adjuncts, names and punctuation ("on Tuesday, November 19."). */
function onlyAdjunctsAfter(items: Item[], from: number): boolean {
  return items.slice(from).every((x) => x.tok && (!x.tok.word || PREPOSITIONS.has(x.tok.lower) || TIME_WORDS.has(x.tok.lower) || TIME_NOUNS.has(x.tok.lower) || DETS.has(x.tok.lower) || x.tok.cap || /^\d+$/.test(x.tok.text)))
}

/** Whether "to" and a word follow within a few words of `from`, before `end` ("the government to intervene"). */
function requestWithin(items: Item[], from: number, end: number): boolean {
  for (let t = from; t < end && t - from < 10; t++) {
    if (!items[t]!.tok?.word) return false
    if (w(items, t) === 'to' && t > from && items[t + 1]?.tok?.word) return true
  }
  return false
}

function thatWithin(items: Item[], from: number, span: number): boolean {
  for (let t = from; t < items.length && t - from < span; t++) {
    const l = w(items, t)
    if (l === 'that') return true
    if (l === '.' || l === ';') return false
  }
  return false
}

/**
 * "called the process a sham", "branded him a traitor": a verb of naming, an
 * object, then what it is called (an indefinite noun phrase ending the clause).
 */
function namesAs(items: Item[], from: number, end: number, lemma: string): boolean {
  if (!NAMING_VERBS.has(lemma)) return false
  while (end > from && !items[end - 1]!.quote && !items[end - 1]!.tok?.word) end--
  let a = from
  while (a < end && a - from < 6 && w(items, a) !== 'a' && w(items, a) !== 'an') {
    if (!items[a]!.tok?.word || items[a]!.quote) return false
    a++
  }
  const rest = end - a - 1
  if (a === from || a >= end || rest < 1 || rest > 3) return false
  const next = w(items, a + 1)
  if (NOT_A_NAME_AFTER_A.has(next)) return false
  // "labeled herself a Grocery Store": a capitalised name is a category picked, not a judgement.
  return items.slice(a + 1, end).every((x) => x.tok?.word && !x.quote && !x.tok.cap)
}

const NAMING_VERBS = new Set(['call', 'brand', 'label', 'dub'])
/** "called her a few times", "called the office a day later": not what something was called. */
const NOT_A_NAME_AFTER_A = new Set(['few', 'lot', 'bit', 'number', 'couple', 'day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'time', 'while', 'dozen', 'hundred', 'thousand', 'million'])

/** "who" or "which" as a relative pronoun (not "WHO", the World Health Organization). */
function isRelative(items: Item[], i: number): boolean {
  const t = items[i]?.tok
  return t !== undefined && (t.lower === 'who' || t.lower === 'which') && t.text !== t.text.toUpperCase()
}

/** Verbs that, coordinated with a cue, go on with the same speaker rather than report a clause's subject. */
const GOING_ON = new Set(['add', 'stress', 'insist', 'warn', 'emphasize', 'emphasise', 'acknowledge', 'admit', 'concede', 'vow', 'pledge', 'reiterate', 'call'])

/** Whether a speaker takes "say": a group, a plural pronoun, or a body named by a plural noun ("Police say"). */
function pluralSpeaker(sp: SpeakerHit): boolean {
  return sp.plural || sp.kind === 'group' || (sp.kind === 'organization' && GROUP_NOUNS.has(sp.name.toLowerCase()))
}

/** Words in -ly that are not adverbs ("a source close to the family said"). */
const LY_NOUNS = new Set(['only', 'family', 'ally', 'rally', 'supply', 'reply', 'assembly', 'anomaly', 'monopoly', 'bully', 'belly', 'butterfly', 'lily', 'jelly', 'homily', 'folly', 'melancholy'])

const EVIDENTIAL = new Set(['show', 'suggest', 'indicate', 'underscore'])
const FACT_PRONOUNS = new Set(['it', 'this'])

/** The subject of the unit's main clause: its first name, description or subject pronoun. */
const SUBORDINATE_LINKS = new Set(['when', 'after', 'as', 'because', 'while', 'since', 'before', 'until', 'once'])

/**
 * "Talks collapsed when Ostrelia's delegation walked out, accusing Marovia of ...": a participle
 * after a subordinate clause goes with that clause's subject, the nearest.
 */
function subordinateSubject(ctx: SpeakerContext, before: number): SpeakerHit | null {
  const { items } = ctx
  for (let t = before - 1; t > 0 && before - t < 14; t--) {
    if (items[t]!.quote || isPunct(items, t, ',;:.')) return null
    if (!SUBORDINATE_LINKS.has(w(items, t))) continue
    // The subject opens the clause: "when the delegation walked out", "after Smith left".
    for (let e = t + 1; e < Math.min(before, t + 6); e++) {
      const s = speakerBefore(ctx, e, false)
      if (s && s.from <= t + 2 && finiteVerb(w(items, e + 1))) return s
    }
    return null
  }
  return null
}

/** I, we and you, alone or contracted (I'm, we've, you'll). */
const FIRST_PERSON = /^(?:i|we|you)(?:['’](?:m|re|ve|ll|d))?$/

function mainSubject(ctx: SpeakerContext, before: number): SpeakerHit | null {
  const { items } = ctx
  // "In his announcement, Smith ... and noted": the subject follows an opening phrase.
  let first = 0
  if (PREPOSITIONS.has(w(items, 0)) || SUBORDINATE_START.has(w(items, 0))) {
    let c = 1
    while (c < before && !isPunct(items, c, ',')) c++
    if (c < before) first = c + 1
  }
  // "DREVNA, Lorvania (AP) — Opposition leader Mirela Dovan claimed victory ..., telling": after a dateline.
  if (first === 0 && /^\p{Lu}{3,}$/u.test(items[0]?.tok?.text ?? '')) {
    for (let d = 1; d < Math.min(before, 9); d++) {
      if (isPunct(items, d, '—–-') && (isPunct(items, d - 1, ')') || items.slice(0, d).every((x) => !x.tok?.word || x.tok.cap))) {
        first = d + 1
        break
      }
    }
  }
  // "“...,” Smith said, adding that": the subject comes after an opening quotation.
  while (first < before && (items[first]!.quote || !items[first]!.tok?.word)) first++
  // "“...,” responded NASA administrator Jane Doe, noting that": an inverted cue's speaker follows its verb.
  if (first > 0 && reportingVerb(w(items, first))) {
    const after = speakerAfter(ctx, first + 1)
    if (after) return after
  }
  for (let k = first; k < before; k++) {
    const it = items[k]!
    if (!it.tok || !it.tok.word) continue
    const hit = ctx.hitStarting.get(k)
    if (hit) {
      let e = k
      while (e + 1 < items.length && (items[e + 1]!.ti ?? Infinity) < hit.to) e++
      return speakerBefore(ctx, e, false)
    }
    if (pronoun(it.tok.lower)?.case === 'subject') return speakerBefore(ctx, k, false)
    // "We've spent days with it and can say that ...": the writers speak, not a name further on.
    if (k === first && FIRST_PERSON.test(it.tok.lower)) return null
    // A description at the clause start ("The group said ..., and demanded").
    if (k === first || (k <= first + 2 && DETS.has(w(items, first)))) {
      // "Privacy campaigners welcomed ... but said": the noun after a sentence's capital heads it.
      const capitalFirst = it.tok.cap && !DETS.has(it.tok.lower) && !!items[k + 1]?.tok?.word && !items[k + 1]!.tok!.cap && k + 1 < before
      if (capitalFirst) {
        const s = speakerBefore(ctx, k + 1, false)
        if (s && s.from <= k) return s
      }
      // The longest description ("A former payroll manager", not "A former"), up to a verb or a break.
      let found: SpeakerHit | null = null
      for (let e = k; e < Math.min(before, k + 6); e++) {
        if (!items[e]!.tok?.word || (e > k && (finiteVerb(w(items, e)) || PREPOSITIONS.has(w(items, e))))) break
        const s = speakerBefore(ctx, e, false)
        if (s && s.from <= k + 1) found = s
      }
      if (found) return found
    }
  }
  return null
}

function finishCue(ctx: SpeakerContext, v: number, verb: VerbEntry, sp: SpeakerHit, inverted: boolean, coordinated: boolean): Cue | null {
  const { items, text } = ctx
  let verbTo = v + 1
  if (PHRASAL[verb.lemma]) verbTo++
  if (inverted) verbTo = Math.max(verbTo, sp.to)
  if (verb.object && !inverted) verbTo = skipObject(ctx, verbTo)
  const from = inverted || coordinated ? v : Math.min(sp.from, v)

  // Content after the verb.
  let pre: { from: number; thatAt: number } | null = null
  // Where a complement's content ends (see `complementEnd`); the clause's end otherwise.
  let preEnd: number | null = null
  if (COMPLEMENT_VERBS.has(verb.lemma)) {
    // "called the plan 'a disaster'": the complement, when it quotes (or "accused X of").
    const end = clauseEnd(items, v + 1, text)
    const hasQuote = items.slice(v + 1, end).some((x) => x.quote)
    const accuseOf = verb.lemma === 'accuse' && items.slice(v + 1, Math.min(end, v + 8)).some((x) => x.tok?.lower === 'of')
    // "blasted on a call as 'wrong'": adjuncts before the complement are not content.
    let start = v + 1
    for (let e = adjunctEnd(items, start); e > start && w(items, start) !== 'as'; e = adjunctEnd(items, start)) start = e
    if (w(items, start) === 'as' && items[start + 1]?.quote) start++
    if (!inverted && (hasQuote || accuseOf || namesAs(items, start, end, verb.lemma)) && !(w(items, v - 1) === 'what' || w(items, v - 2) === 'what')) pre = { from: start, thatAt: -1 }
    // "called on the government to intervene": a request, read like "urged the government to".
    if (!pre && !inverted && verb.lemma === 'call' && (w(items, v + 1) === 'on' || w(items, v + 1) === 'upon') && requestWithin(items, v + 2, end)) {
      pre = { from: v + 2, thatAt: -1 }
      verbTo = v + 2
      return { speaker: sp, from, to: verbTo, kind: 'pre', pre: [pre.from, end], post: null, lemma: verb.lemma, relay: false, gerund: coordinated }
    }
    if (!pre) return null
    // An accusation runs through its "of" phrase, quoted or not ("of controlling 'bandits' and disrupting aid"),
    // up to where the speaker goes on ("... and promised to fight").
    if (verb.lemma !== 'accuse') preEnd = complementEnd(items, start, end)
    else {
      for (let i = start + 1; i < end - 1; i++) {
        if ((w(items, i) === 'and' || w(items, i) === 'but') && reportingVerb(w(items, i + 1))?.form === 'past') {
          preEnd = i
          break
        }
        // "accused the Chancellor of 'raiding ...' after she confirmed ...": a clause after the quotation says when, not what.
        if (items[i - 1]!.quote && SUBORDINATE_LINKS.has(w(items, i))) {
          preEnd = i
          break
        }
      }
    }
  } else {
    // A request ("urged the US to remain united") reports the hearer with it. After an
    // inverted cue ("said Smith, a professor who ...") what follows describes the speaker.
    pre = inverted ? (isPunct(items, verbTo, ':') ? contentAfter(ctx, verbTo, verb) : null) : (verb.infinitive ? contentAfter(ctx, v + 1, verb) : null) ?? contentAfter(ctx, verbTo, verb)
    if (pre && verb.infinitive && pre.from === v + 1) verbTo = v + 1
  }
  // "the staff member who reported the call ...": a restrictive relative clause reports only with "that"
  // or a quote; one set off by a comma ("confirmed by her daughter, who said her mother had ...") reports.
  if (pre && pre.thatAt < 0 && !inverted && verb.lemma !== 'accuse' && isRelative(items, sp.from) && !isPunct(items, sp.from - 1, ',') && !items[pre.from]?.quote && !isPunct(items, pre.from - 1, ':')) pre = null
  let cueTo = verbTo
  if (pre && pre.thatAt >= 0) cueTo = pre.thatAt + 1
  // "shouted “Shame!” and several people walked out": a quotation that ends its sentence is all that was said.
  if (pre && preEnd === null && items[pre.from]?.quote && /[.!?…]\s*["”’']?\s*$/.test(text.slice(items[pre.from]!.start, items[pre.from]!.end)) && items[pre.from + 1]?.tok?.word) preEnd = pre.from + 1

  // Content before the cue: the cue follows a comma, a quote, or a dash.
  let before = from - 1
  // ("..., surrounded by his family, his daughter Clara said": a possessive opens the speaker's phrase.)
  if (!inverted && !coordinated && ['his', 'her', 'their', 'its'].includes(w(items, before)) && before > 0 && (isPunct(items, before - 1, ',—–') || !!items[before - 1]!.quote)) before--
  // "...," chairman, CEO and president Jane Smith said: step over a list of titles.
  if (!inverted && !coordinated) {
    let b = before
    let titles = 0
    // "study co-author Jane Smith", "JPL scientist": a noun before a title qualifies it.
    // (The speaker phrase itself may open with its title: "lead author Lucas Paganini".)
    const titled = (i: number) => !!items[i]?.tok && (isRoleish(items[i]!.tok!) || isModifierToken(items[i]!.tok!) || (i === from && !items[i]!.tok!.cap && !!sp.entity))
    const plain = (i: number) => !!items[i]?.tok?.word && !finiteVerb(w(items, i)) && !DETS.has(w(items, i)) && !SUBORDINATORS.has(w(items, i)) && !['and', 'or', 'but'].includes(w(items, i))
    // Up to two ("U.N. humanitarian coordinator Marta Lindgren").
    const qualifier = (i: number) => plain(i) && (titled(i + 1) || (plain(i + 1) && titled(i + 2)))
    while (b >= 0 && items[b]!.tok && (isRoleish(items[b]!.tok!) || isModifierToken(items[b]!.tok!) || w(items, b) === 'and' || w(items, b) === '&' || (isPunct(items, b, ',') && b > 0 && !items[b - 1]!.quote && !endsWithComma(items[b - 1], text)) || qualifier(b))) {
      if (isRoleish(items[b]!.tok!) || isModifierToken(items[b]!.tok!) || qualifier(b)) titles++
      b--
    }
    // Only over titles: "“...,” and Smith said" is a new sentence part, not a list of titles.
    if (titles > 0 && b < before && b >= 0 && (items[b]!.quote || isPunct(items, b, ',—–'))) before = b
  }
  // "the United States, which accuses him of ...": the clause before a relative is its antecedent, not content.
  const relative = isRelative(items, sp.from)
  const postOk = !coordinated && !relative && before >= 0 && (isPunct(items, before, ',—–') || !!items[before]!.quote || (isPunct(items, before, '"”') && before > 0))
  let post: [number, number] | null = postOk ? [0, isPunct(items, before, ',—–') ? before : before + 1] : null
  if (!pre && !post) {
    // A cue with no content of its own ("Smith added."), for an earlier quote.
    if (from === 0 || (from <= 2 && items.slice(0, from).every((x) => x.tok && !x.tok.word))) {
      // (Or what follows is about the speaking: "Brooke asked before apologizing", "he said, smiling".)
      const aside = SUBORDINATE_START.has(w(items, v + 1)) || /^[a-z]{3,}ing$/.test(w(items, v + 1)) || (isPunct(items, v + 1, ',') && /^[a-z]{3,}ing$/.test(w(items, v + 2)))
      const rest = aside || items.slice(cueTo).every((x) => x.tok && (!x.tok.word || PREPOSITIONS.has(x.tok.lower) || TIME_WORDS.has(x.tok.lower) || x.tok.cap || DETS.has(x.tok.lower) || TIME_NOUNS.has(x.tok.lower)))
      if (rest) return { speaker: sp, from, to: cueTo, kind: 'bare', pre: null, post: null, lemma: verb.lemma, relay: false, gerund: false }
    }
    return null
  }
  // A subject inside a longer clause ("At a press conference, Smith stressed that"):
  // when content follows, the prose before is not content unless it holds a quote.
  if (pre && post) {
    const hasQuote = items.slice(post[0], post[1]).some((x) => x.quote)
    if (!hasQuote) post = null
  }
  if (post && !pre) {
    const hasQuote = items.slice(post[0], post[1]).some((x) => x.quote)
    // "A, Smith said, and B" / "Meanwhile, Smith says, B": a cue in mid-sentence; the longer side is the content.
    const after = cueTo + (isPunct(items, cueTo, ',') ? 1 : 0)
    // "The plan, Ortiz said, was “a waste of money”", "It was, he added, a waste": the cue splits one statement.
    if (!hasQuote && isPunct(items, cueTo, ',') && post[0] === 0 && countWords(items, 0, post[1]) <= 7 && !holdsVerb(items, 0, post[1]) && opensWithVerb(items, after)) {
      return { speaker: sp, from, to: cueTo, kind: 'pre', pre: [0, clauseEnd(items, after)], post: null, lemma: verb.lemma, relay: false, gerund: false }
    }
    if (!hasQuote && isPunct(items, cueTo, ',') && countWords(items, after, items.length) > countWords(items, post[0], post[1]) && holdsVerb(items, after, items.length)) {
      return { speaker: sp, from, to: cueTo, kind: 'pre', pre: [after, clauseEnd(items, after)], post: null, lemma: verb.lemma, relay: false, gerund: false }
    }
    if (!hasQuote && !holdsVerb(items, post[0], post[1])) return null
  }
  // "While Smith said A, B happened": the content ends with the subordinate clause.
  if (pre && SUBORDINATE_START.has(w(items, 0)) && from <= 8) {
    for (let i = pre.from + 2; i < items.length; i++) {
      if (isPunct(items, i, ',') && looksLikeClause(items, i + 1, items.length)) {
        return { speaker: sp, from, to: cueTo, kind: 'pre', pre: [pre.from, i], post: null, lemma: verb.lemma, relay: false, gerund: false }
      }
    }
  }
  return {
    speaker: sp,
    from: coordinated ? v : from,
    to: cueTo,
    kind: pre && post ? 'both' : pre ? 'pre' : 'post',
    pre: pre ? [pre.from, preEnd ?? clauseEnd(items, pre.from, text)] : null,
    post,
    lemma: verb.lemma,
    relay: false,
    gerund: coordinated,
  }
}

/**
 * Where the content of a complement verb ends: after its last quotation
 * ("called the deal 'morally wrong' and said he would vote against it":
 * what follows the quote is not the evaluation), else at `end`.
 */
function complementEnd(items: Item[], from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) if (items[i]!.quote) return i + 1
  return end
}

/** The end of a reported clause: the unit end, or a clause break outside quotes (", while", ";"). */
function clauseEnd(items: Item[], from: number, text = ''): number {
  for (let i = from; i < items.length; i++) {
    const it = items[i]!
    // ('described the vote as "generally well run," though she said ...': the comma inside the quotation.)
    if (text && i > from && CLAUSE_BREAKS.has(w(items, i + 1)) && quoteEndsWithComma(text, it)) return i + 1
    if (!it.tok) continue
    if (it.tok.text === ';' && i > from + 2) return i
    if (it.tok.text === ',' && CLAUSE_BREAKS.has(w(items, i + 1)) && i > from + 2) return i
    // "conceded that mistakes had been made but denied any wrongdoing": the speaker goes on.
    if (it.tok.lower === 'but' && i > from + 2 && reportingVerb(w(items, i + 1))?.form === 'past') return i
    // "told jurors the case was “about greed” and argued that ...", "said X and described Y as 'Z'":
    // a second verb of saying with its own content starts a statement of its own.
    // (Only after a quotation: in "said its researchers examined X and concluded that Y" the researchers conclude.)
    if (it.tok.lower === 'and' && i > from + 2 && secondCue(items, i + 1) && (items.slice(from, i).some((x) => x.quote) || isPunct(items, i - 1, ','))) return i
  }
  return items.length
}

function secondCue(items: Item[], v: number): boolean {
  const verb = reportingVerb(w(items, v))
  // ("acknowledge in the paper that X, and say Y": after a comma, any finite form.)
  if (verb && isPunct(items, v - 2, ',') && (verb.form === 'base' || verb.form === 'third') && looksLikeClause(items, v + 1, items.length)) return true
  if (verb?.form !== 'past') return false
  if (COMPLEMENT_VERBS.has(verb.lemma) || verb.lemma === 'blame') return true
  for (let t = v + 1; t < items.length && t - v <= 4; t++) if (w(items, t) === 'that') return true
  return false
}

/** ", saying ...", ", adding that ...": the speaker is the subject of the main clause. */
function gerundCue(ctx: SpeakerContext, v: number, verb: VerbEntry, cuesSoFar: Cue[]): Cue | null {
  const { items, text } = ctx
  const l = w(items, v)
  if (!GERUND_CUES.has(l)) return null
  const p = w(items, v - 1)
  if (p === 'as') return quotedAs(ctx, v, verb)
  const withCue = withGerund(ctx, v, verb)
  if (withCue !== undefined) return withCue
  if (!isPunct(items, v - 1, ',—–') && p !== 'and' && p !== 'while' && !endsWithComma(items[v - 1], text)) return null
  let to = v + 1
  if (PHRASAL[verb.lemma]) to++
  if (verb.object) to = skipObject(ctx, to)
  let pre: { from: number; thatAt: number } | null
  let preEnd: number | null = null
  if (COMPLEMENT_VERBS.has(verb.lemma)) {
    const end = clauseEnd(items, v + 1)
    pre = items.slice(v + 1, end).some((x) => x.quote) ? { from: v + 1, thatAt: -1 } : null
    if (pre && verb.lemma !== 'accuse') preEnd = complementEnd(items, v + 1, end)
  } else pre = quotedAfter(items, to) ?? contentAfter(ctx, to, verb, true)
  if (!pre) return null
  // "..., researchers said, warning that ...", "the ministry said it had ..., calling the attack
  // “a provocation”": the speaker of the sentence's cue goes on.
  // (Not a verb inside another cue's content: "Pompeo said that Washington had concluded ...".)
  const inside = (c: Cue) => cuesSoFar.some((o) => o !== c && o.pre && c.from >= o.pre[0] && c.from < o.pre[1])
  const before = cuesSoFar.filter((c) => !c.relay && c.to < v && c.lemma !== 'according to' && !inside(c)).pop()
  const follows = before && (before.kind === 'pre' || (v - before.to <= 5 && items.slice(before.to, v - 1).every((x) => x.tok?.word)))
  const sp = follows ? before.speaker : subordinateSubject(ctx, v - 1) ?? mainSubject(ctx, v - 1)
  if (!sp) return null
  const cueTo = pre.thatAt >= 0 ? pre.thatAt + 1 : pre.from
  return { speaker: sp, from: v, to: cueTo, kind: 'pre', pre: [pre.from, preEnd ?? clauseEnd(items, pre.from)], post: null, lemma: verb.lemma, relay: false, gerund: true }
}

/** "warning (Washington) of “dangerous consequences”", "against “miscalculation”": the quoted words after the preposition. */
function quotedAfter(items: Item[], to: number): { from: number; thatAt: number } | null {
  return (w(items, to) === 'of' || w(items, to) === 'against') && items[to + 1]?.quote ? { from: to + 1, thatAt: -1 } : null
}

/**
 * "..., with the ministry saying that ...", "with Foreign Minister X warning of
 * “...”": the one named between "with" and the gerund speaks. Undefined when
 * the gerund has no such "with" before it.
 */
function withGerund(ctx: SpeakerContext, v: number, verb: VerbEntry): Cue | null | undefined {
  const { items } = ctx
  let at = v - 1
  while (at >= 0 && v - at <= 8 && items[at]!.tok?.word && w(items, at) !== 'with') at--
  if (at < 0 || w(items, at) !== 'with' || at === v - 1 || !(at === 0 || isPunct(items, at - 1, ',—–'))) return undefined
  const sp = speakerBefore(ctx, v - 1, false)
  if (!sp || sp.from !== at + 1) return null
  let to = v + 1
  if (PHRASAL[verb.lemma] && w(items, to) === PHRASAL[verb.lemma]) to++
  const pre = quotedAfter(items, to) ?? contentAfter(ctx, to, verb, true)
  if (!pre) return null
  const cueTo = pre.thatAt >= 0 ? pre.thatAt + 1 : pre.from
  return { speaker: sp, from: at, to: cueTo, kind: 'pre', pre: [pre.from, clauseEnd(items, pre.from)], post: null, lemma: verb.lemma, relay: false, gerund: false }
}

/**
 * "X was quoted by Y as saying ..." and "Y quoted X as saying ...": X speaks,
 * Y relays.
 */
function quotedAs(ctx: SpeakerContext, v: number, verb: VerbEntry): Cue | null {
  const { items } = ctx
  let qv = v - 2
  while (qv >= 0 && v - qv < 14 && w(items, qv) !== 'quoted' && w(items, qv) !== 'cited') qv--
  if (qv < 0 || (w(items, qv) !== 'quoted' && w(items, qv) !== 'cited')) return null
  const pre = contentAfter(ctx, v + 1, verb, true)
  const passive = ['was', 'were', 'is', 'are', 'been', 'being'].includes(w(items, qv - 1))
  if (!pre) return passive ? quotedAsAfter(ctx, v, qv, verb) : null
  let sp: SpeakerHit | null
  let relayAt: [number, number] | undefined
  if (passive) {
    sp = mainSubject(ctx, qv - 1)
    if (v - 1 > qv + 1) relayAt = [qv, v - 1]
  } else {
    sp = speakerAfter(ctx, qv + 1)
    const by = speakerBefore(ctx, qv - 1, false)
    if (by) relayAt = [by.from, by.to]
  }
  if (!sp) return null
  const cueTo = pre.thatAt >= 0 ? pre.thatAt + 1 : pre.from
  return { speaker: sp, from: qv, to: cueTo, kind: 'pre', pre: [pre.from, clauseEnd(items, pre.from)], post: null, lemma: verb.lemma, relay: false, gerund: true, relayAt }
}

/**
 * "“We have heard promises before,” Kaya was quoted as saying by the state
 * news agency": the quotation before the subject is the content, and who
 * quoted it ("by ...") relays it.
 */
function quotedAsAfter(ctx: SpeakerContext, v: number, qv: number, verb: VerbEntry): Cue | null {
  const { items } = ctx
  const sp = speakerBefore(ctx, qv - 2, false)
  if (!sp || sp.from < 1 || !items.slice(0, sp.from).some((x) => x.quote)) return null
  let end = v + 1
  let relayAt: [number, number] | undefined
  if (w(items, end) === 'by') {
    const by = speakerAfter(ctx, end + 1)
    if (by) {
      relayAt = [end, by.to]
      end = by.to
    }
  }
  const contentEnd = sp.from - (isPunct(items, sp.from - 1, ',') ? 1 : 0)
  return { speaker: sp, from: sp.from, to: end, kind: 'post', pre: null, post: [0, contentEnd], lemma: verb.lemma, relay: false, gerund: false, relayAt }
}

/** Steps over the hearer of "tell"/"warn"/"urge": a name, an object pronoun or a short noun phrase. */
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
  let j = i
  if (DETS.has(w(items, j)) || w(items, j) === 'few' || w(items, j) === 'several') j++
  let nouns = 0
  while (j < items.length && nouns < 4 && items[j]!.tok?.word) {
    const l = w(items, j)
    if (l === 'that' || PREPOSITIONS.has(l) || TIME_WORDS.has(l) || pronoun(l)?.case === 'subject' || DETS.has(l) || l === 'who' || WH_WORDS.has(l)) break
    // A capitalised word is part of a name ("told the Associated Press"), not a verb.
    if (!items[j]!.tok!.cap && (AUX.has(l.replace(/’/g, "'")) || finiteVerb(l))) return i
    j++
    nouns++
  }
  if (nouns === 0) return i
  // Another hit right after ("told The Associated Press"), take it whole, with a head noun after it ("the Izvestia newspaper").
  const h2 = ctx.hitStarting.get(i + 1)
  if (h2 && DETS.has(w(items, i))) {
    let e = i + 1
    while (e < items.length && (items[e]!.ti ?? Infinity) < h2.to) e++
    return Math.max(e, j)
  }
  return j
}

/** Where an adjunct starting at `j` ends ("in a statement", "on Tuesday", "earlier this week"), or -1. */
function adjunctEnd(items: Item[], j: number): number {
  const l = w(items, j)
  if (TIME_WORDS.has(l)) {
    let e = j + 1
    while (e < items.length && (TIME_NOUNS.has(w(items, e)) || TIME_WORDS.has(w(items, e)) || w(items, e) === 'this' || w(items, e) === 'last' || /^\d{1,4}$/.test(w(items, e)))) e++
    return e
  }
  if (DETS.has(l) && (TIME_NOUNS.has(w(items, j + 1)) || (TIME_NOUNS.has(w(items, j + 2)) && items[j + 1]?.tok?.word))) {
    let e = j + 1
    while (e < items.length && e - j < 4 && !TIME_NOUNS.has(w(items, e))) e++
    e++
    if (w(items, e) === 'later' || w(items, e) === 'ago' || w(items, e) === 'earlier') e++
    return e
  }
  if (/^\d+$/.test(l) && TIME_NOUNS.has(w(items, j + 1).replace(/s$/, ''))) return j + 2 + (w(items, j + 2) === 'ago' || w(items, j + 2) === 'later' ? 1 : 0)
  if (!PREPOSITIONS.has(l)) return -1
  if (QUANTIFIED.has(w(items, j + 1)) || /^\d/.test(w(items, j + 1))) return (l === 'on' || l === 'in' || l === 'by') && !QUANTIFIED.has(w(items, j + 1)) ? j + 2 : -1
  // A preposition and its noun phrase: stop at "that", punctuation, a quote, a new
  // preposition, or a subject starting after the phrase's head.
  let e = j + 1
  let head = false
  while (e < items.length && e - j < 9) {
    const it = items[e]!
    // 'said on "Meet the Press"', 'said of that plan': the preposition's own object.
    if (it.quote && e === j + 1) return e + 1
    if (it.quote || !it.tok!.word) break
    const x = it.tok!.lower
    if ((x === 'that' || x === 'this') && e === j + 1) {
      e++
      continue
    }
    if (x === 'that' || PREPOSITIONS.has(x)) break
    if (head && (DETS.has(x) || pronoun(x)?.case === 'subject')) break
    if (finiteVerb(x) && head) break
    if (!DETS.has(x)) head = true
    e++
  }
  return e
}

const IDENTITY = new Set(['name', 'names', 'identity', 'identities', 'anonymity'])
const WITHHELD = new Set(['named', 'identified', 'quoted', 'withheld', 'used', 'published', 'disclosed', 'revealed', 'printed', 'given'])

/**
 * "who asked not to be named", "asked for her name to be withheld", "requested
 * anonymity", "asked that his name not be used": a request about the
 * attribution itself, not a statement.
 */
function aboutAnonymity(items: Item[], i: number): boolean {
  if (w(items, i) === 'not' && w(items, i + 1) === 'to' && w(items, i + 2) === 'be' && ['named', 'identified', 'quoted'].includes(w(items, i + 3))) return true
  if (w(items, i) === 'anonymity') return true
  if (!['for', 'that'].includes(w(items, i))) return false
  let identity = false
  for (let t = i + 1; t < items.length && t - i < 9 && items[t]!.tok?.word; t++) {
    if (IDENTITY.has(w(items, t))) identity = true
    else if (identity && WITHHELD.has(w(items, t))) return true
  }
  return w(items, i + 1) === 'anonymity'
}

/**
 * Where the content after a verb group starts: after "that", a colon, a comma
 * before a quote, a quote itself, or a bare clause. Adjuncts ("in a statement",
 * "on Tuesday") are stepped over.
 */
function contentAfter(ctx: SpeakerContext, i: number, verb: VerbEntry, gerund = false): { from: number; thatAt: number } | null {
  const { items } = ctx
  let j = i
  let adjuncts = 0
  let lastAdjunct = -1
  if (aboutAnonymity(items, i)) return null
  // "asked whether ...", "wondered why ...", "asked the council how ...": an indirect question, from its wh-word.
  if (QUESTION_VERBS.has(verb.lemma)) {
    for (let t = i; t < items.length && t - i < 5 && items[t]!.tok?.word; t++) {
      // ("told a crowd who had gathered that ...": after a hearer, "who" opens a relative clause.)
      const relative = (t > i || verb.lemma === 'tell') && (w(items, t) === 'who' || w(items, t) === 'which')
      if (WH_WORDS.has(w(items, t)) && !relative && items[t + 1]?.tok?.word && (t === i || !WH_WORDS.has(w(items, i)))) return { from: t, thatAt: -1 }
      if (w(items, t) === 'to' || w(items, t) === 'that') break
    }
  }
  if (verb.infinitive && verb.object) {
    // "urged the US (earlier this week) to remain united": the request runs from the hearer to the end.
    for (let t = i; t < items.length && t - i < 12; t++) {
      const x = w(items, t)
      if (x === '.' || x === ';' || x === 'that') break
      // ("apologizing to the actor": "to" before an article or a pronoun is no infinitive.)
      if (x === 'to' && items[t + 1]?.tok?.word && t > i && !DETS.has(w(items, t + 1)) && !OBJECT_PRONOUNS.has(w(items, t + 1)) && !ARTICLE_WORDS.has(w(items, t + 1))) return { from: i, thatAt: -1 }
    }
  }
  while (j < items.length) {
    const it = items[j]!
    if (it.quote) {
      // 'told Fox News's "Sunday Morning Futures"': a title after the hearer, not what was said.
      if (titleLike(ctx.text, it)) {
        j++
        continue
      }
      return THAT_ONLY.has(verb.lemma) ? null : { from: j, thatAt: -1 }
    }
    const l = it.tok!.lower
    if (l === 'that' && verb.takesThat) return j + 1 < items.length ? { from: j + 1, thatAt: j } : null
    if (THAT_ONLY.has(verb.lemma) && j > i + 6) return null
    // "... wrote:" ending the paragraph: what was said follows in the next one (see `runUnits`).
    if (l === ':') return { from: j + 1, thatAt: -1 }
    if (l === ',' || l === '—' || l === '–') {
      if (items[j + 1]?.quote && (j === i || !THAT_ONLY.has(verb.lemma))) return { from: j + 1, thatAt: -1 }
      // An adjunct set off by commas ("said, in a statement, that") continues.
      if ((j === i && adjunctEnd(items, j + 1) > j + 1) || adjuncts > 0) {
        // "wrote on X, formerly known as Twitter, that", "on Weibo, a Twitter-like site, that": an aside after the adjunct.
        if (adjuncts > 0 && ASIDE_STARTS.has(w(items, j + 1))) {
          let t = j + 2
          while (t < items.length && t - j < 8 && items[t]!.tok?.word) t++
          if (isPunct(items, t, ',')) {
            j = t + 1
            continue
          }
        }
        j++
        continue
      }
      return null
    }
    if (!it.tok!.word) {
      if (l === '.' || l === '!' || l === '?' || l === ';' || l === ')') return null
      j++
      continue
    }
    // "told a crowd who had gathered outside that ...": a relative clause on the hearer.
    if (l === 'who' && verb.object && (j > i || (j > 0 && !reportingVerb(w(items, j - 1))))) {
      let t = j + 1
      while (t < items.length && t - j < 14 && w(items, t) !== 'that' && items[t]!.tok?.word) t++
      if (w(items, t) === 'that') {
        j = t
        continue
      }
      return null
    }
    // "saying only that", "said simply:", "added repeatedly that": an adverb on the verb.
    if (j - i < 2 && MANNER_ADVERBS.has(l)) {
      j++
      continue
    }
    const e = adjunctEnd(items, j)
    if (e > j) {
      adjuncts++
      if (adjuncts > (gerund ? 2 : 4)) return null
      lastAdjunct = j
      j = e
      continue
    }
    // "told reporters gathered outside that ...": a hearer's description runs up to the "that"
    // (only right after the verb: "told reporters the plan that ..." has its hearer already).
    if (verb.object && verb.takesThat && j === i && reportingVerb(w(items, i - 1)) !== undefined) {
      let t = j
      while (t < items.length && t - j < 8 && items[t]!.tok?.word && w(items, t) !== 'that') t++
      if (w(items, t) === 'that' && t > j && t + 1 < items.length) return { from: t + 1, thatAt: t }
    }
    // "reiterated the UK's position that ...", "restated the government's view that ...": what the position holds.
    if (j === i && POSITION_VERBS.has(verb.lemma)) {
      let t = j
      while (t < items.length && t - j < 6 && items[t]!.tok?.word && !POSITION_NOUNS.has(w(items, t))) t++
      if (POSITION_NOUNS.has(w(items, t)) && w(items, t + 1) === 'that' && t + 2 < items.length) return { from: t + 2, thatAt: t + 1 }
    }
    if (verb.bareClause && looksLikeClause(items, j, items.length)) {
      // "acknowledged the week had been difficult": what looked like a time adjunct is the subject.
      const subjectless = lastAdjunct >= 0 && adjunctEnd(items, lastAdjunct) === j && finiteVerb(w(items, j)) && !PREPOSITIONS.has(w(items, lastAdjunct))
      return { from: subjectless ? lastAdjunct : j, thatAt: -1 }
    }
    return null
  }
  return null
}

/** Nouns for what someone holds, whose "that" clause a verb of saying reports ("reiterated its position that"). */
const POSITION_NOUNS = new Set(['position', 'view', 'stance', 'belief', 'assessment', 'conviction', 'opinion'])
/** Only verbs that state a position as one's own ("denied the claim that" and "rejected the view that" report someone else's). */
const POSITION_VERBS = new Set(['reiterate', 'restate', 'repeat', 'state', 'stress', 'underline', 'emphasize', 'emphasise', 'express', 'voice', 'outline', 'explain', 'maintain', 'reaffirm', 'affirm', 'defend'])

/** Verbs that voice a stance ("voiced concern that"), read as a verb of saying with the stance as its object. */
const STANCE_VERBS = new Set(['voiced', 'voices', 'expressed', 'expresses', 'raised', 'raises'])
const STANCE_VERB: VerbEntry = { lemma: 'express', form: 'past', takesThat: true, bareClause: false, object: true, infinitive: false }
const STANCE_NOUNS = new Set([
  'concern', 'concerns', 'fear', 'fears', 'hope', 'hopes', 'doubt', 'doubts', 'worry', 'worries', 'confidence', 'optimism',
  'skepticism', 'scepticism', 'belief', 'frustration', 'anger', 'dismay', 'disappointment', 'regret', 'alarm', 'suspicion', 'suspicions',
])

/** Whether a stance noun, after at most a few modifiers, is followed by "that" ("serious concerns that"). */
function stanceThat(items: Item[], i: number): boolean {
  for (let t = i; t < items.length && t - i < 4 && items[t]!.tok?.word; t++) {
    if (STANCE_NOUNS.has(w(items, t))) return w(items, t + 1) === 'that'
  }
  return false
}

/** Verbs that report a question or a wh-clause, and the words that open one ("asked whether", "wondered why", "explained how"). */
const QUESTION_VERBS = new Set(['ask', 'wonder', 'demand', 'explain', 'recount', 'recall', 'detail', 'tell', 'reveal', 'outline', 'question'])
const WH_WORDS = new Set(['whether', 'why', 'how', 'what', 'when', 'where', 'who', 'which', 'if'])

/** Words opening an aside on a name ("X, formerly known as Twitter,", "Weibo, a Twitter-like site,"). */
const ASIDE_STARTS = new Set(['formerly', 'previously', 'once', 'now', 'also', 'a', 'an'])

/** Adverbs that may come between a reporting verb and what it reports. */
const MANNER_ADVERBS = new Set([
  'only', 'simply', 'merely', 'just', 'again', 'also', 'instead', 'repeatedly', 'publicly', 'privately', 'flatly', 'bluntly',
  'firmly', 'briefly', 'angrily', 'calmly', 'candidly', 'frankly', 'openly', 'separately', 'previously', 'initially', 'further',
  'emphatically', 'confidently', 'cautiously', 'tersely', 'plainly', 'explicitly', 'clearly', 'falsely', 'wrongly', 'correctly',
])

/** A short quotation in title case ("Meet the Press"): the name of a work or a show. */
function titleLike(text: string, it: Item): boolean {
  const words = titleCaseWords(text, it)
  return words !== null && words.length >= 2 && words.length <= 6
}

/** Keeps one reading of overlapping cues; marks relays; splits content between cues. */
function resolveOverlaps(ctx: SpeakerContext, cues: Cue[]): Cue[] {
  const { items } = ctx
  const out: Cue[] = []
  for (const c of cues) {
    if (c.relay) {
      out.push(c)
      continue
    }
    if (out.some((o) => !o.relay && c.from < o.to && o.from < c.to)) continue
    if (c.post && !c.pre && out.length > 0 && out.some((o) => o.from >= c.post![0])) {
      // A cue after other cues: a relay when it closes the unit ("..., Reuters reports."),
      // otherwise a verb inside the earlier content ("stressed that ... he expected").
      const tail = items.slice(c.to).filter((x) => x.quote || x.tok?.word).length
      if (tail > 4) continue
      const relaying = c.lemma === 'report' || (c.speaker.kind === 'organization' && out.some((o) => o.speaker.name !== c.speaker.name && !o.relay))
      if (!relaying) {
        out.push(c)
        continue
      }
      c.relay = true
      c.post = null
      for (const o of out) if (o.pre && o.pre[1] > c.from - 1) o.pre = [o.pre[0], c.from - (isPunct(items, c.from - 1, ',') ? 1 : 0)]
      out.push(c)
      continue
    }
    // ("she said monitors had noted “isolated cases”": a cue whose subject opens the content is inside it.)
    const host = out.find((o) => !o.relay && o.pre && c.from >= o.pre[0] && o.pre && c.from < o.pre[1])
    if (host && c.pre && !c.post) {
      // A cue inside another's content: a new statement only after a clause break
      // (", adding that", "and said that"); otherwise it is part of what is reported.
      const lead = w(items, c.gerund ? c.from - 1 : Math.min(c.from, c.speaker.from) - 1)
      // "said it viewed X and said it would": a repeated verb is a new report;
      // "said its researchers examined X and concluded Y": a verb of the reported clause.
      // "acknowledged A but stressed that B", "said A and added that B": the speaker goes on, as after
      // a verb whose content is a complement, not a clause ("accused X of “Y” and said Z").
      const split = c.coordinated
        ? c.lemma === host.lemma || reportingVerb(c.lemma)?.object === true || w(items, c.from - 1) === 'but' || GOING_ON.has(c.lemma) || COMPLEMENT_VERBS.has(host.lemma)
        : c.gerund || [',', ';', 'and', 'but', 'while', 'when', 'after', 'as', 'before', 'because', 'since', 'whereas'].includes(lead)
      if (!split) continue
      host.pre = [host.pre![0], c.from - (isPunct(items, c.from - 1, ',') ? 1 : 0)]
    }
    out.push(c)
  }
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!
    const next = out[i + 1]
    if (c.pre && next && !next.relay && next.from > c.pre[0] && next.from < c.pre[1]) {
      const cut = next.from - (isPunct(items, next.from - 1, ',') ? 1 : 0)
      if (next.post && !next.pre) {
        // "X said that A, Y reports": the stretch goes to the later cue only when it has nothing else.
        next.post = [c.pre[0], Math.max(c.pre[0], cut)]
        c.pre = null
        if (next.post[1] <= next.post[0]) next.post = null
      } else {
        // "X said that A, and Y said that B": each keeps its own content.
        if (next.post) next.post = null
        c.pre = [c.pre[0], cut]
      }
    }
    if (c.post && i > 0) {
      const prev = out[i - 1]!
      if (c.post[0] < prev.to) c.post = [prev.to + (isPunct(items, prev.to, ',') ? 1 : 0), c.post[1]]
      if (c.post[1] <= c.post[0]) c.post = null
    }
  }
  return out
}

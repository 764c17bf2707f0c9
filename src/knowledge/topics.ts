/**
 * Canonical topics of a statement, from general machinery rather than lists of
 * known stories:
 *
 * - **relations between two countries**: a relation noun ("relations", "ties",
 *   "relationship", "dialogue", "cooperation") whose two parties come from the
 *   gazetteer: a compound ("Russian-US relations", "Sino-American ties"),
 *   "between X and Y", "X's ties with Y", or a party-less phrase ("bilateral
 *   ties", "our relations", "the two countries") resolved from the speaker's
 *   country and the context (the paragraph or article lead);
 * - **events**: an event head ("elections", "summit", "war", "sanctions",
 *   "referendum", ...) with its modifiers ("midterm", "presidential") and the
 *   country it belongs to ("US midterm elections", "the midterm elections in
 *   the US", "war in Ukraine", "sanctions against Moscow"); "these elections"
 *   takes its country from the context;
 * - **issues**: salient noun-phrase heads of political news (interference in
 *   elections, military aid, arms control, cyber security, ...).
 *
 * Ids are slugs of full country names ("russia-united-states-relations");
 * labels name relation parties in full, sorted, joined by an en dash
 * ("Russia–United States relations"), and events by the short name ("US
 * midterm elections").
 */
import type { TopicRef } from '../model.ts'
import { countryInfo, findCountries, type CountryMention } from './gazetteer.ts'
import { allMatches } from './regex.ts'

export interface TopicContext {
  /** ISO alpha-3 code or English name of the speaker's country, for "our relations". */
  speakerCountry?: string | null
  /** Surrounding text (paragraph, article lead) to resolve "the two countries", "these elections". */
  contextText?: string
}

export interface FoundTopic extends TopicRef {
  kind: 'relations' | 'event' | 'issue'
  /** Where in the text the topic was evoked. */
  start: number
  end: number
  /** Country codes involved, sorted. */
  countries: string[]
}

const NOT_STATE_RELATIONS = /\b(?:public|labou?r|race|racial|industrial|human|family|customer|investor|media|community|sexual|personal|romantic|business|employee|employment|press)\s+$/iu
// The two patterns scanned over every claim are ASCII words: without the u flag V8 matches them
// about five times faster, and a long s or Kelvin sign can no longer match a head the table lacks.
const RELATION_WORDS = ['relations', 'relationship', 'relationships', 'ties', 'dialogue', 'cooperation', 'rapprochement']
const RELATION_NOUNS = new RegExp(`\\b(${RELATION_WORDS.join('|')})\\b`, 'gi')

/**
 * Event heads and their canonical form; plural for elections, as news writes
 * of "the midterm elections". "military operation" and "invasion" are how
 * wars are often named in news copy.
 */
const EVENT_HEADS: Record<string, string> = {
  election: 'elections', elections: 'elections', midterms: 'midterm elections',
  referendum: 'referendum', summit: 'summit', war: 'war', invasion: 'war',
  'military operation': 'war', offensive: 'war', counteroffensive: 'war', 'counter-offensive': 'war', conflict: 'war', sanctions: 'sanctions', embargo: 'sanctions',
  coup: 'coup', protests: 'protests', ceasefire: 'ceasefire', truce: 'ceasefire',
  talks: 'talks', negotiations: 'talks', 'peace talks': 'peace talks',
}

/** Modifiers kept in an event's name ("midterm elections"); others ("important") are dropped. */
const EVENT_MODIFIERS = new Set([
  'midterm', 'presidential', 'parliamentary', 'general', 'legislative', 'local', 'gubernatorial',
  'snap', 'regional', 'municipal', 'congressional', 'mayoral', 'senate', 'primary', 'trade',
  'civil', 'nuclear', 'energy', 'peace',
])

/** Events whose complement ("sanctions against X", "war in X") names the country, over a premodifier ("US sanctions"). */
const COMPLEMENT_WINS = new Set(['war', 'sanctions', 'coup', 'protests', 'ceasefire'])

/**
 * Issue heads: salient nouns of political news, with the canonical issue they name. `starts`
 * lists the words (stems) a match of `re` can begin with: every pattern opens with `\b` and one
 * of these, so `findIssues` tries a pattern only where one of its start words stands.
 */
const ISSUES: { re: RegExp; starts: string[]; id: string; label: string }[] = [
  { re: /\b(?:interference|meddl(?:e|ing|ed)|interfer(?:e|ing|ed))\b[^.;]{0,60}?\belection|\belection\s+(?:interference|meddling)\b/iu, starts: ['interfer', 'meddl', 'election'], id: 'election-interference', label: 'Election interference' },
  { re: /\b(?:arms|weapons?|weaponry|military aid|military assistance|security packages?)\b[^.;]{0,40}?\b(?:to|for|into)\b/iu, starts: ['arms', 'weapon', 'military', 'security'], id: 'military-aid', label: 'Military aid' },
  { re: /\bcyber[\s-]?(?:security|attacks?)\b|\bhack(?:ing|ers?)\b/iu, starts: ['cyber', 'hack'], id: 'cyber-security', label: 'Cyber security' },
  { re: /\b(?:arms control|nuclear (?:weapons|arms|treaty))\b/iu, starts: ['arms', 'nuclear'], id: 'nuclear-arms-control', label: 'Nuclear arms control' },
  { re: /\bhuman rights\b/iu, starts: ['human'], id: 'human-rights', label: 'Human rights' },
  { re: /\bclimate(?: change| crisis)?\b/iu, starts: ['climate'], id: 'climate-change', label: 'Climate change' },
  { re: /\b(?:migration|migrants|refugees|asylum seekers)\b/iu, starts: ['migra', 'refugee', 'asylum'], id: 'migration', label: 'Migration' },
  { re: /\bterroris[mt]s?\b/iu, starts: ['terroris'], id: 'terrorism', label: 'Terrorism' },
  { re: /\b(?:tariffs?|trade war|trade deficit)\b/iu, starts: ['tariff', 'trade'], id: 'trade', label: 'Trade' },
  { re: /\b(?:gas|oil|energy) (?:supplies|prices|exports|imports|pipeline)\b/iu, starts: ['gas', 'oil', 'energy'], id: 'energy', label: 'Energy' },
  { re: /\binflation\b/iu, starts: ['inflation'], id: 'inflation', label: 'Inflation' },
]

const slugCache = new Map<string, string>()

export function slug(s: string): string {
  const hit = slugCache.get(s)
  if (hit !== undefined) return hit
  const out = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  if (slugCache.size < 50_000) slugCache.set(s, out)
  return out
}

function nameOf(code: string): string {
  return countryInfo(code)?.name ?? code
}
function shortOf(code: string): string {
  return countryInfo(code)?.short ?? code
}

/** Accepts an alpha-3 code or any gazetteer form ("Russia", "Russian"). */
function resolveCountry(c: string | null | undefined): string | null {
  if (!c) return null
  if (countryInfo(c)) return c
  const m = findCountries(c)[0]
  return m ? m.code : null
}

export function relationTopic(a: string, b: string): TopicRef {
  const [x, y] = [nameOf(a), nameOf(b)].sort((p, q) => p.localeCompare(q))
  return { id: `${slug(x!)}-${slug(y!)}-relations`, label: `${x}–${y} relations` }
}

function eventTopic(codes: string[], modifiers: string[], head: string): TopicRef {
  const canon = EVENT_HEADS[head] ?? head
  const words = [...new Set([...modifiers, ...canon.split(' ')])]
  const what = words.join(' ')
  if (codes.length === 2) {
    const [x, y] = codes.map(nameOf).sort((p, q) => p.localeCompare(q))
    return { id: `${slug(x!)}-${slug(y!)}-${slug(what)}`, label: `${x}–${y} ${what}` }
  }
  if (codes.length === 1) return { id: `${slug(nameOf(codes[0]!))}-${slug(what)}`, label: `${shortOf(codes[0]!)} ${what}` }
  return { id: slug(what), label: what.charAt(0).toUpperCase() + what.slice(1) }
}

/** Sentence bounds around `at`, for "the subject of this sentence" look-ups. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0
  const re = /[.!?]["”’]?\s+(?=["“‘]?[A-Z])|\n+/g
  let end = text.length
  for (const m of text.matchAll(re)) {
    const boundary = m.index! + m[0].length
    if (boundary <= at) start = boundary
    else {
      end = m.index! + 1
      break
    }
  }
  return { start, end }
}

/** A mention immediately followed by a dash or slash and another mention: "Russian-US", "US/China". */
function compoundPairs(text: string, ms: CountryMention[]): [CountryMention, CountryMention][] {
  const out: [CountryMention, CountryMention][] = []
  for (let i = 0; i + 1 < ms.length; i++) {
    const gap = text.slice(ms[i]!.end, ms[i + 1]!.start)
    if (/^\s?[-–—\/]\s?$/.test(gap) && ms[i]!.code !== ms[i + 1]!.code) out.push([ms[i]!, ms[i + 1]!])
  }
  return out
}

/** Two mentions joined by "and": "Tokyo and Seoul", "the US and China". */
function coordinatedPairs(text: string, ms: CountryMention[]): [CountryMention, CountryMention][] {
  const out: [CountryMention, CountryMention][] = []
  for (let i = 0; i + 1 < ms.length; i++) {
    const gap = text.slice(ms[i]!.end, ms[i + 1]!.start)
    if (/^(?:['’]s)?\s+(?:and|&)\s+(?:the\s+)?$/u.test(gap) && ms[i]!.code !== ms[i + 1]!.code) out.push([ms[i]!, ms[i + 1]!])
  }
  return out
}

const POSSESSOR = /\b(?:our|we)\b/iu

/**
 * Countries in `text` ranked by salience: mentions in relation phrases first,
 * then by count, earlier mentions breaking ties (the lead names the story).
 */
function rankedCountries(text: string): string[] {
  const score = new Map<string, { n: number; first: number }>()
  for (const m of findCountries(text)) {
    const s = score.get(m.code) ?? { n: 0, first: m.start }
    s.n++
    score.set(m.code, s)
  }
  return [...score.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first).map(([c]) => c)
}

/** The pair a party-less relation phrase refers to, from the context. */
function pairFromContext(ctx: TopicContext | undefined, known: string[]): [string, string] | null {
  const speaker = resolveCountry(ctx?.speakerCountry)
  const have = [...new Set([...known, ...(speaker ? [speaker] : [])])]
  if (have.length >= 2) return [have[0]!, have[1]!]
  if (ctx?.contextText) {
    // A relation stated explicitly in the context wins ("bilateral relations with the United States").
    for (const t of contextRelations(ctx.contextText, resolveCountry(ctx.speakerCountry))) {
      if (have.length === 0 || have.every((c) => t.countries.includes(c))) return [t.countries[0]!, t.countries[1]!]
    }
    const ranked = rankedCountries(ctx.contextText).filter((c) => !have.includes(c))
    const all = [...have, ...ranked]
    if (all.length >= 2) return [all[0]!, all[1]!]
  }
  return null
}

function findRelations(text: string, ctx?: TopicContext): FoundTopic[] {
  const out: FoundTopic[] = []
  // Most statements name no relation: skip the country scan for them.
  RELATION_NOUNS.lastIndex = 0
  if (!RELATION_NOUNS.test(text)) return out
  RELATION_NOUNS.lastIndex = 0
  const ms = findCountries(text)
  const pairs = compoundPairs(text, ms)
  for (const m of allMatches(RELATION_NOUNS, text)) {
    const at = m.index!
    const end = at + m[0].length
    // "public relations", "race relations", "family ties": not relations between states.
    if (NOT_STATE_RELATIONS.test(text.slice(Math.max(0, at - 16), at))) continue
    const sentence = sentenceAround(text, at)
    let parties: string[] = []
    // "Russian-US relations", "Sino-American trade ties": a compound shortly before the noun.
    const pre = pairs.filter(([, b]) => b.end <= at && at - b.end <= 30 && /^[\s\p{L}-]*$/u.test(text.slice(b.end, at)))
    if (pre.length) parties = [pre[pre.length - 1]![0].code, pre[pre.length - 1]![1].code]
    const after = text.slice(end, Math.min(text.length, end + 80))
    if (parties.length < 2) {
      // "ties between Moscow and Washington"
      const between = /^\s+between\s+/u.exec(after)
      if (between) {
        const inside = ms.filter((x) => x.start >= end && x.start < end + 80)
        const joined = inside.length >= 2 && /^\s*(?:and|&)\s*(?:the\s+)?$/u.test(text.slice(inside[0]!.end, inside[1]!.start).replace(/['’]s\b/, ''))
        if (joined && inside[0]!.code !== inside[1]!.code) parties = [inside[0]!.code, inside[1]!.code]
        else if (/^\s+between\s+(?:the\s+)?(?:two|both)\s+(?:countries|nations|states|sides|capitals|governments)|^\s+between\s+our\s+(?:two\s+)?(?:countries|nations|states)/u.test(after)) {
          const p = pairFromContext(ctx, [])
          if (p) parties = p
        }
      }
    }
    if (parties.length < 2) {
      // "X's ties with Y", "ties with Y" (the other party from the sentence, the speaker or the context).
      const withM = /^\s+with\s+(?:the\s+)?/u.exec(after)
      const target = withM ? ms.find((x) => x.start === end + withM[0].length) : undefined
      if (target) {
        const local = ms.filter((x) => x.start >= sentence.start && x.end <= at && x.code !== target.code)
        const possessive = POSSESSOR.test(text.slice(Math.max(sentence.start, at - 20), at))
        const speaker = resolveCountry(ctx?.speakerCountry)
        // The other party: a country earlier in the sentence, else the speaker's country. Not the
        // context's: in "he has close ties with Russia" the other party is a person, not a state.
        const other = local.length ? local[local.length - 1]!.code : (possessive || speaker) && speaker ? speaker : null
        if (other && other !== target.code) parties = [other, target.code]
      }
    }
    if (parties.length < 2) {
      // "bilateral ties", "our relations", "relations between the two countries": no party in the phrase.
      const lead = text.slice(Math.max(sentence.start, at - 25), at)
      if (/\b(?:bilateral|our|mutual|two-way)\b[\p{L}\s-]*$/iu.test(lead)) {
        const inSentence = [...new Set(ms.filter((x) => x.start >= sentence.start && x.end <= sentence.end).map((x) => x.code))]
        const p = inSentence.length >= 2 ? ([inSentence[0]!, inSentence[1]!] as [string, string]) : pairFromContext(ctx, inSentence)
        if (p) parties = p
      }
    }
    if (parties.length < 2) {
      // "Germany and France pledged closer cooperation": a coordinated pair earlier in the sentence.
      const pair = coordinatedPairs(text, ms).filter(([a, b]) => a.start >= sentence.start && b.end <= at && /^[^.;:!?]*$/u.test(text.slice(b.end, at)))
      if (pair.length) parties = [pair[0]![0].code, pair[0]![1].code]
    }
    if (parties.length === 2 && parties[0] !== parties[1]) {
      const t = relationTopic(parties[0]!, parties[1]!)
      out.push({ id: t.id, label: t.label, kind: 'relations', start: at, end, countries: [...parties].sort() })
    }
  }
  return out
}

/** Event heads as regex alternatives, longest first. */
const HEAD_WORDS = Object.keys(EVENT_HEADS).sort((a, b) => b.length - a.length).map((h) => h.replace(' ', '\\s+'))
const HEAD_RE = new RegExp(
  `\\b(${HEAD_WORDS.join('|')})\\b`,
  'gi', // ASCII words: see RELATION_NOUNS
)

/** Only a possessive and spaces between a country mention and the word at `p`. */
function gapBefore(text: string, x: CountryMention, p: number): boolean {
  return /^(?:['’]s)?\s+$/u.test(text.slice(x.end, p))
}

function findEvents(text: string, ctx?: TopicContext, depth = 0): FoundTopic[] {
  const out: FoundTopic[] = []
  HEAD_RE.lastIndex = 0
  if (!HEAD_RE.test(text)) return out
  HEAD_RE.lastIndex = 0
  const ms = findCountries(text)
  for (const m of allMatches(HEAD_RE, text)) {
    const head = m[1]!.toLowerCase().replace(/\s+/g, ' ')
    const canon = EVENT_HEADS[head]!
    const at = m.index!
    const end = at + m[0].length
    // Walk back over modifiers ("midterm", "presidential") to the premodifying country, if any.
    const modifiers: string[] = []
    let p = at
    for (;;) {
      const w = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, p - 30), p))
      if (!w || !EVENT_MODIFIERS.has(w[1]!.toLowerCase())) break
      modifiers.unshift(w[1]!.toLowerCase())
      p -= w[0].length
    }
    // "Putin talks with Xi": after a name, "talks" is the verb.
    if (canon.endsWith('talks') && modifiers.length === 0 && /\p{Lu}[\p{L}'’-]+\s+$/u.test(text.slice(Math.max(0, at - 30), at)) && !ms.some((x) => x.end <= at && at - x.end <= 2)) continue
    const premod = ms.filter((x) => x.end <= p && p - x.end <= 4 && gapBefore(text, x, p))
    let codes: string[] = []
    const prePair = compoundPairs(text, ms).find(([, b]) => b.end <= p && gapBefore(text, b, p))
    if (prePair) codes = [prePair[0].code, prePair[1].code]
    else if (premod.length) codes = [premod[premod.length - 1]!.code]
    // "elections in the US", "sanctions against Moscow", "invasion of Ukraine", "talks with Iran".
    const comp = (canon === 'talks' || canon === 'peace talks' ? /^\s+(?:in|of|on|with|between)\s+(?:the\s+)?/u : /^\s+(?:in|of|against|on|for)\s+(?:the\s+)?/u).exec(text.slice(end, end + 30))
    const compM = comp ? ms.find((x) => x.start === end + comp[0].length) : undefined
    // "talks between Armenia and Azerbaijan", "war between Russia and Ukraine": both parties.
    const betweenPair = /^\s+between\s+(?:the\s+)?$/u.test(comp?.[0] ?? '') || /^\s+between\s+/u.test(text.slice(end, end + 12))
      ? coordinatedPairs(text, ms).find(([a]) => a.start > end && a.start <= end + 20)
      : undefined
    if (betweenPair && codes.length < 2) codes = [betweenPair[0].code, betweenPair[1].code]
    else if (compM && (codes.length === 0 || (COMPLEMENT_WINS.has(canon) && codes.length === 1))) {
      // A capital after "in" is a venue ("summit in Paris"), not the event's country, except for wars.
      if (!(compM.kind === 'capital' && canon !== 'war' && canon !== 'sanctions')) codes = [compM.code]
    }
    if (codes.length === 0) {
      // "Voters in Brazil cast ballots in the presidential election": the one country the sentence places things in.
      const sent = sentenceAround(text, at)
      const placed = new Set(ms.filter((x) => x.kind === 'name' && x.start >= sent.start && x.end <= sent.end && /\bin\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, x.start - 8), x.start))).map((x) => x.code))
      if (placed.size === 1) codes = [...placed]
    }
    // "the G20 summit", "a NATO summit": a grouping of states names the event by itself.
    const bloc = codes.length === 0 ? /\b(G7|G8|G20|BRICS|SCO|ASEAN|APEC|OPEC\+?|COP ?\d+)\s+$/u.exec(text.slice(Math.max(0, p - 12), p)) : null
    let topic: TopicRef
    if (bloc) topic = { id: slug(`${bloc[1]} ${EVENT_HEADS[head]}`), label: `${bloc[1]} ${EVENT_HEADS[head]}` }
    else if (codes.length) topic = eventTopic(codes, modifiers, head)
    else {
      // "these elections", "the midterm elections": the same event named in the context.
      const anaphoric = /\b(?:these|those|this|the|that|upcoming|coming|next|last|recent|tuesday's|today's)\s+(?:[\p{L}-]+\s+)?$/iu.test(text.slice(Math.max(0, at - 30), at))
      const fromCtx = depth === 0 && ctx?.contextText ? contextEvents(ctx.contextText).find((e) => e.countries.length > 0 && sameHead(e, canon, modifiers)) : undefined
      if (anaphoric && fromCtx) topic = { id: fromCtx.id, label: fromCtx.label }
      else if (modifiers.length) topic = eventTopic([], modifiers, head)
      else continue // a bare "war" or "talks" names no event
      if (fromCtx) codes = fromCtx.countries
    }
    out.push({ id: topic.id, label: topic.label, kind: 'event', start: at, end, countries: bloc ? [bloc[1]!] : [...codes].sort() })
  }
  return refineEvents(out)
}

// Statements of one article share their context: memoise what it yields (bounded).
const ctxEventCache = new Map<string, FoundTopic[]>()
const ctxRelationCache = new Map<string, Map<string, FoundTopic[]>>()

function contextEvents(text: string): FoundTopic[] {
  let hit = ctxEventCache.get(text)
  if (!hit) {
    if (ctxEventCache.size > 500) ctxEventCache.clear()
    hit = findEvents(text, undefined, 1)
    ctxEventCache.set(text, hit)
  }
  return hit
}

function contextRelations(text: string, speaker: string | null): FoundTopic[] {
  let bySpeaker = ctxRelationCache.get(text)
  if (!bySpeaker) {
    if (ctxRelationCache.size > 500) ctxRelationCache.clear()
    bySpeaker = new Map()
    ctxRelationCache.set(text, bySpeaker)
  }
  let hit = bySpeaker.get(speaker ?? '')
  if (!hit) {
    hit = findRelations(text, { speakerCountry: speaker })
    bySpeaker.set(speaker ?? '', hit)
  }
  return hit
}

function sameHead(e: FoundTopic, canon: string, modifiers: string[]): boolean {
  return e.label.endsWith(canon) && modifiers.every((m) => e.label.includes(m))
}

/**
 * "the US election" beside "the US midterm elections" in the same text is the
 * same event: the less specific mention takes the more specific name.
 */
export function refineEvents(events: FoundTopic[]): FoundTopic[] {
  return events.map((e) => refineEvent(e, events))
}

/** `e` with the name of the more specific event among `events` it refers to, if any. */
function refineEvent(e: FoundTopic, events: FoundTopic[]): FoundTopic {
  const el = e.label.toLowerCase()
  const ew = el.split(' ')
  const last = ew[ew.length - 1]!
  const ec = e.countries.join()
  const better = events.find((o) => {
    if (o === e || o.label.length <= e.label.length) return false
    // Same countries, or a country-less mention ("the presidential elections") meeting a placed one.
    if (o.countries.join() !== ec && !(e.countries.length === 0 && o.countries.length > 0)) return false
    const ol = o.label.toLowerCase()
    return ol.endsWith(last) && ew.every((w) => ol.includes(w))
  })
  return better ? { ...e, id: better.id, label: better.label, countries: better.countries } : e
}

/** Stems every issue pattern starts from: one scan decides whether the patterns need to run at all. */
const ISSUE_TRIGGER = /interfer|meddl|arms|weapon|military|security|cyber|hack|nuclear|human rights|climate|migra|refugee|asylum|terroris|tariff|trade|gas |oil |energy|inflation/i

/**
 * Running every issue pattern over each statement that merely says "trade" or "security" cost
 * more than the rest of the topic finder. Instead one scan finds the words issues start with, and
 * each pattern is tried (sticky) only at those positions, in text order: its first success there
 * is the leftmost match `exec` would find. Start words are ASCII words, so scanning without the
 * u flag is fast and a hit is always at a word start.
 */
const ISSUE_STARTS = new Map<string, number[]>()
for (const w of new Set(ISSUES.flatMap((issue) => issue.starts))) {
  // The scan reports the longest start word at a position: it stands for any shorter one it begins with.
  ISSUE_STARTS.set(w, ISSUES.flatMap((issue, i) => (issue.starts.some((v) => w.startsWith(v)) ? [i] : [])))
}
const ISSUE_START_RE = new RegExp(`\\b(?:${[...ISSUE_STARTS.keys()].sort((a, b) => b.length - a.length).join('|')})`, 'gi')
const ISSUE_STICKY = ISSUES.map((issue) => new RegExp(issue.re.source, issue.re.flags + 'y'))
/**
 * Under the iu flags a long s (U+017F) matches "s" and a Kelvin sign (U+212A) "k", which the
 * ASCII scan cannot see: text with either takes the plain path.
 */
const CASE_FOLDS_TO_ASCII = /[\u017f\u212a]/

function findIssues(text: string): FoundTopic[] {
  if (CASE_FOLDS_TO_ASCII.test(text)) return findIssuesPlain(text)
  const found: (RegExpExecArray | undefined)[] = []
  let left = ISSUES.length
  ISSUE_START_RE.lastIndex = 0
  for (let s = ISSUE_START_RE.exec(text); s !== null && left > 0; s = ISSUE_START_RE.exec(text)) {
    for (const i of ISSUE_STARTS.get(s[0].toLowerCase())!) {
      if (found[i]) continue
      const re = ISSUE_STICKY[i]!
      re.lastIndex = s.index
      const m = re.exec(text)
      if (m) {
        found[i] = m
        left--
      }
    }
  }
  const out: FoundTopic[] = []
  ISSUES.forEach((issue, i) => {
    const m = found[i]
    if (m) out.push({ id: issue.id, label: issue.label, kind: 'issue', start: m.index, end: m.index + m[0].length, countries: [] })
  })
  return out
}

/** Every issue pattern over the whole text, behind the trigger scan: the reference behaviour. */
function findIssuesPlain(text: string): FoundTopic[] {
  const out: FoundTopic[] = []
  if (!ISSUE_TRIGGER.test(text)) return out
  for (const issue of ISSUES) {
    const m = issue.re.exec(text)
    if (m) out.push({ id: issue.id, label: issue.label, kind: 'issue', start: m.index, end: m.index + m[0].length, countries: [] })
  }
  return out
}

/**
 * A word any relation, event or issue starts from. Nine statements in ten have none: one scan of
 * this union rules them out for less than the three separate scans cost.
 */
const ANY_TOPIC_WORD = new RegExp(`\\b(?:${[...RELATION_WORDS, ...HEAD_WORDS, ...ISSUE_STARTS.keys()].join('|')})`, 'i')

/** Every topic evoked in `text`, with where it was evoked; see `topicsOf`. */
export function findTopics(text: string, ctx?: TopicContext): FoundTopic[] {
  // Without a topic word only the issue patterns' case folding could still find something.
  if (!ANY_TOPIC_WORD.test(text) && !CASE_FOLDS_TO_ASCII.test(text)) return []
  let events = findEvents(text, ctx)
  if (ctx?.contextText && events.length) {
    // A generic event here ("the US election") takes the specific name the context gives it.
    const ctxEvents = contextEvents(ctx.contextText)
    // Only the statement's own event is refined; the context's events are candidates.
    events = events.map((e) => refineEvent(e, [e, ...ctxEvents]))
  }
  // An event no country or bloc could be given ("the presidential elections" with nothing around) names nothing general.
  events = events.filter((e) => e.countries.length > 0)
  const all = [...findRelations(text, ctx), ...events, ...findIssues(text)]
  all.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
  const seen = new Set<string>()
  return all.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)))
}

/**
 * Canonical topics of a statement, in order of first mention, without
 * duplicates. `ctx.speakerCountry` resolves "our relations"; `ctx.contextText`
 * (the paragraph or article lead) resolves "bilateral ties" and "these elections".
 */
export function topicsOf(text: string, ctx?: TopicContext): TopicRef[] {
  return findTopics(text, ctx).map(({ id, label }) => ({ id, label }))
}

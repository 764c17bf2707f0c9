/**
 * The units linking works on: each claim, and each quote no claim was taken
 * from, with its corpus-wide speaker, topics, stance, date and content concepts.
 *
 * Topics, in order (the first is the statement's primary topic):
 * 1. what `findTopics` sees in the statement's own words (or, for a claim
 *    that names none, in the quote it was taken from), with its paragraph, the
 *    title and the lead as context;
 * 2. when those name nothing, what readers would infer: the headline's topics
 *    when the statement echoes the headline's words ("no thaw in sight"),
 *    else the topics of the reporter's narration around it ("asked whether X
 *    will follow the US election, he said ..."), else those of the same
 *    speaker's previous statement in the same or the preceding paragraph;
 * 3. the extractor's topics.
 * Within one article, a generic event ("the US election") takes the specific
 * name the article gives it elsewhere ("the US midterm elections").
 */
import type { ArticleRecord, Stance, TopicRef } from '../model.ts'
import { stanceOf } from '../knowledge/stance.ts'
import { findTopics, refineEvents, type FoundTopic, type TopicContext } from '../knowledge/topics.ts'
import type { MergedPeople } from './people.ts'
import type { MergedOrganizations } from './organizations.ts'
import { concepts, sharedWordCount, type Concepts } from './text.ts'

export interface Unit {
  article: string
  /** Local quote or claim id ("q3", "c2"). */
  id: string
  kind: 'quote' | 'claim'
  text: string
  start: number
  paragraph: number
  /** Corpus-wide speaker key: a person or organisation id, `group:<name>`, or `outlet`. */
  speaker: string | null
  speakerName: string
  speakerKind: 'person' | 'organization' | 'group' | 'outlet'
  /** The quote a claim came from, for families ("q3"). */
  quote: string | null
  topics: string[]
  stance: Stance
  date: string | null
  /** Content concepts, sorted (see text.ts). */
  concepts: Concepts
}

export interface ArticleUnits {
  article: ArticleRecord
  units: Unit[]
  /** Every quote as a unit (a quote claims were taken from gets their topics): the members of families. */
  quotes: Unit[]
  /** Every topic the article evokes: its statements' and its title's. */
  topics: string[]
  /** Positions in `units` of each speaker's units, in order (for pairing statements across articles). */
  bySpeaker: Map<string, number[]>
}

/** Placeholder until a unit's concepts are computed (never read). */
const EMPTY: Concepts = []

/** The distinct items of several lists, in order of first appearance. */
function unionOf(lists: string[][]): string[] {
  if (lists.length === 1) return [...new Set(lists[0])]
  const out = new Set<string>()
  for (const l of lists) for (const x of l) out.add(x)
  return [...out]
}

/** Index of the paragraph holding `offset` (binary search over the sorted spans). */
function paragraphOf(paragraphs: { start: number; end: number }[], offset: number): number {
  let lo = 0
  let hi = paragraphs.length - 1
  let found = 0
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (paragraphs[mid]!.start <= offset) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}

export function buildUnits(
  records: ArticleRecord[],
  people: MergedPeople,
  orgs: MergedOrganizations,
  labels: Map<string, TopicRef & { kind?: string }>,
): ArticleUnits[] {
  // Concepts and stance by text, for the whole corpus: outlets report one statement in the same
  // words (concept sets are never changed, so units share them).
  const known = new Map<string, Concepts>()
  const conceptsOf = (text: string) => {
    let cs = known.get(text)
    if (cs === undefined) known.set(text, (cs = concepts(text)))
    return cs
  }
  const stances = new Map<string, Stance>()
  const stanceOfText = (text: string) => {
    let st = stances.get(text)
    if (st === undefined) stances.set(text, (st = stanceOf(text)))
    return st
  }
  return records.map((r) => articleUnits(r, people, orgs, labels, { conceptsOf, stanceOf: stanceOfText }))
}

/** Memoised readings of statement texts, shared by all articles of a link. */
interface TextReadings {
  conceptsOf: (text: string) => Concepts
  stanceOf: (text: string) => Stance
}

type Labels = Map<string, TopicRef & { kind?: string }>
type Span = { start: number; end: number }

/** Who speaks, as a corpus-wide key, with the country the speaker's roles name. */
interface Speaker {
  key: string
  country: string | null
}

/** What every unit of one article is read against. */
interface ArticleContext {
  r: ArticleRecord
  paras: Span[]
  title: string
  lead: string
  titleTopics: FoundTopic[]
  titleConcepts: Concepts
  /** Every topic found in the article so far (for refining events). */
  seen: FoundTopic[]
  speakerOf: (ref: { id: string | null; name: string; kind: string }) => Speaker
  read: TextReadings
}

/** A unit before its topics and concepts, with what finding them needs. */
interface Raw {
  unit: Unit
  topicRefs: TopicRef[]
  speakerCountry: string | null
  extraText: string
}

// The work on one article is split into functions of a few dozen lines: the engine compiles
// each on its own, and a large function recompiled after each new shape of data costs more
// than linking the records it saw.
function articleUnits(r: ArticleRecord, people: MergedPeople, orgs: MergedOrganizations, labels: Labels, read: TextReadings): ArticleUnits {
  const a = articleContext(r, people, orgs, labels, read)
  const units = topicUnits(a, rawUnits(a), labels)
  const topics = refineArticleEvents(a, units)
  const quotes = quoteUnits(a, units)
  const bySpeaker = new Map<string, number[]>()
  units.forEach((u, i) => {
    if (u.speaker === null) return
    const list = bySpeaker.get(u.speaker)
    if (list) list.push(i)
    else bySpeaker.set(u.speaker, [i])
  })
  return { article: r, units, quotes, topics, bySpeaker }
}

function articleContext(r: ArticleRecord, people: MergedPeople, orgs: MergedOrganizations, labels: Labels, read: TextReadings): ArticleContext {
  const paras = r.paragraphs.length ? r.paragraphs : [{ start: 0, end: r.text.length }]
  const title = r.title.value
  const lead = r.text.slice(paras[0]!.start, paras[0]!.end)
  const titleTopics = findTopics(title, { contextText: lead })
  for (const t of titleTopics) if (!labels.has(t.id)) labels.set(t.id, { id: t.id, label: t.label, kind: t.kind })
  const localPeople = people.globalId.of(r.id)
  const localOrgs = orgs.globalId.of(r.id)
  const speakerOf = (ref: { id: string | null; name: string; kind: string }): Speaker => {
    if (ref.kind === 'outlet') return { key: 'outlet', country: null }
    if (ref.id) {
      const p = localPeople?.get(ref.id)
      if (p) return { key: p, country: people.countries.get(p)?.[0] ?? null }
      const o = localOrgs?.get(ref.id)
      if (o) return { key: o, country: orgs.countries.get(o) ?? null }
    }
    return { key: `group:${ref.name.toLowerCase().replace(/\s+/g, ' ').trim()}`, country: null }
  }
  return { r, paras, title, lead, titleTopics, titleConcepts: read.conceptsOf(title), seen: [...titleTopics], speakerOf, read }
}

/** Each claim, and each quote no claim was taken from, in text order. */
function rawUnits(a: ArticleContext): Raw[] {
  const { r, paras, speakerOf } = a
  const quotesById = new Map(r.quotes.map((q) => [q.id, q]))
  const quotedByClaim = new Set<string>()
  for (const c of r.claims) if (c.quote !== null) quotedByClaim.add(c.quote)
  const raw: Raw[] = []
  for (const c of r.claims) {
    const q = c.quote ? quotesById.get(c.quote) : undefined
    const sp = speakerOf(c.by)
    raw.push({
      unit: {
        article: r.id, id: c.id, kind: 'claim', text: c.text, start: c.start, paragraph: paragraphOf(paras, c.start),
        speaker: sp.key, speakerName: c.by.name, speakerKind: c.by.kind, quote: c.quote, topics: [], stance: c.stance,
        date: q?.date ?? r.date.value, concepts: EMPTY,
      },
      topicRefs: c.topics, speakerCountry: sp.country, extraText: q?.text ?? '',
    })
  }
  for (const q of r.quotes) {
    if (quotedByClaim.has(q.id)) continue
    const sp = q.speaker ? speakerOf(q.speaker) : null
    raw.push({
      unit: {
        article: r.id, id: q.id, kind: 'quote', text: q.text, start: q.start, paragraph: paragraphOf(paras, q.start),
        speaker: sp?.key ?? null, speakerName: q.speaker?.name ?? '', speakerKind: q.speaker?.kind ?? 'group', quote: q.id, topics: [],
        stance: a.read.stanceOf(q.text), date: q.date ?? r.date.value, concepts: EMPTY,
      },
      topicRefs: [], speakerCountry: sp?.country ?? null, extraText: '',
    })
  }
  raw.sort((x, y) => x.unit.start - y.unit.start || x.unit.id.localeCompare(y.unit.id))
  return raw
}

/**
 * The reporter's words around the quotes of a paragraph ("asked whether X will
 * watch the US election, he said that ..."): the paragraph with its quoted
 * words blanked out, every offset kept. Built in one pass over the quotes
 * inside it (`byStart`: the article's quotes sorted by start; long articles
 * hold thousands of quotes).
 */
function narrationOf(r: ArticleRecord, byStart: Span[], para: Span): string {
  const parts: string[] = []
  let at = para.start
  // The quotes inside the paragraph, in order: from the first starting in it (binary search).
  let lo = 0
  let hi = byStart.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (byStart[mid]!.start < para.start) lo = mid + 1
    else hi = mid
  }
  for (let k = lo; k < byStart.length && byStart[k]!.start <= para.end; k++) {
    const q = byStart[k]!
    if (q.end > para.end || q.end <= at) continue
    const from = Math.max(q.start, at)
    parts.push(r.text.slice(at, from), ' '.repeat(q.end - from))
    at = q.end
  }
  parts.push(r.text.slice(at, para.end))
  return parts.join('')
}

/** Each unit with its topics (see the top of this file) and concepts. */
function topicUnits(a: ArticleContext, raw: Raw[], labels: Labels): Unit[] {
  const { r, paras, title, lead } = a
  const narrationCache = new Map<number, string[]>()
  const titleAndLead = `${title}\n${lead}` // one string: the context memo then hashes it once
  let byStart: Span[] | null = null // the quotes by start, when a narration is first needed
  const narrationTopics = (paragraph: number, speakerCountry: string | null): string[] => {
    const hit = narrationCache.get(paragraph)
    if (hit) return hit
    byStart ??= [...r.quotes].sort((x, y) => x.start - y.start)
    const found = findTopics(narrationOf(r, byStart, paras[paragraph]!), { speakerCountry, contextText: titleAndLead })
    for (const t of found) {
      a.seen.push(t)
      if (!labels.has(t.id)) labels.set(t.id, { id: t.id, label: t.label, kind: t.kind })
    }
    const ids = found.map((t) => t.id)
    narrationCache.set(paragraph, ids)
    return ids
  }
  // One context string per paragraph, reused: look-ups keyed by it then hash it once.
  const contexts = new Map<number, string>()
  const contextOf = (paragraph: number) => {
    let c = contexts.get(paragraph)
    if (c === undefined) {
      const para = paras[paragraph]!
      c = `${title}\n${lead}\n${r.text.slice(para.start, para.end)}`
      contexts.set(paragraph, c)
    }
    return c
  }
  const units: Unit[] = []
  for (const { unit: u, topicRefs, speakerCountry, extraText } of raw) {
    const context: TopicContext = { speakerCountry, contextText: contextOf(u.paragraph) }
    const own = findTopics(u.text, context)
    // The quote around a claim is read only when the claim itself names no topic.
    const around = own.length === 0 && extraText && extraText !== u.text ? findTopics(extraText, context) : []
    const found = around.length ? own.concat(around) : own
    for (const t of found) {
      a.seen.push(t)
      if (!labels.get(t.id)?.kind) labels.set(t.id, { id: t.id, label: t.label, kind: t.kind })
    }
    for (const t of topicRefs) if (!labels.has(t.id)) labels.set(t.id, { id: t.id, label: t.label })
    const cs = a.read.conceptsOf(u.text)
    // What the statement's own words name comes first (its primary topic), then
    // what it inherits, then the extractor's topics.
    // (Tested on `found`: lists of topic ids come in several array shapes, each new one recompiles this function.)
    const inferred = found.length ? found.map((t) => t.id) : inheritedTopics(a, u, cs, units, () => narrationTopics(u.paragraph, speakerCountry))
    const topics = new Set(inferred)
    for (const t of topicRefs) topics.add(t.id)
    u.topics = [...topics]
    u.concepts = cs
    units.push(u)
  }
  return units
}

/**
 * Topics a statement that names none inherits: the headline's when it echoes
 * the headline's words, else the narration's around it, else those of the same
 * speaker's previous statement in the same or the preceding paragraph.
 */
function inheritedTopics(a: ArticleContext, u: Unit, cs: Concepts, before: Unit[], narration: () => string[]): string[] {
  // Naming the same countries as the headline is not echoing it.
  if (a.titleTopics.length > 0 && sharedWordCount(cs, a.titleConcepts) >= 2) return a.titleTopics.map((t) => t.id)
  const around = narration()
  if (around.length) return around
  for (let k = before.length - 1; k >= 0 && u.speaker !== null; k--) {
    const p = before[k]!
    if (u.paragraph - p.paragraph > 1) break
    if (p.speaker === u.speaker) return p.topics
  }
  return []
}

/**
 * One article, one event: "the US election" takes the name "the US midterm
 * elections" has elsewhere in it (distinct events only: refinement compares
 * every pair). Returns every topic the article evokes.
 */
function refineArticleEvents(a: ArticleContext, units: Unit[]): string[] {
  const events = [...new Map(a.seen.filter((t) => t.kind === 'event').map((t) => [t.id, t])).values()]
  const refined = refineEvents(events)
  const better = new Map<string, string>()
  events.forEach((e, i) => {
    if (refined[i]!.id !== e.id) better.set(e.id, refined[i]!.id)
  })
  if (better.size) for (const u of units) u.topics = [...new Set(u.topics.map((t) => better.get(t) ?? t))]
  const evoked = new Set<string>()
  for (const t of a.titleTopics) evoked.add(better.get(t.id) ?? t.id)
  for (const u of units) for (const t of u.topics) evoked.add(t)
  return [...evoked]
}

/** Every quote as a unit: a quote claims were taken from gets their topics and stance. */
function quoteUnits(a: ArticleContext, units: Unit[]): Unit[] {
  const { r, paras, speakerOf } = a
  // Indexed once: a lookup per quote over every unit is quadratic in long articles.
  const quoteUnit = new Map<string, Unit>()
  const claimsOfQuote = new Map<string, Unit[]>()
  for (const u of units) {
    if (u.kind === 'quote') quoteUnit.set(u.id, u)
    if (u.quote === null) continue
    const list = claimsOfQuote.get(u.quote)
    if (list) list.push(u)
    else claimsOfQuote.set(u.quote, [u])
  }
  return r.quotes.map((q) => {
    const own = quoteUnit.get(q.id)
    if (own) return own
    const fromClaims = (claimsOfQuote.get(q.id) ?? []).filter((u) => u.kind !== 'quote')
    const sp = q.speaker ? speakerOf(q.speaker) : null
    return {
      article: r.id, id: q.id, kind: 'quote', text: q.text, start: q.start, paragraph: paragraphOf(paras, q.start),
      speaker: sp?.key ?? null, speakerName: q.speaker?.name ?? '', speakerKind: q.speaker?.kind ?? 'group', quote: q.id,
      // The claims taken from a quote carry its stance; only a quote without claims is scored.
      stance: fromClaims[0]?.stance ?? a.read.stanceOf(q.text), date: q.date ?? r.date.value, topics: unionOf(fromClaims.map((u) => u.topics)),
      // A claim quoting the whole quote has its concepts already (concept sets are never changed).
      concepts: fromClaims.find((u) => u.text === q.text)?.concepts ?? a.read.conceptsOf(q.text),
    }
  })
}

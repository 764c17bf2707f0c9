/**
 * Claims: the propositions a statement makes. Each sentence of a quote (its
 * leading adverbial such as "As of now," set aside) is a claim by the quote's
 * speaker; a sentence in the article's own voice that touches a topic is a
 * claim by the outlet. Topics and stance come from the shared knowledge.
 */
import type { Article, Claim, Quote } from '../model.ts'
import { stanceOf } from '../knowledge/stance.ts'
import { topicsOf } from '../knowledge/topics.ts'
import type { RecordFields } from './record.ts'
import type { Run } from './run.ts'

/**
 * The context only matters for phrases that leave a party or an event open
 * ("bilateral ties", "these elections", "the two countries"); scanning it for
 * every sentence would dominate extraction time, so it is passed only then.
 */
const NEEDS_CONTEXT = /\b(?:relations?|relationships?|ties|dialogue|cooperation|rapprochement|elections?|midterms?|polls|summit|war|talks|negotiations|sanctions|countries|country|bilateral|sides|referendum|ceasefire|truce)\b/i

/** Topics of a claim at `at`; the context is its paragraph and the lead, read only when needed. */
function topicsFor(t: string, speakerCountry: string | null, article: Article, at: number, lead: string) {
  if (!NEEDS_CONTEXT.test(t)) return topicsOf(t, { speakerCountry })
  return topicsOf(t, { speakerCountry, contextText: paragraphAround(article, at) + ' ' + lead })
}

/** A verb right after "that": the word is the subject ("That is not a crime"), not a conjunction. */
const THAT_AS_SUBJECT = /^(?:is|was|were|are|has|had|have|will|would|can|could|should|may|might|must|does|did|seems|means|makes|sounds|shows)\b/i

const INTRO_VERBS = /\b(?:is|are|was|were|will|would|has|have|had|can|could|said|says)\b/i

export function buildClaims(article: Article, run: Run, record: RecordFields): Claim[] {
  const text = article.text
  const lead = article.paragraphs.slice(0, 2).map((p) => text.slice(p.start, p.end)).join(' ')
  const found: Omit<Claim, 'id'>[] = []
  const countryOf = new Map<string, string | null>()
  for (const e of run.registry.entities) countryOf.set(e.name, e.countries[0] ?? null)

  for (const q of record.quotes) {
    if (!q.speaker) continue
    const by = { id: q.speaker.id, name: q.speaker.name, kind: q.speaker.kind }
    for (const [s, e] of sentencesOf(text, q.start, q.end)) {
      const [cs, ce] = trimClaim(text, s, e)
      if (words(text.slice(cs, ce)) < 3) continue
      const t = text.slice(cs, ce)
      found.push({ text: t, start: cs, end: ce, by, topics: topicsFor(t, countryOf.get(q.speaker.name) ?? null, article, q.start, lead), stance: stanceOf(t), quote: q.id })
    }
  }

  // Sentences in the outlet's own voice.
  const outlet = article.source.name ?? 'the outlet'
  run.units.forEach((u, ui) => {
    if (run.speech[ui]) return
    const t0 = text.slice(u.start, u.end)
    if (!/[.!]$/.test(t0) || words(t0) < 6 || /\?/.test(t0)) return
    const [cs, ce] = trimClaim(text, u.start, u.end)
    const t = text.slice(cs, ce)
    const topics = topicsFor(t, null, article, u.start, lead)
    if (topics.length === 0) return
    found.push({ text: t, start: cs, end: ce, by: { id: null, name: outlet, kind: 'outlet' }, topics, stance: stanceOf(t), quote: null })
  })

  found.sort((a, b) => a.start - b.start || a.end - b.end)
  inheritTopics(article, found)
  return found.map((c, i) => ({ id: `c${i + 1}`, ...c }))
}

/**
 * A claim that names no topic of its own ("nothing has changed since")
 * continues the topic of the same speaker's previous claim nearby.
 */
function inheritTopics(article: Article, claims: Omit<Claim, 'id'>[]): void {
  // The nearest earlier claim by the same speaker that named its own topics, at most one paragraph back.
  // One pass with a per-speaker memory: a scan back over every claim is quadratic on long paragraphs.
  const lastOwn = new Map<string, { topics: Claim['topics']; para: number }>()
  for (const c of claims) {
    const at = paragraphIndex(article, c.start)
    if (c.topics.length > 0) {
      if (c.by.kind !== 'outlet') lastOwn.set(c.by.name, { topics: c.topics, para: at })
      continue
    }
    if (c.by.kind === 'outlet') continue
    const previous = lastOwn.get(c.by.name)
    if (previous && at - previous.para <= 1) c.topics = [...previous.topics]
  }
}

/** Index of the paragraph holding `offset` (binary search: paragraphs are in text order), or -1. */
function paragraphIndex(article: Article, offset: number): number {
  const ps = article.paragraphs
  let lo = 0
  let hi = ps.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const p = ps[mid]!
    if (offset < p.start) hi = mid - 1
    else if (offset > p.end) lo = mid + 1
    else return mid
  }
  return -1
}

function paragraphAround(article: Article, offset: number): string {
  const i = paragraphIndex(article, offset)
  const p = i >= 0 ? article.paragraphs[i] : undefined
  return p ? article.text.slice(p.start, p.end) : ''
}

/** Sentences of a span: breaks at ". " before a capital, within the span. */
function sentencesOf(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let s = start
  for (let i = start; i < end - 1; i++) {
    const c = text[i]
    if ((c === '.' || c === '!' || c === '?') && text[i + 1] === ' ' && /[\p{Lu}"“]/u.test(text[i + 2] ?? '')) {
      const w = text.slice(Math.max(start, i - 4), i + 1)
      if (/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St|Gen|U\.S|Jr|Sr)\.$/.test(w) || /\b\p{Lu}\.$/u.test(w)) continue
      out.push([s, i + 1])
      s = i + 2
    }
  }
  out.push([s, end])
  return out
}

// Quotation marks in opening and in closing position (an apostrophe inside a word is neither).
const OPENING_MARK = /[“«„]|(?:^|[\s(])[‘'"]/g
const CLOSING_MARK = /[”»]|[’'"](?=[\s,.;:!?)]|$)/g

/** Trims trailing punctuation and a short leading adverbial ("As of now,", "However,"). */
function trimClaim(text: string, s: number, e: number): [number, number] {
  const end = e
  while (e > s && /[\s,.;:!?"”’'»]/.test(text[e - 1]!)) e--
  while (s < e && /[\s"“„«‘']/.test(text[s]!)) s++
  // A closing mark whose opening mark the claim holds stays ("the plan was “the only way”").
  const body = text.slice(s, e)
  const opens = (body.match(OPENING_MARK) ?? []).length
  const closes = (body.match(CLOSING_MARK) ?? []).length
  if (opens > closes) {
    for (let j = e; j < end; j++) {
      if (/["”’'»]/.test(text[j]!)) {
        e = j + 1
        break
      }
    }
  }
  // (A comma between digits, "389,000", sets nothing off.)
  let comma = text.indexOf(',', s)
  while (comma > s && comma < e && /\d/.test(text[comma - 1]!) && /\d/.test(text[comma + 1] ?? '')) comma = text.indexOf(',', comma + 1)
  if (comma > s && comma < e) {
    const intro = text.slice(s, comma)
    if (words(intro) <= 4 && !INTRO_VERBS.test(intro) && words(text.slice(comma + 1, e)) >= 3) {
      s = comma + 1
      while (s < e && text[s] === ' ') s++
    }
  }
  // "that the plan works" drops its "that"; "That is not a crime" keeps its subject.
  if (text.slice(s, s + 5).toLowerCase() === 'that ' && !THAT_AS_SUBJECT.test(text.slice(s + 5, s + 20))) s += 5
  return [s, e]
}

/** Words: runs of characters other than spaces that hold a letter or digit. */
function words(t: string): number {
  let n = 0
  let inWord = false
  let counted = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (c === 32 || c === 10 || c === 9 || c === 0xa0) {
      inWord = false
      continue
    }
    if (!inWord) {
      inWord = true
      counted = false
    }
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191)) {
      n++
      counted = true
    }
  }
  return n
}

export type { Quote }

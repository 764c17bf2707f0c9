/**
 * Stories: articles about the same event. Two articles are candidates when
 * they share a person, a topic or one of their most distinctive terms and
 * their dates are at most `WINDOW_DAYS` apart (see blocking.ts); they are the
 * same story when a score of shared people, shared topics (both weighted by
 * rarity, so "Ukraine war" counts for less than a named summit) and the tf-idf
 * cosine of headline and opening passes `THRESHOLD`. Articles that report the same statement (a family) get a
 * bonus, and are the only way undated articles join a story. Stories are the
 * connected groups of two or more articles.
 */
import type { Family, Story, TopicRef } from '../model.ts'
import { slug } from '../knowledge/topics.ts'
import { addTo, dayNumber, windowPairs } from './blocking.ts'
import type { ArticleUnits } from './statements.ts'
import type { MergedPeople } from './people.ts'
import { conceptCounts } from './text.ts'
import { UnionFind } from './union-find.ts'

const WINDOW_DAYS = 3
const CAP = 40
// Calibrated on real pages: reports of one event score 0.26–0.5, unrelated pairs below 0.2.
const THRESHOLD = 0.3
const UNDATED_THRESHOLD = 0.33
const MAX_SPAN_DAYS = 7
const BODY_CHARS = 3000 // the opening of a report carries its story; the rest adds cost, not signal
const TOP_TERMS = 8
const VECTOR_TERMS = 60
const FAMILY_BONUS = 0.25 // two articles quoting the same statement

interface Features {
  id: string
  day: number | null
  date: string | null
  title: string
  people: Set<string>
  topics: Set<string>
  /** tf-idf vector of the headline (counted twice) and the opening of the body. */
  vector: Map<string, number>
  /** The most distinctive terms, used as blocking keys. */
  top: string[]
}

/** Dot product of two unit vectors: their cosine. */
function dot(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let sum = 0
  for (const [k, v] of small) {
    const w = large.get(k)
    if (w !== undefined) sum += v * w
  }
  return sum
}

function weightedOverlap(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  let shared = 0
  let wa = 0
  let wb = 0
  for (const x of a) wa += idf.get(x) ?? 0
  for (const x of b) {
    const w = idf.get(x) ?? 0
    wb += w
    if (a.has(x)) shared += w
  }
  const denom = Math.min(wa, wb)
  return denom > 0 ? shared / denom : 0
}

export interface StoryResult {
  stories: Story[]
  /** Story id of each article in a story. */
  storyOf: Map<string, string>
}

export function findStories(
  all: ArticleUnits[],
  people: MergedPeople,
  labels: Map<string, TopicRef & { kind?: string }>,
  families: Family[] = [],
): StoryResult {
  const features: Features[] = all.map(({ article, topics }) => {
    const body = article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n').slice(0, BODY_CHARS)
    const counts = conceptCounts(body, conceptCounts(article.title.value, new Map(), 2))
    const ps = new Set<string>()
    for (const p of article.people) {
      const g = people.globalId.get(`${article.id}\u0000${p.id}`)
      if (g) ps.add(g)
    }
    return {
      id: article.id,
      day: dayNumber(article.date.value),
      date: article.date.value,
      title: article.title.value,
      people: ps,
      topics: new Set(topics),
      vector: counts,
      top: [],
    }
  })
  const n = features.length
  // tf-idf with a smoothed idf, ln(1 + N/df), so terms two articles share still count in a corpus of two.
  const termDf = new Map<string, number>()
  for (const f of features) for (const t of f.vector.keys()) termDf.set(t, (termDf.get(t) ?? 0) + 1)
  for (const f of features) {
    // Keep the heaviest terms only (a standard pruning for news vectors): cosine stays cheap.
    const weighted = [...f.vector.entries()]
      .map(([t, c]) => [t, (1 + Math.log(c)) * Math.log(1 + n / termDf.get(t)!)] as [string, number])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, VECTOR_TERMS)
    const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0)) || 1
    f.vector = new Map(weighted.map(([t, w]) => [t, w / norm]))
    f.top = weighted.filter(([t]) => termDf.get(t)! >= 2).slice(0, TOP_TERMS).map(([t]) => t)
  }
  const df = new Map<string, number>()
  for (const f of features) for (const k of [...f.people].map((p) => `p:${p}`).concat([...f.topics].map((t) => `t:${t}`))) df.set(k, (df.get(k) ?? 0) + 1)
  const idfOf = (prefix: string) => {
    const m = new Map<string, number>()
    for (const [k, d] of df) if (k.startsWith(prefix)) m.set(k.slice(2), Math.log(1 + n / d))
    return m
  }
  const idfPeople = idfOf('p:')
  const idfTopics = idfOf('t:')

  const buckets = new Map<string, number[]>()
  features.forEach((f, i) => {
    for (const p of f.people) addTo(buckets, `p:${p}`, i)
    for (const t of f.topics) addTo(buckets, `t:${t}`, i)
    for (const t of f.top) addTo(buckets, `w:${t}`, i)
  })
  const uf = new UnionFind(n)
  // A story spans days, not months: a union that would stretch one past MAX_SPAN_DAYS is refused,
  // so that rolling coverage of a long crisis does not chain into one endless story.
  const span = new Map<number, [number, number]>()
  features.forEach((f, i) => {
    if (f.day !== null) span.set(i, [f.day, f.day])
  })
  const join = (i: number, j: number) => {
    const ri = uf.find(i)
    const rj = uf.find(j)
    if (ri === rj) return
    const si = span.get(ri)
    const sj = span.get(rj)
    const merged: [number, number] | undefined = si && sj ? [Math.min(si[0], sj[0]), Math.max(si[1], sj[1])] : (si ?? sj)
    if (merged && merged[1] - merged[0] > MAX_SPAN_DAYS) return
    if (!uf.union(i, j)) return
    if (merged) span.set(uf.find(i), merged)
  }
  const score = (a: Features, b: Features) =>
    0.25 * weightedOverlap(a.people, b.people, idfPeople) + 0.15 * weightedOverlap(a.topics, b.topics, idfTopics) + 0.6 * dot(a.vector, b.vector)
  windowPairs(buckets, (i) => features[i]!.day, WINDOW_DAYS, CAP, (i, j) => {
    const a = features[i]!
    const b = features[j]!
    const s = score(a, b)
    // Undated articles need a stronger likeness: nothing else says they are from the same days.
    if (s >= (a.day === null || b.day === null ? UNDATED_THRESHOLD : THRESHOLD)) join(i, j)
  })
  // Articles reporting the same statement (a family, already dated by its window) are strong candidates.
  const index = new Map(features.map((f, i) => [f.id, i]))
  for (const f of families) {
    const members = [...new Set(f.members.map((m) => index.get(m.article)!))].sort((x, y) => x - y)
    for (let x = 1; x < members.length; x++) {
      const a = features[members[0]!]!
      const b = features[members[x]!]!
      if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) > WINDOW_DAYS) continue
      if (score(a, b) + FAMILY_BONUS >= THRESHOLD) join(members[0]!, members[x]!)
    }
  }

  const groups = uf.groups().filter((g) => g.length >= 2)
  const storyOf = new Map<string, string>()
  const used = new Map<string, number>()
  const stories = groups.map((g) => {
    const members = g.map((i) => features[i]!).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
    // Label: the topic most members share (events first), else the first headline.
    const counts = new Map<string, number>()
    for (const m of members) for (const t of m.topics) counts.set(t, (counts.get(t) ?? 0) + 1)
    const best = [...counts.entries()]
      .filter(([, c]) => c >= 2)
      .sort((a, b) => b[1] - a[1] || Number(labels.get(b[0])?.kind === 'event') - Number(labels.get(a[0])?.kind === 'event') || a[0].localeCompare(b[0]))[0]
    const label = best ? (labels.get(best[0])?.label ?? best[0]) : members[0]!.title
    const date = members[0]!.date
    const base = `${date ?? 'undated'}-${slug(label).slice(0, 60)}`
    const k = (used.get(base) ?? 0) + 1
    used.set(base, k)
    const id = k === 1 ? base : `${base}-${k}`
    for (const m of members) storyOf.set(m.id, id)
    return { id, label, date, articles: members.map((m) => m.id).sort() }
  })
  stories.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id))
  return { stories, storyOf }
}

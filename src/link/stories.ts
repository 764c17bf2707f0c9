/**
 * Stories: articles about the same event. Two articles are candidates when
 * they share a person or a topic and their dates are at most `WINDOW_DAYS`
 * apart (see blocking.ts); they are the same story when a score of shared
 * people, shared topics (both weighted by rarity, so "Ukraine war" counts for
 * less than a named summit) and headline-and-lead word overlap passes
 * `THRESHOLD`. Stories are the connected groups of two or more articles.
 */
import type { Story, TopicRef } from '../model.ts'
import { slug } from '../knowledge/topics.ts'
import { addTo, dayNumber, windowPairs } from './blocking.ts'
import type { ArticleUnits } from './statements.ts'
import type { MergedPeople } from './people.ts'
import { concepts, dice } from './text.ts'
import { UnionFind } from './union-find.ts'

const WINDOW_DAYS = 3
const CAP = 40
const THRESHOLD = 0.45

interface Features {
  id: string
  day: number | null
  date: string | null
  title: string
  people: Set<string>
  topics: Set<string>
  words: Set<string>
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

export function findStories(all: ArticleUnits[], people: MergedPeople, labels: Map<string, TopicRef & { kind?: string }>): StoryResult {
  const features: Features[] = all.map(({ article, topics }) => {
    const lead = article.paragraphs.slice(0, 2).map((p) => article.text.slice(p.start, p.end)).join(' ')
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
      words: concepts(`${article.title.value} ${lead}`),
    }
  })
  const n = features.length
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
  })
  const uf = new UnionFind(n)
  windowPairs(buckets, (i) => features[i]!.day, WINDOW_DAYS, CAP, (i, j) => {
    const a = features[i]!
    const b = features[j]!
    if (a.day === null || b.day === null) return // a story is an event in time: undated articles stay out
    const score = 0.35 * weightedOverlap(a.people, b.people, idfPeople) + 0.25 * weightedOverlap(a.topics, b.topics, idfTopics) + 0.4 * dice(a.words, b.words)
    if (score >= THRESHOLD) uf.union(i, j)
  })

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

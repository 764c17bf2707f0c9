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
import { ConceptBag, conceptName, countConcepts, wordConceptCount } from './text.ts'
import type { Span } from './tokens.ts'
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

/**
 * A tf-idf vector: concept numbers heaviest first, with their weights, and a
 * small open-addressing table from concept to position for look-ups.
 */
interface Vector {
  terms: readonly number[]
  weights: readonly number[]
  /** Position + 1 of each term, by `slotOf`; 0 for an empty slot. */
  slots: readonly number[]
  mask: number
}

function slotOf(term: number, mask: number): number {
  return (Math.imul(term, 0x9e3779b1) >>> 16) & mask
}

function vectorOf(terms: readonly number[], weights: readonly number[]): Vector {
  let size = 8
  while (size < terms.length * 2) size *= 2
  const slots: number[] = new Array(size).fill(0)
  const mask = size - 1
  for (let k = 0; k < terms.length; k++) {
    let s = slotOf(terms[k]!, mask)
    while (slots[s] !== 0) s = (s + 1) & mask
    slots[s] = k + 1
  }
  return { terms, weights, slots, mask }
}

/** The weight of `term` in `v`, 0 when absent. */
function weightIn(v: Vector, term: number): number {
  for (let s = slotOf(term, v.mask); ; s = (s + 1) & v.mask) {
    const k = v.slots[s]!
    if (k === 0) return 0
    if (v.terms[k - 1] === term) return v.weights[k - 1]!
  }
}

const NO_VECTOR = vectorOf([], [])
const NO_KEYS: Weighted = { keys: [], weights: [], sorted: [], total: 0 }

/**
 * Keys (people or topics, numbered) with their idf weights, in the feature's
 * order, the keys sorted (for look-ups), and the weights' sum.
 */
interface Weighted {
  keys: readonly number[]
  weights: readonly number[]
  sorted: readonly number[]
  total: number
}

interface Features {
  id: string
  day: number | null
  date: string | null
  title: string
  people: Set<string>
  topics: Set<string>
  /** Where the concepts counted in the headline (twice) and the opening of the body, and their counts, are in the pool. */
  from: number
  to: number
  /** tf-idf vector of those counts, unit length, pruned to the heaviest terms. */
  vector: Vector
  /** The most distinctive terms (concept names), used as blocking keys. */
  top: string[]
  peopleW: Weighted
  topicsW: Weighted
}

/**
 * Dot product of two unit vectors: their cosine, summed in the smaller
 * vector's order (a term the other lacks adds +0, which changes no sum).
 */
function dot(a: Vector, b: Vector): number {
  const [small, large] = a.terms.length <= b.terms.length ? [a, b] : [b, a]
  let sum = 0
  for (let k = 0; k < small.terms.length; k++) sum += small.weights[k]! * weightIn(large, small.terms[k]!)
  return sum
}

function weighted(keys: readonly number[], idf: Float64Array): Weighted {
  const weights: number[] = []
  let total = 0
  for (let k = 0; k < keys.length; k++) {
    weights.push(idf[keys[k]!]!)
    total += weights[k]!
  }
  return { keys, weights, sorted: [...keys].sort((x, y) => x - y), total }
}

/** Whether the sorted `keys` hold `key` (binary search). */
function holds(keys: readonly number[], key: number): boolean {
  let lo = 0
  let hi = keys.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const x = keys[mid]!
    if (x === key) return true
    if (x < key) lo = mid + 1
    else hi = mid - 1
  }
  return false
}

/** Shared weight (summed in b's order) over the smaller side's total weight. */
function weightedOverlap(a: Weighted, b: Weighted): number {
  let shared = 0
  for (let k = 0; k < b.keys.length; k++) if (holds(a.sorted, b.keys[k]!)) shared += b.weights[k]!
  const denom = Math.min(a.total, b.total)
  return denom > 0 ? shared / denom : 0
}

/** Numbers for keys, in order of first sight. */
class Numbering {
  readonly ids = new Map<string, number>()

  /** The numbers of `keys`, in their order. */
  of(keys: Iterable<string>): number[] {
    const out: number[] = []
    for (const k of keys) {
      let id = this.ids.get(k)
      if (id === undefined) this.ids.set(k, (id = this.ids.size))
      out.push(id)
    }
    return out
  }
}

/**
 * The opening of an article's body: its paragraphs joined by line breaks, cut
 * at `BODY_CHARS`, as the texts of the paragraphs (the last one cut). Null
 * when the paragraphs are out of order or overlap.
 */
function openingParagraphs(text: string, paragraphs: readonly Span[]): string[] | null {
  const parts: string[] = []
  let at = 0 // where the last paragraph kept ends in the text
  let length = 0 // length of the opening so far, line breaks included
  for (const p of paragraphs) {
    if (length >= BODY_CHARS) break
    if (p.start < at || p.end < p.start || p.end > text.length) return null
    const end = Math.min(p.end, p.start + BODY_CHARS - length)
    parts.push(text.slice(p.start, end))
    length += 1 + p.end - p.start
    at = end
  }
  return parts
}

/** The opening as a string (see `openingParagraphs`), for paragraphs out of order. */
function opening(text: string, paragraphs: readonly Span[]): string {
  const parts: string[] = []
  let length = -1
  for (const p of paragraphs) {
    if (length >= BODY_CHARS) break
    parts.push(text.slice(p.start, p.end))
    length += 1 + p.end - p.start
  }
  return parts.join('\n').slice(0, BODY_CHARS)
}

/**
 * Concepts with their counts, bag after bag, in two growing typed arrays: one
 * per article would be thousands of arrays kept alive until every article is
 * counted (document frequencies come first), each copied by the collector.
 */
class CountPool {
  terms = new Int32Array(1 << 16)
  counts = new Float64Array(1 << 16)
  size = 0

  /** Appends the bag's concepts and counts, in order of first count; returns where they start. */
  append(bag: ConceptBag): number {
    const from = this.size
    this.reserve(bag.size)
    for (let k = 0; k < bag.size; k++) {
      const term = bag.order[k]!
      this.terms[from + k] = term
      this.counts[from + k] = bag.counts[term]!
    }
    this.size += bag.size
    return from
  }

  private reserve(more: number): void {
    if (this.size + more <= this.terms.length) return
    const length = Math.max(this.terms.length * 2, this.size + more)
    const terms = new Int32Array(length)
    const counts = new Float64Array(length)
    terms.set(this.terms.subarray(0, this.size))
    counts.set(this.counts.subarray(0, this.size))
    this.terms = terms
    this.counts = counts
  }
}

/**
 * Concept counts of opening paragraphs, by text: reports share most of their
 * paragraphs (wire copy republished whole, or with a paragraph added, cut or
 * reworded), and counting openings is most of the cost of the vectors. Words
 * never run across the line break between two paragraphs, so an opening's
 * counts are its paragraphs' counts, added in order.
 */
class ParagraphCounts {
  private pool = new CountPool()
  private ranges = new Map<string, { from: number; to: number }>()
  private bag = new ConceptBag()

  /** Adds the concept counts of `paragraph` to `bag`, in their order of first count. */
  addTo(bag: ConceptBag, paragraph: string): void {
    let r = this.ranges.get(paragraph)
    if (r === undefined) {
      this.bag.clear()
      countConcepts(paragraph, this.bag)
      const from = this.pool.append(this.bag)
      this.ranges.set(paragraph, (r = { from, to: from + this.bag.size }))
    }
    const { terms, counts } = this.pool
    for (let k = r.from; k < r.to; k++) bag.add(terms[k]!, counts[k]!)
  }
}

/**
 * The `VECTOR_TERMS` heaviest of the first `length` terms (positions in
 * `terms`), heaviest first, ties by concept name through `rank` (each term's
 * place in name order). The cut-off weight is selected, not sorted for; the
 * terms above it are few and sorted, and the many terms often tied at it are
 * taken by rank. `scratch` holds at least `length` numbers.
 */
function heaviest(terms: Int32Array, weights: Float64Array, length: number, rank: Ranks, scratch: Float64Array): number[] {
  const above: number[] = []
  if (length <= VECTOR_TERMS) {
    for (let k = 0; k < length; k++) above.push(k)
    sortByWeight(above, terms, weights, rank)
    return above
  }
  const cut = nthLargest(weights, length, VECTOR_TERMS, scratch)
  const tied: number[] = []
  for (let k = 0; k < length; k++) {
    const w = weights[k]!
    if (w > cut) above.push(k)
    else if (w === cut) {
      const r = rank.of[terms[k]!]!
      tied.push(r)
      rank.position[r] = k
    }
  }
  sortByWeight(above, terms, weights, rank)
  // At most VECTOR_TERMS - 1 terms weigh more than the cut-off; the rest are tied at it.
  const tiedRanks = new Int32Array(tied).sort()
  for (let x = 0; above.length < VECTOR_TERMS; x++) above.push(rank.position[tiedRanks[x]!]!)
  return above
}

/** Sorts positions heavier first, then by name: an insertion sort, as there are at most `VECTOR_TERMS`. */
function sortByWeight(positions: number[], terms: Int32Array, weights: Float64Array, rank: Ranks): void {
  for (let k = 1; k < positions.length; k++) {
    const x = positions[k]!
    const wx = weights[x]!
    const rx = rank.of[terms[x]!]!
    let j = k - 1
    for (; j >= 0; j--) {
      const y = positions[j]!
      const wy = weights[y]!
      // y stays before x when heavier, or as heavy and first by name.
      if (wy > wx || (wy === wx && rank.of[terms[y]!]! < rx)) break
      positions[j + 1] = y
    }
    positions[j + 1] = x
  }
}

/** The `n`-th largest of the first `length` values (counting repeats), by quickselect on a copy in `scratch`. */
function nthLargest(values: Float64Array, length: number, n: number, scratch: Float64Array): number {
  const a = scratch
  for (let k = 0; k < length; k++) a[k] = values[k]!
  // The n-th largest is the (length - n)-th smallest.
  const target = length - n
  let lo = 0
  let hi = length - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!
    // Three-way partition: [lo, lt) < pivot, [lt, gt] = pivot, (gt, hi] > pivot (many weights are equal).
    let lt = lo
    let gt = hi
    let i = lo
    while (i <= gt) {
      const x = a[i]!
      if (x < pivot) {
        a[i] = a[lt]!
        a[lt++] = x
        i++
      } else if (x > pivot) {
        a[i] = a[gt]!
        a[gt--] = x
      } else i++
    }
    if (target < lt) hi = lt - 1
    else if (target > gt) lo = gt + 1
    else return pivot
  }
  return a[target]!
}

/** Each counted concept's place in name order (`of`, by concept number), and a scratch array by place. */
interface Ranks {
  of: Int32Array
  position: Int32Array
}

/** Place in name order of each concept counted (by concept number; -1 for the others). */
function nameRanks(df: Int32Array): Ranks {
  const counted: number[] = []
  for (let t = 0; t < df.length; t++) if (df[t]) counted.push(t)
  const names = counted.map(conceptName)
  const order = counted.map((_, k) => k).sort((x, y) => (names[x]! < names[y]! ? -1 : names[x]! > names[y]! ? 1 : 0))
  const of = new Int32Array(df.length).fill(-1)
  order.forEach((k, r) => (of[counted[k]!] = r))
  return { of, position: new Int32Array(counted.length) }
}

/** 1 + ln(c), the tf of a count, for small whole counts (most of them). */
const TF = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c))

function tf(count: number): number {
  return count < 256 && Number.isInteger(count) ? TF[count]! : 1 + Math.log(count)
}

export interface StoryResult {
  stories: Story[]
  /** Story id of each article in a story. */
  storyOf: Map<string, string>
}

/** Smoothed idf, ln(1 + N/df), of each numbered key over the articles' key lists (`size` keys in all). */
function idfOf(lists: (readonly number[])[], size: number, n: number): Float64Array {
  const df = new Int32Array(size)
  for (const list of lists) for (let x = 0; x < list.length; x++) df[list[x]!]!++
  const idf = new Float64Array(size)
  for (let k = 0; k < size; k++) idf[k] = Math.log(1 + n / df[k]!)
  return idf
}

export function findStories(
  all: ArticleUnits[],
  people: MergedPeople,
  labels: Map<string, TopicRef & { kind?: string }>,
  families: Family[] = [],
): StoryResult {
  const bag = new ConceptBag()
  const paragraphCounts = new ParagraphCounts()
  const pool = new CountPool()
  const features: Features[] = all.map(({ article, topics }) => {
    bag.clear()
    countConcepts(article.title.value, bag, 2)
    // The opening's counts added after the headline's: the same order of first count and the
    // same sums (whole numbers) as counting its words one by one.
    const paragraphs = openingParagraphs(article.text, article.paragraphs)
    if (paragraphs) for (const p of paragraphs) paragraphCounts.addTo(bag, p)
    else countConcepts(opening(article.text, article.paragraphs), bag)
    const from = pool.append(bag)
    const ps = new Set<string>()
    const local = people.globalId.of(article.id)
    for (const p of article.people) {
      const g = local?.get(p.id)
      if (g) ps.add(g)
    }
    return {
      id: article.id,
      day: dayNumber(article.date.value),
      date: article.date.value,
      title: article.title.value,
      people: ps,
      topics: new Set(topics),
      from,
      to: from + bag.size,
      vector: NO_VECTOR,
      top: [],
      peopleW: NO_KEYS,
      topicsW: NO_KEYS,
    }
  })
  const n = features.length
  // tf-idf with a smoothed idf, ln(1 + N/df), so terms two articles share still count in a corpus of two.
  // Document frequencies by concept number, in one dense array.
  const df = new Int32Array(wordConceptCount())
  for (let k = 0; k < pool.size; k++) df[pool.terms[k]!]!++
  const idf = new Float64Array(df.length)
  for (let t = 0; t < df.length; t++) if (df[t]) idf[t] = Math.log(1 + n / df[t]!)
  const rank = nameRanks(df)
  let most = 0
  for (const f of features) most = Math.max(most, f.to - f.from)
  const weights = new Float64Array(most) // each article's, in turn
  const scratch = new Float64Array(most)
  for (const f of features) {
    const terms = pool.terms.subarray(f.from, f.to)
    const counts = pool.counts.subarray(f.from, f.to)
    // Keep the heaviest terms only (a standard pruning for news vectors): cosine stays cheap.
    for (let k = 0; k < terms.length; k++) weights[k] = tf(counts[k]!) * idf[terms[k]!]!
    const order = heaviest(terms, weights, terms.length, rank, scratch)
    let sum = 0
    for (let k = 0; k < order.length; k++) sum += weights[order[k]!]! * weights[order[k]!]!
    const norm = Math.sqrt(sum) || 1
    const kept: number[] = []
    const unit: number[] = []
    for (let k = 0; k < order.length; k++) {
      kept.push(terms[order[k]!]!)
      unit.push(weights[order[k]!]! / norm)
    }
    f.vector = vectorOf(kept, unit)
    for (const x of order) {
      if (f.top.length === TOP_TERMS) break
      if (df[terms[x]!]! >= 2) f.top.push(conceptName(terms[x]!))
    }
  }
  const personNumbers = new Numbering()
  const topicNumbers = new Numbering()
  const personKeys = features.map((f) => personNumbers.of(f.people))
  const topicKeys = features.map((f) => topicNumbers.of(f.topics))
  const idfPeople = idfOf(personKeys, personNumbers.ids.size, n)
  const idfTopics = idfOf(topicKeys, topicNumbers.ids.size, n)
  features.forEach((f, i) => {
    f.peopleW = weighted(personKeys[i]!, idfPeople)
    f.topicsW = weighted(topicKeys[i]!, idfTopics)
  })

  // Candidate pairs share a person, a topic or a top term: the buckets are taken in that order,
  // each kind by key (as if keyed "p:…", "t:…", "w:…" and sorted).
  const byPerson = new Map<string, number[]>()
  const byTopic = new Map<string, number[]>()
  const byTerm = new Map<string, number[]>()
  features.forEach((f, i) => {
    for (const p of f.people) addTo(byPerson, p, i)
    for (const t of f.topics) addTo(byTopic, t, i)
    for (const t of f.top) addTo(byTerm, t, i)
  })
  const buckets = [byPerson, byTopic, byTerm].flatMap((m) => [...m.keys()].sort().map((k) => m.get(k)!))
  const uf = new UnionFind(n)
  // A story spans days, not months: a union that would stretch one past MAX_SPAN_DAYS is refused,
  // so that rolling coverage of a long crisis does not chain into one endless story.
  // Each group's first and last day, kept at its root (NaN: no dated member).
  const first = new Float64Array(n).fill(NaN)
  const last = new Float64Array(n).fill(NaN)
  features.forEach((f, i) => {
    if (f.day !== null) first[i] = last[i] = f.day
  })
  const join = (i: number, j: number) => {
    const ri = uf.find(i)
    const rj = uf.find(j)
    if (ri === rj) return
    const lo = Math.min(first[ri]!, first[rj]!)
    const hi = Math.max(last[ri]!, last[rj]!)
    // One side undated: the dated side's span; both dated: their union (NaN propagates through min/max).
    const from = Number.isNaN(first[ri]!) ? first[rj]! : Number.isNaN(first[rj]!) ? first[ri]! : lo
    const to = Number.isNaN(last[ri]!) ? last[rj]! : Number.isNaN(last[rj]!) ? last[ri]! : hi
    if (to - from > MAX_SPAN_DAYS) return
    if (!uf.union(i, j)) return
    const r = uf.find(i)
    first[r] = from
    last[r] = to
  }
  const score = (a: Features, b: Features) =>
    0.25 * weightedOverlap(a.peopleW, b.peopleW) + 0.15 * weightedOverlap(a.topicsW, b.topicsW) + 0.6 * dot(a.vector, b.vector)
  // Two articles already in one story need no score: joining them would change nothing.
  const together = (i: number, j: number) => uf.find(i) === uf.find(j)
  const visit = (i: number, j: number) => {
    const a = features[i]!
    const b = features[j]!
    const s = score(a, b)
    // Undated articles need a stronger likeness: nothing else says they are from the same days.
    if (s >= (a.day === null || b.day === null ? UNDATED_THRESHOLD : THRESHOLD)) join(i, j)
  }
  windowPairs(buckets, features.map((f) => f.day), WINDOW_DAYS, CAP, visit, together)
  // Articles reporting the same statement (a family, already dated by its window) are strong candidates.
  const index = new Map(features.map((f, i) => [f.id, i]))
  for (const f of families) {
    const members = [...new Set(f.members.map((m) => index.get(m.article)!))].sort((x, y) => x - y)
    for (let x = 1; x < members.length; x++) {
      const a = features[members[0]!]!
      const b = features[members[x]!]!
      if ((a.day !== null && b.day !== null && Math.abs(a.day - b.day) > WINDOW_DAYS) || together(members[0]!, members[x]!)) continue
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

/**
 * Side-by-side alignment of related articles.
 *
 * Related pairs: articles of one story, articles reporting one statement (a
 * family), and articles in which one speaker speaks on one topic (each paired with the next two such articles in date
 * order, so a speaker's position can be followed over time without all-pairs
 * work).
 *
 * Within a pair, a row holds what one speaker (or each outlet in its own
 * voice) says on one topic in each article. Statements are matched greedily,
 * most similar first (concept overlap plus shared topics); a matched pair
 * fixes the row's topic, and the speaker's other statements on that topic
 * join the row. Two statements of one speaker with no topic in common still
 * share a row when they are the same statement (families.ts), with topic "".
 * The row's relation compares the stance on each side: same, opposite
 * (negative against positive) or shifted (one side neutral). What no row
 * holds is listed in onlyA / onlyB.
 */
import type { Alignment, AlignmentRow, Family, Stance } from '../model.ts'
import { addTo, bucketPairs, dayNumber } from './blocking.ts'
import { sameStatement } from './families.ts'
import type { ArticleUnits, Unit } from './statements.ts'
import { dice } from './text.ts'

const FOLLOW = 2 // later articles each article is paired with, per (speaker, topic)
const STORY_ALL_PAIRS = 12 // stories up to this size get every pair; larger ones consecutive pairs

const STANCE_VALUE: Record<Stance, number> = { negative: -1, neutral: 0, positive: 1 }

function sideStance(units: Unit[]): number {
  const sum = units.reduce((s, u) => s + STANCE_VALUE[u.stance], 0)
  return Math.sign(sum)
}

export function relationOf(a: Unit[], b: Unit[]): AlignmentRow['relation'] {
  const sa = sideStance(a)
  const sb = sideStance(b)
  if (sa === sb) return 'same'
  if (sa * sb === -1) return 'opposite'
  return 'shifted'
}

function similarity(u: Unit, v: Unit, shared: number): number {
  // A unit's topics hold no duplicates, so the union's size follows from the shared count.
  const union = u.topics.length + v.topics.length - shared
  const primary = u.topics[0] !== undefined && u.topics[0] === v.topics[0] ? 0.5 : 0
  return dice(u.concepts, v.concepts) + (union ? (0.5 * shared) / union : 0) + primary + (u.stance === v.stance ? 0.1 : 0)
}

/** Who may share a row: persons and organisations always; outlets' own voice and groups only within one story. */
function alignable(u: Unit, sameStory: boolean): boolean {
  if (!u.speaker) return false
  return sameStory || (u.speakerKind !== 'outlet' && u.speakerKind !== 'group')
}

interface Candidate {
  a: number
  b: number
  sim: number
  topic: string
}

// alignPair is split into small functions: the engine compiles each on its own, and
// recompiling one large function for each new shape of data it meets is costly.

/** Rows, onlyA and onlyB for one pair of articles. */
export function alignPair(A: ArticleUnits, B: ArticleUnits, sameStory = false): Pick<Alignment, 'rows' | 'onlyA' | 'onlyB'> {
  const ua = A.units
  const ub = B.units
  // Candidates and rows by position in each side's units: no per-unit map look-ups.
  const candidates = candidatesOf(ua, B, sameStory)
  // One-to-one matching, most similar first: each statement is matched at most once.
  const rowA: (string | undefined)[] = new Array(ua.length).fill(undefined)
  const rowB: (string | undefined)[] = new Array(ub.length).fill(undefined)
  const keys = new Set<string>()
  for (const { a, b, topic } of candidates) {
    if (rowA[a] !== undefined || rowB[b] !== undefined) continue
    const k = rowKey(topic, ua[a]!.speaker!)
    rowA[a] = k
    rowB[b] = k
    keys.add(k)
  }
  joinRows(ua, rowA, keys, sameStory)
  joinRows(ub, rowB, keys, sameStory)
  return rowsOf(ua, ub, rowA, rowB)
}

function rowKey(topic: string, speaker: string): string {
  return `${topic}\u0000${speaker}`
}

/** Pairs of statements that may share a row, most similar first. */
function candidatesOf(ua: Unit[], B: ArticleUnits, sameStory: boolean): Candidate[] {
  const ub = B.units
  const candidates: Candidate[] = []
  for (let a = 0; a < ua.length; a++) {
    const u = ua[a]!
    if (!alignable(u, sameStory)) continue
    // Only the other side's statements by the same speaker (in their order) can pair with u.
    const others = B.bySpeaker.get(u.speaker!)
    if (others === undefined) continue
    for (const b of others) {
      const v = ub[b]!
      if (!alignable(v, sameStory)) continue
      let shared = 0
      let firstShared = ''
      for (const t of u.topics) {
        if (!v.topics.includes(t)) continue
        if (shared++ === 0) firstShared = t
      }
      let topic: string
      // The row's topic: a primary topic both share, else the first shared one.
      if (shared) topic = v.topics.includes(u.topics[0]!) ? u.topics[0]! : u.topics.includes(v.topics[0]!) ? v.topics[0]! : firstShared
      else if (sameStatement(u, v)) topic = u.topics[0] ?? v.topics[0] ?? ''
      else continue
      candidates.push({ a, b, sim: similarity(u, v, shared), topic })
    }
  }
  // Whole-number results: a double returned to sort is boxed.
  candidates.sort((x, y) => (y.sim > x.sim ? 1 : y.sim < x.sim ? -1 : ua[x.a]!.start - ua[y.a]!.start || ub[x.b]!.start - ub[y.b]!.start))
  return candidates
}

/** Unmatched statements by a row's speaker on the row's topic join it (their primary topic first). */
function joinRows(side: Unit[], rowOf: (string | undefined)[], keys: Set<string>, sameStory: boolean): void {
  for (let i = 0; i < side.length; i++) {
    const u = side[i]!
    if (rowOf[i] !== undefined || !alignable(u, sameStory)) continue
    for (const t of u.topics) {
      const k = rowKey(t, u.speaker!)
      if (keys.has(k)) {
        rowOf[i] = k
        break
      }
    }
  }
}

/** The rows in order of their first statement on side a, and what no row holds. */
function rowsOf(ua: Unit[], ub: Unit[], rowA: (string | undefined)[], rowB: (string | undefined)[]): Pick<Alignment, 'rows' | 'onlyA' | 'onlyB'> {
  const rows = new Map<string, { a: Unit[]; b: Unit[] }>()
  const onlyA: string[] = []
  const onlyB: string[] = []
  for (let i = 0; i < ua.length; i++) {
    const k = rowA[i]
    if (k === undefined) onlyA.push(ua[i]!.id)
    else (rows.get(k) ?? rows.set(k, { a: [], b: [] }).get(k)!).a.push(ua[i]!)
  }
  for (let i = 0; i < ub.length; i++) {
    const k = rowB[i]
    if (k === undefined) onlyB.push(ub[i]!.id)
    else (rows.get(k) ?? rows.set(k, { a: [], b: [] }).get(k)!).b.push(ub[i]!)
  }
  const ordered = [...rows.entries()].sort(
    ([ka, ra], [kb, rb]) => (ra.a[0]?.start ?? Infinity) - (rb.a[0]?.start ?? Infinity) || ka.localeCompare(kb),
  )
  return {
    rows: ordered.map(([k, r]) => {
      const [topic, speaker] = k.split('\u0000') as [string, string]
      return { topic, a: r.a.map((u) => u.id), b: r.b.map((u) => u.id), relation: relationOf(r.a, r.b), speaker }
    }),
    onlyA,
    onlyB,
  }
}

export function findAlignments(
  all: ArticleUnits[],
  stories: { id: string; label: string; articles: string[] }[],
  families: Family[],
  topicLabel: (id: string) => string,
  speakerLabel: (id: string) => string | undefined = () => undefined,
): Alignment[] {
  const index = new Map(all.map((a, i) => [a.article.id, i]))
  const day = all.map((a) => dayNumber(a.article.date.value))
  // Pairs keyed by number (x * n + y): no key strings to build and split.
  const n = all.length
  const reasons = new Map<number, string[]>()
  const storyPairs = new Set<number>()
  const addPair = (i: number, j: number, reason: string, story = false) => {
    // Earlier article on the left; equal dates by id, so the order is stable.
    const left = (day[i] ?? Infinity) < (day[j] ?? Infinity) || (day[i] === day[j] && all[i]!.article.id < all[j]!.article.id)
    const key = left ? i * n + j : j * n + i
    if (story) storyPairs.add(key)
    const r = reasons.get(key)
    if (!r) reasons.set(key, [reason])
    else if (r.length < 3 && !r.includes(reason)) r.push(reason)
  }

  for (const s of stories) {
    const members = s.articles.map((id) => index.get(id)!).sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0) || a - b)
    const reason = `same story: ${s.label}`
    if (members.length <= STORY_ALL_PAIRS) {
      for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) addPair(members[x]!, members[y]!, reason, true)
    } else for (let x = 0; x + 1 < members.length; x++) addPair(members[x]!, members[x + 1]!, reason, true)
  }

  // Articles that report one statement are related, whatever their topics.
  for (const f of families) {
    const members = [...new Set(f.members.map((m) => index.get(m.article)!))].sort((a, b) => (day[a] ?? 0) - (day[b] ?? 0) || a - b)
    const reason = `same statement by ${speakerLabel(f.speaker) ?? f.speaker}`
    for (let x = 0; x + 1 < members.length; x++) addPair(members[x]!, members[x + 1]!, reason)
  }

  const buckets = new Map<string, number[]>()
  const names = new Map<string, string>()
  all.forEach((a, i) => {
    const keys = new Set<string>()
    for (const u of a.units) {
      if (!u.speaker || u.speakerKind === 'outlet' || u.speakerKind === 'group') continue
      names.set(u.speaker, u.speakerName)
      for (const t of u.topics) keys.add(`${u.speaker}\u0000${t}`)
    }
    for (const k of keys) addTo(buckets, k, i)
  })
  // Bucket by bucket, so each pair is told which speaker and topic relate it.
  for (const key of [...buckets.keys()].sort()) {
    const items = buckets.get(key)!
    if (items.length < 2) continue // one article: nothing to pair
    const [speaker, topic] = key.split('\u0000') as [string, string]
    const reason = `same speaker and topic: ${speakerLabel(speaker) ?? names.get(speaker) ?? speaker} on ${topicLabel(topic)}`
    // One bucket of distinct articles: its pairs are distinct, no de-duplication needed.
    bucketPairs(items, day, Infinity, FOLLOW, (i, j) => addPair(i, j, reason))
  }

  const out: Alignment[] = []
  for (const [key, rs] of reasons) {
    const x = Math.floor(key / n)
    const y = key - x * n
    const { rows, onlyA, onlyB } = alignPair(all[x]!, all[y]!, storyPairs.has(key))
    out.push({ a: all[x]!.article.id, b: all[y]!.article.id, reason: rs.join('; '), rows, onlyA, onlyB })
  }
  out.sort((p, q) => p.a.localeCompare(q.a) || p.b.localeCompare(q.b))
  return out
}

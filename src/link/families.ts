/**
 * Statement families: one statement reported by several outlets, often in
 * different translations. Candidates share a speaker (a merged person or
 * organisation) and fall within `WINDOW_DAYS` of each other; they are one
 * statement when their content concepts (stems mapped through synonyms, see
 * text.ts) overlap enough, with at least two shared concepts besides
 * countries and no opposite stances:
 * - Dice ≥ 0.5 ("no reason for optimism" / "no grounds for hope"), or
 * - one contains most of the other (≥ 0.7 of the shorter, at least 3
 *   concepts): an outlet quoting a part of the statement, or
 * - Dice ≥ 0.3 with at least 2 shared concepts and a shared topic.
 * Statements of one article never form a family alone: a family spans outlets.
 * A long statement quoted again outside the window (years later) joins its
 * family when nearly identical (see `requotes`).
 */
import type { Family } from '../model.ts'
import { addTo, bucketPairs, dayNumber } from './blocking.ts'
import type { ArticleUnits, Unit } from './statements.ts'
import { conceptName, dice, isCountry, type Concepts } from './text.ts'
import { UnionFind } from './union-find.ts'

const WINDOW_DAYS = 3
const CAP = 60
const UNDATED_BUCKET = 400
const REQUOTE_MIN_CONCEPTS = 8 // short lines ("we are ready for talks") recur as talking points; long ones do not
const REQUOTE_DICE = 0.8

export function sameStatement(a: Unit, b: Unit): boolean {
  // A translation may soften a stance, never turn it over.
  if ((a.stance === 'negative' && b.stance === 'positive') || (a.stance === 'positive' && b.stance === 'negative')) return false
  // Naming the same countries is not saying the same thing: two words besides them must be shared.
  // One pass counts both; Dice and containment follow from the shared count.
  const x = a.concepts
  const y = b.concepts
  // Reports in one wording share one concept array (see statements.ts): every concept is shared, Dice is 1.
  if (x === y) return wordCount(x) >= 2
  let shared = 0
  let countries = 0
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++
      if (isCountry(x[i]!)) countries++
      i++
      j++
    } else if (x[i]! < y[j]!) i++
    else j++
  }
  if (shared - countries < 2) return false
  const d = (2 * shared) / (x.length + y.length)
  if (d >= 0.5) return true
  if (shared >= 3 && shared / Math.min(x.length, y.length) >= 0.7) return true
  return d >= 0.3 && shared >= 2 && a.topics.some((t) => b.topics.includes(t))
}

/** How many concepts of a set are words (countries sort first). */
function wordCount(cs: Concepts): number {
  let k = 0
  while (k < cs.length && isCountry(cs[k]!)) k++
  return cs.length - k
}

/** The four seeded 32-bit FNV-1a hashes (seed k = 0..3) of a concept's name, for MinHash; by concept (see `slotOf`). */
const conceptHashes: number[][] = []

/** A concept number's slot in `conceptHashes`: words at even slots, countries at odd ones. */
function slotOf(concept: number): number {
  return concept >= 0 ? 2 * concept : -2 * concept - 3
}

function hashesOf(concept: number): number[] {
  const slot = slotOf(concept)
  let hs = conceptHashes[slot]
  if (hs === undefined) {
    const s = conceptName(concept)
    let h0 = 2166136261 >>> 0
    let h1 = (2166136261 ^ 1) >>> 0
    let h2 = (2166136261 ^ 2) >>> 0
    let h3 = (2166136261 ^ 3) >>> 0
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i)
      h0 = Math.imul(h0 ^ c, 16777619) >>> 0
      h1 = Math.imul(h1 ^ c, 16777619) >>> 0
      h2 = Math.imul(h2 ^ c, 16777619) >>> 0
      h3 = Math.imul(h3 ^ c, 16777619) >>> 0
    }
    hs = [h0, h1, h2, h3]
    conceptHashes[slot] = hs
  }
  return hs
}

/**
 * Long statements quoted again months or years later ("In 2019 she said ...")
 * fall outside the date window. MinHash over their concepts (two bands of two
 * hashes, Broder 1997) puts near-identical ones of one speaker in a shared
 * bucket whatever their dates; `visit` then checks them.
 */
function requotes(units: Unit[], visit: (i: number, j: number) => void): void {
  const buckets = new Map<string, number[]>()
  // Reports in one wording share their concept array: its bands are taken once.
  const bands = new Map<Concepts, [string, string]>()
  units.forEach((u, i) => {
    if (u.concepts.length < REQUOTE_MIN_CONCEPTS) return
    let b = bands.get(u.concepts)
    if (b === undefined) bands.set(u.concepts, (b = bandsOf(u.concepts)))
    addTo(buckets, `${u.speaker}\u0000${b[0]}`, i)
    addTo(buckets, `${u.speaker}\u0001${b[1]}`, i)
  })
  for (const key of [...buckets.keys()].sort()) {
    const items = buckets.get(key)!
    if (items.length < 2 || items.length > CAP) continue
    for (let x = 0; x < items.length; x++) for (let y = x + 1; y < items.length; y++) visit(items[x]!, items[y]!)
  }
}

/** The two MinHash bands of a concept set, each the minima of two of its hashes, as keys. */
function bandsOf(concepts: Concepts): [string, string] {
  let m0 = Infinity
  let m1 = Infinity
  let m2 = Infinity
  let m3 = Infinity
  for (let k = 0; k < concepts.length; k++) {
    const hs = hashesOf(concepts[k]!)
    if (hs[0]! < m0) m0 = hs[0]!
    if (hs[1]! < m1) m1 = hs[1]!
    if (hs[2]! < m2) m2 = hs[2]!
    if (hs[3]! < m3) m3 = hs[3]!
  }
  return [`${m0},${m1}`, `${m2},${m3}`]
}

/** Each undated statement among one speaker's `items` joins the most similar dated one it is the same statement as. */
function joinUndated(units: Unit[], days: (number | null)[], items: number[], uf: UnionFind): void {
  let dated: number[] | null = null // listed when the first undated one is met (most buckets have none)
  for (const i of items) {
    if (days[i] !== null) continue
    dated ??= items.filter((j) => days[j] !== null)
    let best = -1
    let bestScore = 0
    for (const j of dated) {
      if (units[i]!.article === units[j]!.article || !sameStatement(units[i]!, units[j]!)) continue
      const d = dice(units[i]!.concepts, units[j]!.concepts)
      if (d > bestScore) {
        best = j
        bestScore = d
      }
    }
    if (best >= 0) uf.union(i, best)
  }
}

export function findFamilies(all: ArticleUnits[]): Family[] {
  const units: Unit[] = []
  for (const a of all) {
    for (const q of a.quotes) if (q.speaker && q.speakerKind !== 'group') units.push(q)
    // Claims a person or organisation makes outside any quote are statements too.
    for (const u of a.units) if (u.kind === 'claim' && u.quote === null && u.speaker && u.speakerKind !== 'outlet' && u.speakerKind !== 'group') units.push(u)
  }
  const days = units.map((u) => dayNumber(u.date))
  const buckets = new Map<string, number[]>()
  units.forEach((u, i) => addTo(buckets, u.speaker!, i))
  const uf = new UnionFind(units.length)
  // Groups do not depend on the order of unions, so a pair already in one group needs no check.
  const visit = (i: number, j: number) => {
    if (units[i]!.article === units[j]!.article || uf.find(i) === uf.find(j)) return
    if (sameStatement(units[i]!, units[j]!)) uf.union(i, j)
  }
  // Each unit is in one speaker's bucket only: a bucket's pairs are met nowhere else, no de-duplication needed.
  for (const items of buckets.values()) if (items.length >= 2) bucketPairs(items, days, WINDOW_DAYS, CAP, visit)
  requotes(units, (i, j) => {
    if (units[i]!.article === units[j]!.article || uf.find(i) === uf.find(j)) return
    if (dice(units[i]!.concepts, units[j]!.concepts) >= REQUOTE_DICE) uf.union(i, j)
  })
  // A statement without a date may be one of the speaker's dated ones: it joins the most
  // similar match only, so that it cannot chain reports weeks apart into one family.
  // Compared with all of them while the speaker's bucket is small enough to stay cheap.
  for (const key of [...buckets.keys()].sort()) {
    const items = buckets.get(key)!
    if (items.length <= UNDATED_BUCKET) joinUndated(units, days, items, uf)
  }

  const families: Family[] = []
  for (const g of uf.groups()) {
    if (g.length < 2) continue // most statements are reported once
    const members = g.map((i) => units[i]!)
    if (new Set(members.map((m) => m.article)).size < 2) continue
    members.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.article.localeCompare(b.article) || a.start - b.start)
    const dates = members.map((m) => m.date).filter((d): d is string => d !== null).sort()
    families.push({
      id: '',
      speaker: members[0]!.speaker!,
      date: dates[0] ?? null,
      members: members.map((m) => ({ article: m.article, quote: m.id, text: m.text })),
    })
  }
  families.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.speaker.localeCompare(b.speaker) || a.members[0]!.article.localeCompare(b.members[0]!.article) || a.members[0]!.quote.localeCompare(b.members[0]!.quote))
  // Ids from speaker and date, so they survive adding unrelated articles.
  const used = new Map<string, number>()
  for (const f of families) {
    const base = `${f.speaker}-${f.date ?? 'undated'}`
    const k = (used.get(base) ?? 0) + 1
    used.set(base, k)
    f.id = k === 1 ? base : `${base}-${k}`
  }
  return families
}

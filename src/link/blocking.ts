/**
 * Candidate pairs without all-pairs work: items are bucketed by a key (a
 * speaker, a person, a topic), each bucket is sorted by date, and an item is
 * paired only with the items after it that fall inside the date window, at
 * most `cap` of them. Work is then about (items × keys per item × cap).
 */
import { PairSet } from './pair-set.ts'

const dayCache = new Map<string, number | null>()

/** Days since the epoch for "YYYY-MM-DD", or null. Memoised: a corpus has a few thousand distinct dates. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null
  let day = dayCache.get(date)
  if (day === undefined) {
    const t = Date.parse(`${date}T00:00:00Z`)
    day = Number.isNaN(t) ? null : Math.round(t / 86_400_000)
    if (dayCache.size > 50_000) dayCache.clear()
    dayCache.set(date, day)
  }
  return day
}

export interface Blockable {
  day: number | null
}

/**
 * Calls `visit(i, j)` (i < j in bucket order) once per candidate pair across
 * all buckets, taken in the order given; undated items are compared only with
 * undated ones, under the same cap. `days[i]` is item i's day number (null
 * when undated). A pair for which `settled(i, j)` holds is passed over; it
 * must stay settled once it is (e.g. already in one group), as it is then
 * never visited.
 */
export function windowPairs(
  buckets: readonly (readonly number[])[],
  days: readonly (number | null)[],
  windowDays: number,
  cap: number,
  visit: (i: number, j: number) => void,
  settled: (i: number, j: number) => boolean = () => false,
): void {
  let items = 0
  for (const b of buckets) items += b.length
  const seen = new PairSet(items)
  // Settled pairs are checked first: most pairs of a large story are, and they then cost no insertion.
  const once = (i: number, j: number) => {
    if (!settled(i, j) && seen.add(i, j)) visit(i, j)
  }
  for (const items of buckets) if (items.length >= 2) bucketPairs(items, days, windowDays, cap, once)
}

/**
 * The candidate pairs of one bucket of distinct items, as `windowPairs` makes
 * them (dated items by date, then undated ones), each visited once.
 */
export function bucketPairs(
  items: readonly number[],
  days: readonly (number | null)[],
  windowDays: number,
  cap: number,
  visit: (i: number, j: number) => void,
): void {
  const dated: number[] = []
  const undated: number[] = []
  for (const i of items) (days[i] === null ? undated : dated).push(i)
  dated.sort((a, b) => days[a]! - days[b]! || a - b)
  undated.sort((a, b) => a - b)
  for (let x = 0; x < dated.length; x++) {
    const i = dated[x]!
    const dx = days[i]!
    for (let y = x + 1, n = 0; y < dated.length && n < cap && days[dated[y]!]! - dx <= windowDays; y++, n++) {
      const j = dated[y]!
      visit(i < j ? i : j, i < j ? j : i)
    }
  }
  for (let x = 0; x < undated.length; x++) {
    for (let y = x + 1, n = 0; y < undated.length && n < cap; y++, n++) visit(undated[x]!, undated[y]!)
  }
}

/** Adds `item` to the bucket `key`. */
export function addTo(buckets: Map<string, number[]>, key: string, item: number): void {
  const b = buckets.get(key)
  if (b) b.push(item)
  else buckets.set(key, [item])
}

/**
 * Candidate pairs without all-pairs work: items are bucketed by a key (a
 * speaker, a person, a topic), each bucket is sorted by date, and an item is
 * paired only with the items after it that fall inside the date window, at
 * most `cap` of them. Work is then about (items × keys per item × cap).
 */

/** Days since the epoch for "YYYY-MM-DD", or null. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null
  const t = Date.parse(`${date}T00:00:00Z`)
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000)
}

export interface Blockable {
  day: number | null
}

/**
 * Calls `visit(i, j)` (i < j in bucket order) once per candidate pair across
 * all buckets; undated items are compared only with undated ones, under the same cap.
 */
export function windowPairs(
  buckets: Map<string, number[]>,
  dayOf: (i: number) => number | null,
  windowDays: number,
  cap: number,
  visit: (i: number, j: number) => void,
): void {
  const seen = new Set<number>()
  const keyOf = (i: number, j: number) => (i < j ? i * 4_194_304 + j : j * 4_194_304 + i)
  const sortedKeys = [...buckets.keys()].sort()
  for (const key of sortedKeys) {
    const items = buckets.get(key)!
    if (items.length < 2) continue
    const dated = items.filter((i) => dayOf(i) !== null).sort((a, b) => dayOf(a)! - dayOf(b)! || a - b)
    const undated = items.filter((i) => dayOf(i) === null).sort((a, b) => a - b)
    for (let x = 0; x < dated.length; x++) {
      const dx = dayOf(dated[x]!)!
      for (let y = x + 1, n = 0; y < dated.length && n < cap && dayOf(dated[y]!)! - dx <= windowDays; y++, n++) {
        const k = keyOf(dated[x]!, dated[y]!)
        if (seen.has(k)) continue
        seen.add(k)
        visit(Math.min(dated[x]!, dated[y]!), Math.max(dated[x]!, dated[y]!))
      }
    }
    for (let x = 0; x < undated.length; x++) {
      for (let y = x + 1, n = 0; y < undated.length && n < cap; y++, n++) {
        const k = keyOf(undated[x]!, undated[y]!)
        if (seen.has(k)) continue
        seen.add(k)
        visit(undated[x]!, undated[y]!)
      }
    }
  }
}

/** Adds `item` to the bucket `key`. */
export function addTo(buckets: Map<string, number[]>, key: string, item: number): void {
  const b = buckets.get(key)
  if (b) b.push(item)
  else buckets.set(key, [item])
}

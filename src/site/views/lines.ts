/**
 * Line numbers for many offsets of one text. `place` from messages.ts scans
 * from the start of the text for each offset, which made an article with
 * hundreds of removed lines quadratic; here the line starts are found once
 * and each offset is a binary search.
 */

/** A function from offset to 1-based line number, counting '\n' before the offset (as `place` does). */
export function lineOf(text: string): (offset: number) => number {
  const breaks: number[] = []
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) breaks.push(i)
  return (offset) => {
    const end = Math.min(Math.max(offset, 0), text.length)
    // Number of breaks strictly before `end`.
    let lo = 0
    let hi = breaks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (breaks[mid]! < end) lo = mid + 1
      else hi = mid
    }
    return lo + 1
  }
}

/**
 * franc's language guess (trigram distance to each language model), computed from franc's own
 * models and script expressions but with the models indexed once per language set.
 *
 * Why not call franc: per call it rebuilds the filtered model set and looks each input trigram up
 * in every language's dictionary object, which made it the costliest step of ingest. Here each
 * distinct input trigram is looked up once and yields its rank in every allowed language at once.
 * The arithmetic is franc's (v6): same cleaning, same trigrams, same distance, same tie order,
 * so the ranking is identical (tests/ingest/language.test.ts compares the two).
 */
import { data } from 'franc/data.js'
import { expressions } from 'franc/expressions.js'
import { IntTable } from './int-table.ts'

/** franc's limits: the sample is cut at 2048 characters; a trigram absent from a model costs 300. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

interface ScriptModels {
  languages: string[]
  /** Row of each trigram known to some allowed language, by numeric key (see `keyAt`) or, failing one, by text. */
  byKey: IntTable
  byText: Map<string, number>
  /**
   * Sparse rows: entries from[row] to from[row + 1] list the languages that know the trigram, as
   * (language index, rank) pairs side by side in `known` (small types: the tables stay in cache).
   */
  from: Int32Array
  known: Uint16Array
}

/**
 * Three UTF-16 units below U+0400 (all of Latin, Greek and punctuation) packed into one small
 * integer: lookups by integer skip cutting and hashing a fresh string, the bulk of the work. -1 otherwise.
 */
function keyAt(s: string, i: number): number {
  const a = s.charCodeAt(i)
  const b = s.charCodeAt(i + 1)
  const c = s.charCodeAt(i + 2)
  return a < 1024 && b < 1024 && c < 1024 ? a * 1048576 + b * 1024 + c : -1
}

function indexScript(models: Record<string, string>, only: Set<string>): ScriptModels | null {
  // Object order is franc's iteration order, which decides ties.
  const languages = Object.keys(models).filter((l) => only.has(l))
  if (!languages.length) return null
  const entries = new Map<string, Array<[number, number]>>()
  languages.forEach((lang, k) => {
    const list = models[lang]!.split('|')
    for (let rank = 0; rank < list.length; rank++) {
      let e = entries.get(list[rank]!)
      if (!e) entries.set(list[rank]!, (e = []))
      // A trigram listed twice keeps its first (lowest) rank, as franc's model building does.
      if (!e.some(([kk]) => kk === k)) e.push([k, rank])
    }
  })
  const byKey = new IntTable(entries.size)
  const byText = new Map<string, number>()
  const from = new Int32Array(entries.size + 1)
  const size = [...entries.values()].reduce((n, e) => n + e.length, 0)
  const known = new Uint16Array(2 * size)
  let at = 0
  let row = 0
  for (const [t, e] of entries) {
    from[row] = at
    const key = t.length === 3 ? keyAt(t, 0) : -1
    if (key >= 0) byKey.add(key, row)
    else byText.set(t, row)
    row++
    for (const [k, r] of e) {
      known[2 * at] = k
      known[2 * at + 1] = r
      at++
    }
  }
  from[row] = at
  return { languages, byKey, byText, from, known }
}

/** franc's cleaning (trigram-utils): punctuation and digits to spaces, spaces collapsed, lower case, padded. */
function cleaned(value: string): string {
  return ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' '
}

/** franc's dominant script: the first script with the highest share of matching characters. */
function topScript(value: string): [string | undefined, number] {
  // No other script's expression shares a character with Latin's, so a Latin majority decides
  // alone, and news text almost always has one: the other 29 scans are skipped.
  const latin = latinCount(value)
  if (latin * 2 > value.length) return ['Latin', latin / value.length]
  let top: string | undefined
  let topCount = -1
  for (const script of Object.keys(expressions)) {
    const count = (value.match(expressions[script]!) ?? []).length / value.length || 0
    if (count > topCount) {
      topCount = count
      top = script
    }
  }
  return [top, topCount]
}

const LATIN_AT = new RegExp(expressions.Latin!.source, 'y')

/** What `value.match(expressions.Latin).length` counts, without building the array of matches. */
function latinCount(value: string): number {
  let n = 0
  for (let i = 0; i < value.length; ) {
    const c = value.charCodeAt(i)
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++
      i++
      continue
    }
    LATIN_AT.lastIndex = i
    const m = LATIN_AT.exec(value)
    if (m) {
      n++
      i += m[0].length
    } else i++
  }
  return n
}

/**
 * Ranking for a fixed set of ISO 639-3 codes: `rank(value)` lists the languages as
 * `francAll(value, { minLength, only })` does, best first (['und'] when there is no guess).
 */
export function trigramRanking(only: string[], minLength: number): (value: string) => string[] {
  const allowed = new Set(only)
  const byScript = new Map<string, ScriptModels | null>()
  for (const script of Object.keys(data)) byScript.set(script, indexScript(data[script]!, allowed))
  // Reused by every call: at most MAX_LENGTH trigrams.
  const counts = new IntTable(MAX_LENGTH)

  return (input: string) => {
    if (!input || input.length < minLength) return ['und']
    const value = input.slice(0, MAX_LENGTH)
    const [script, share] = topScript(value)
    if (!script || !byScript.has(script)) {
      // A script with a single language names it directly.
      if (!script || share === 0 || !allowed.has(script)) return ['und']
      return [script]
    }
    const models = byScript.get(script)
    if (!models) return ['und']
    const n = models.languages.length
    const { from, known } = models
    // franc adds |count - rank - 1| for a trigram a language knows and 300 for one it does not.
    // Counting 300 per distinct trigram for every language and taking back the difference for the
    // languages that know it touches only those, a few of the 35 (exact in integers).
    // Count the trigrams: by packed key in the reusable table, the rare others by text.
    const padded = cleaned(value)
    const byText = new Map<string, number>()
    counts.clear()
    for (let i = 0; i + 3 <= padded.length; i++) {
      const key = keyAt(padded, i)
      if (key >= 0) counts.add(key, 1)
      else {
        const t = padded.slice(i, i + 3)
        byText.set(t, (byText.get(t) ?? 0) + 1)
      }
    }
    const distance = new Float64Array(n)
    const distinct = counts.size + byText.size
    for (let u = 0; u < counts.size; u++) {
      const r0 = models.byKey.get(counts.keyAt(u))
      if (r0 < 0) continue
      const count = counts.valueAt(u)
      for (let e = 2 * from[r0]!; e < 2 * from[r0 + 1]!; e += 2) distance[known[e]!]! -= MAX_DIFFERENCE - Math.abs(count - known[e + 1]! - 1)
    }
    for (const [t, count] of byText) {
      const r0 = models.byText.get(t)
      if (r0 !== undefined) for (let e = 2 * from[r0]!; e < 2 * from[r0 + 1]!; e += 2) distance[known[e]!]! -= MAX_DIFFERENCE - Math.abs(count - known[e + 1]! - 1)
    }
    for (let k = 0; k < n; k++) distance[k]! += distinct * MAX_DIFFERENCE
    // franc sorts stably by distance: among equals, model order decides.
    const order = models.languages.map((_, k) => k).sort((a, b) => distance[a]! - distance[b]!)
    return order.map((k) => models.languages[k]!)
  }
}

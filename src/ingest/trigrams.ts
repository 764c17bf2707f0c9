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

/** franc's limits: the sample is cut at 2048 characters; a trigram absent from a model costs 300. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

interface ScriptModels {
  languages: string[]
  /** Per trigram, its rank in each language of `languages` (-1 when absent). */
  ranks: Map<string, Int32Array>
}

function indexScript(models: Record<string, string>, only: Set<string>): ScriptModels | null {
  // Object order is franc's iteration order, which decides ties.
  const languages = Object.keys(models).filter((l) => only.has(l))
  if (!languages.length) return null
  const ranks = new Map<string, Int32Array>()
  languages.forEach((lang, k) => {
    const list = models[lang]!.split('|')
    for (let rank = 0; rank < list.length; rank++) {
      let row = ranks.get(list[rank]!)
      if (!row) {
        row = new Int32Array(languages.length).fill(-1)
        ranks.set(list[rank]!, row)
      }
      // A trigram listed twice keeps its first (lowest) rank, as franc's model building does.
      if (row[k] === -1) row[k] = rank
    }
  })
  return { languages, ranks }
}

/** Trigram counts of a value as franc's trigram-utils makes them. */
function trigramCounts(value: string): Map<string, number> {
  const clean = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
  const padded = ' ' + clean + ' '
  const counts = new Map<string, number>()
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = padded.slice(i, i + 3)
    counts.set(t, (counts.get(t) ?? 0) + 1)
  }
  return counts
}

/** franc's dominant script: the first script with the highest share of matching characters. */
function topScript(value: string): [string | undefined, number] {
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

/**
 * Ranking for a fixed set of ISO 639-3 codes: `rank(value)` lists the languages as
 * `francAll(value, { minLength, only })` does, best first (['und'] when there is no guess).
 */
export function trigramRanking(only: string[], minLength: number): (value: string) => string[] {
  const allowed = new Set(only)
  const byScript = new Map<string, ScriptModels | null>()
  for (const script of Object.keys(data)) byScript.set(script, indexScript(data[script]!, allowed))

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
    const distance = new Float64Array(n)
    for (const [t, count] of trigramCounts(value)) {
      const row = models.ranks.get(t)
      if (!row) {
        for (let k = 0; k < n; k++) distance[k]! += MAX_DIFFERENCE
        continue
      }
      for (let k = 0; k < n; k++) {
        const r = row[k]!
        distance[k]! += r < 0 ? MAX_DIFFERENCE : Math.abs(count - r - 1)
      }
    }
    // franc sorts stably by distance: among equals, model order decides.
    const order = models.languages.map((_, k) => k).sort((a, b) => distance[a]! - distance[b]!)
    return order.map((k) => models.languages[k]!)
  }
}

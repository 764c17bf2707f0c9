/**
 * Exact and near duplicates among articles. Exact: the same normalised body text (hash).
 * Near: MinHash signatures of 5-word shingles with locality-sensitive hashing, so only articles
 * that share a band are compared: cheap enough for thousands of articles (no all-pairs).
 */
import { createHash } from 'node:crypto'
import type { Article } from '../model.ts'

/** Lower-cased words of the body; punctuation, markup and spacing do not matter. */
function bodyWords(a: Article): string[] {
  const words: string[] = []
  for (const p of a.paragraphs) for (const w of a.text.slice(p.start, p.end).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.push(w)
  return words
}

/** Hash of the normalised body: equal for the same text saved as .txt, .html or .md. */
export function bodyFingerprint(a: Article): string {
  return createHash('sha256').update(bodyWords(a).join(' ')).digest('hex').slice(0, 32)
}

const SHINGLE = 5
const BANDS = 12
const ROWS = 4
const HASHES = BANDS * ROWS
/** Estimated Jaccard similarity of shingle sets above which two bodies are near duplicates. */
export const NEAR_THRESHOLD = 0.5

function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** A family of cheap 32-bit hash permutations (xor-shift-multiply mixing with per-function seeds). */
const SEEDS = Array.from({ length: HASHES }, (_, i) => (Math.imul(i + 1, 0x9e3779b1) ^ 0x5bd1e995) >>> 0)
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

function signature(words: string[]): Uint32Array | null {
  if (words.length < SHINGLE) return null
  const sig = new Uint32Array(HASHES).fill(0xffffffff)
  const seen = new Set<number>()
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '))
    if (seen.has(h)) continue
    seen.add(h)
    for (let k = 0; k < HASHES; k++) {
      const v = mix(h, SEEDS[k])
      if (v < sig[k]) sig[k] = v
    }
  }
  return sig
}

export function findDuplicates(articles: Article[]): {
  duplicates: Array<{ id: string; of: string }>
  near: Array<{ a: string; b: string; similarity: number }>
} {
  const duplicates: Array<{ id: string; of: string }> = []
  const firstByPrint = new Map<string, string>()
  const unique: Array<{ id: string; sig: Uint32Array }> = []
  for (const a of articles) {
    const words = bodyWords(a)
    if (!words.length) continue
    const print = createHash('sha256').update(words.join(' ')).digest('hex')
    const of = firstByPrint.get(print)
    if (of !== undefined) {
      duplicates.push({ id: a.id, of })
      continue
    }
    firstByPrint.set(print, a.id)
    const sig = signature(words)
    if (sig) unique.push({ id: a.id, sig })
  }
  const buckets = new Map<string, number[]>()
  const pairs = new Set<string>()
  unique.forEach((u, i) => {
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(u.sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`
      const bucket = buckets.get(key)
      if (bucket) {
        for (const j of bucket) pairs.add(`${j},${i}`)
        bucket.push(i)
      } else buckets.set(key, [i])
    }
  })
  const near: Array<{ a: string; b: string; similarity: number }> = []
  for (const p of pairs) {
    const [i, j] = p.split(',').map(Number)
    let same = 0
    for (let k = 0; k < HASHES; k++) if (unique[i].sig[k] === unique[j].sig[k]) same++
    const similarity = Math.round((same / HASHES) * 100) / 100
    if (similarity >= NEAR_THRESHOLD) near.push({ a: unique[i].id, b: unique[j].id, similarity })
  }
  near.sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a))
  return { duplicates, near }
}

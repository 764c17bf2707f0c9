/**
 * Scores extract() against hand-annotated quotes in JSON Lines:
 * `{id, text, quotes: [{start, end, kind, speaker, cue}]}`.
 *
 *   npm run eval:quotes [FILE.jsonl] [--errors] [--bench]
 *
 * A prediction matches a gold quote when, after trimming quotation marks,
 * punctuation and spaces at both ends of each, their overlap covers at least
 * half of each (one-to-one, largest overlaps first). Prints precision, recall
 * and F1 for direct quotes and for all speech (direct + indirect + partial),
 * speaker accuracy over matched quotes (surname or head word, case-insensitive)
 * and the extraction speed. `--errors` lists misses and false alarms;
 * `--bench` also times extraction over the shared benchmark texts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { extract } from '../src/extract/index.ts'
import { articleFromText } from '../src/ingest/index.ts'

interface Gold {
  start: number
  end: number
  kind: string
  speaker: string | null
  cue?: string | null
}
interface Doc {
  id: string
  text: string
  quotes: Gold[]
}
interface Span {
  start: number
  end: number
  kind: string
  speaker: string | null
}

const args = process.argv.slice(2)
const file = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/quotes/dev.jsonl'
const showErrors = args.includes('--errors')
const docs: Doc[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Doc)

const TRIM = /[\s"'“”„«»‘’‹›.,;:!?()\[\]—–-]/u

/** The span with quotation marks, punctuation and spaces trimmed at both ends. */
function trimmed(text: string, s: Span): [number, number] {
  let a = s.start
  let b = s.end
  while (a < b && TRIM.test(text[a]!)) a++
  while (b > a && TRIM.test(text[b - 1]!)) b--
  return [a, b]
}

function matches(text: string, gold: Span[], pred: Span[]): [number, number][] {
  const pairs: [number, number, number][] = []
  gold.forEach((g, gi) => {
    const [ga, gb] = trimmed(text, g)
    pred.forEach((p, pi) => {
      const [pa, pb] = trimmed(text, p)
      const overlap = Math.min(gb, pb) - Math.max(ga, pa)
      if (overlap <= 0) return
      if (overlap * 2 >= gb - ga && overlap * 2 >= pb - pa) pairs.push([gi, pi, overlap])
    })
  })
  pairs.sort((x, y) => y[2] - x[2])
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: [number, number][] = []
  for (const [gi, pi] of pairs) {
    if (usedG.has(gi) || usedP.has(pi)) continue
    usedG.add(gi)
    usedP.add(pi)
    out.push([gi, pi])
  }
  return out
}

const SUFFIX = new Set(['jr', 'sr', 'ii', 'iii', 'iv'])
function tokens(name: string): string[] {
  let s = name.toLowerCase().replace(/['’]s\b/g, '')
  s = s.replace(/\s*\([^)]*\)/g, ' ').replace(/^(?:the|a|an|one|some|several|many|multiple|both)\s+/, '')
  s = s.split(/\s+(?:of|for|at|in|from|on|with)\s+|,/)[0]!
  return s.split(/[^\p{L}\p{N}.-]+/u).map((t) => t.replace(/\.$/, '')).filter((t) => t && !SUFFIX.has(t))
}
function head(name: string): string {
  const t = tokens(name)
  return t[t.length - 1] ?? ''
}
function initials(name: string): string {
  return tokens(name).filter((t) => !['and', 'the', 'of', 'for'].includes(t)).map((t) => t[0]).join('')
}
/** Same surname or head word; an acronym of the other's name also counts. */
export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  if (!gold || !pred) return gold === pred
  const hg = head(gold)
  const hp = head(pred)
  if (hg === hp) return true
  if (tokens(pred).includes(hg) || tokens(gold).includes(hp)) return true
  return hp === initials(gold) || hg === initials(pred)
}

const count = { direct: { tp: 0, fp: 0, fn: 0 }, all: { tp: 0, fp: 0, fn: 0 } }
let speakerOk = 0
let speakerN = 0
let chars = 0
let ms = 0
const errors: string[] = []

for (const doc of docs) {
  const article = articleFromText(doc.text, `${doc.id}.txt`)
  const t0 = performance.now()
  const record = extract(article)
  ms += performance.now() - t0
  chars += doc.text.length
  const pred: Span[] = record.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null }))
  const gold: Span[] = doc.quotes.map((q) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker }))

  const gd = gold.filter((g) => g.kind === 'direct')
  const pd = pred.filter((p) => p.kind === 'direct')
  const md = matches(doc.text, gd, pd)
  count.direct.tp += md.length
  count.direct.fp += pd.length - md.length
  count.direct.fn += gd.length - md.length

  const ma = matches(doc.text, gold, pred)
  count.all.tp += ma.length
  count.all.fp += pred.length - ma.length
  count.all.fn += gold.length - ma.length
  for (const [gi, pi] of ma) {
    speakerN++
    const ok = sameSpeaker(gold[gi]!.speaker, pred[pi]!.speaker)
    if (ok) speakerOk++
    else errors.push(`${doc.id} SPEAKER gold=${gold[gi]!.speaker} pred=${pred[pi]!.speaker} | ${snippet(doc.text, gold[gi]!)}`)
  }
  const mg = new Set(ma.map(([g]) => g))
  const mp = new Set(ma.map(([, p]) => p))
  gold.forEach((g, i) => {
    if (!mg.has(i)) errors.push(`${doc.id} MISS ${g.kind} (${g.speaker}) | ${snippet(doc.text, g)}`)
  })
  pred.forEach((p, i) => {
    if (!mp.has(i)) errors.push(`${doc.id} FALSE ${p.kind} (${p.speaker}) | ${snippet(doc.text, p)}`)
  })
}

function snippet(text: string, s: Span): string {
  const t = text.slice(s.start, s.end).replace(/\s+/g, ' ')
  return t.length > 110 ? t.slice(0, 70) + ' … ' + t.slice(-35) : t
}

function prf(c: { tp: number; fp: number; fn: number }): string {
  const p = c.tp / Math.max(1, c.tp + c.fp)
  const r = c.tp / Math.max(1, c.tp + c.fn)
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r)
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`
}

if (showErrors) for (const e of errors) console.log(e)
console.log(`${docs.length} articles, ${docs.reduce((n, d) => n + d.quotes.length, 0)} gold attributions (${file})`)
console.log(`direct quotes   ${prf(count.direct)}`)
console.log(`all speech      ${prf(count.all)}`)
console.log(`speaker accuracy ${(speakerOk / Math.max(1, speakerN)).toFixed(3)} (${speakerOk}/${speakerN} matched)`)
console.log(`speed           ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s on the eval texts (${chars} chars in ${ms.toFixed(0)} ms, first pass, JIT cold)`)

if (args.includes('--bench')) {
  const dir = join('..', 'shared', 'bench', 'article-extraction')
  const texts: string[] = []
  for (const name of ['ground-truth.json', 'page-text.json']) {
    const p = join(dir, name)
    if (!existsSync(p)) continue
    const data = JSON.parse(readFileSync(p, 'utf8')) as Record<string, { articleBody?: string; text?: string }>
    for (const v of Object.values(data)) texts.push(v.articleBody ?? v.text ?? '')
  }
  if (texts.length === 0) console.log('bench texts not found beside the repository')
  else {
    // Articles are built first: the figure is extraction alone, the best of three warm passes.
    const articles = texts.map((t, i) => articleFromText(t, `bench-${i}.txt`))
    for (const a of articles.slice(0, 20)) extract(a)
    let n = 0
    for (const a of articles) n += a.text.length
    let best = Infinity
    let bestCpu = Infinity
    for (let pass = 0; pass < 3; pass++) {
      const t0 = performance.now()
      const c0 = process.cpuUsage()
      for (const a of articles) extract(a)
      const c = process.cpuUsage(c0)
      best = Math.min(best, (performance.now() - t0) / 1000)
      bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e6)
    }
    // CPU time is reported beside wall time: on a shared machine the wall clock also counts waiting.
    console.log(`bench speed     ${(n / 1e6 / best).toFixed(2)} MB/s wall, ${(n / 1e6 / bestCpu).toFixed(2)} MB/s of CPU time, over ${texts.length} bench texts (${(n / 1e6).toFixed(2)} M chars, one thread, best of 3)`)
  }
}

/**
 * Scores body extraction on the article-extraction benchmark (see its README for the metric):
 * 4-word shingles as multisets, precision and recall per page, each averaged over pages, F1 of
 * the averages. Text input is `page-text.json` (one block per line), HTML input is `html/*.html.gz`.
 *
 *   npm run eval:boilerplate [-- DIR] [--verbose]      (DIR or $NEWSCOMPARE_BENCH; default ../shared/bench/article-extraction)
 *
 * The pages are read in place and never copied into the repository.
 */
import { readFileSync, existsSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import path from 'node:path'
import { ingest } from '../src/ingest/index.ts'

const args = process.argv.slice(2)
const verbose = args.includes('--verbose')
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? process.env.NEWSCOMPARE_BENCH ?? '../shared/bench/article-extraction')
if (!existsSync(path.join(dir, 'ground-truth.json'))) {
  console.error(`no benchmark at ${dir}: pass its folder as an argument or set NEWSCOMPARE_BENCH`)
  process.exit(2)
}
const pages = JSON.parse(readFileSync(path.join(dir, 'page-text.json'), 'utf8')) as Record<string, { text: string }>
const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string }>

function shingles(text: string): Map<string, number> {
  const tokens = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []
  const out = new Map<string, number>()
  for (let i = 0; i + 4 <= tokens.length; i++) {
    const k = tokens.slice(i, i + 4).join(' ')
    out.set(k, (out.get(k) ?? 0) + 1)
  }
  return out
}

/** Precision and recall of one page; an empty output scores 0 precision unless the truth is empty too. */
export function score(output: string, expected: string): { p: number; r: number } {
  const a = shingles(output)
  const b = shingles(expected)
  let tp = 0
  let nA = 0
  let nB = 0
  for (const v of a.values()) nA += v
  for (const v of b.values()) nB += v
  for (const [k, v] of a) tp += Math.min(v, b.get(k) ?? 0)
  const fp = nA - tp
  const fn = nB - tp
  if (nA === 0 && nB === 0) return { p: 1, r: 1 }
  return { p: tp + fp ? tp / (tp + fp) : 0, r: tp + fn ? tp / (tp + fn) : 0 }
}

function run(label: string, input: (id: string) => { name: string; bytes: Uint8Array } | null) {
  let sp = 0
  let sr = 0
  let n = 0
  let bytes = 0
  let ms = 0
  const rows: Array<{ id: string; p: number; r: number }> = []
  for (const id of Object.keys(truth)) {
    const x = input(id)
    if (!x) continue
    const t0 = performance.now()
    const { article } = ingest(x.name, x.bytes)
    ms += performance.now() - t0
    bytes += x.bytes.length
    const body = article ? article.paragraphs.map((p) => article.text.slice(p.start, p.end)).join('\n') : ''
    const { p, r } = score(body, truth[id].articleBody)
    rows.push({ id, p, r })
    sp += p
    sr += r
    n++
  }
  const P = sp / n
  const R = sr / n
  const F = (2 * P * R) / (P + R)
  console.log(`${label}: F1 ${F.toFixed(3)}  (P ${P.toFixed(3)}, R ${R.toFixed(3)}, ${n} pages, ${(bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s)`)
  if (verbose) {
    for (const row of rows.sort((a, b) => a.p + a.r - b.p - b.r).slice(0, Number(process.env.EVAL_SHOW ?? 15))) console.log(`  ${row.id.slice(0, 12)}  P ${row.p.toFixed(2)}  R ${row.r.toFixed(2)}`)
  }
  return F
}

run('text input', (id) => (pages[id] ? { name: `${id}.txt`, bytes: new TextEncoder().encode(pages[id].text) } : null))
run('HTML input', (id) => {
  const file = path.join(dir, 'html', `${id}.html.gz`)
  return existsSync(file) ? { name: `${id}.html`, bytes: gunzipSync(readFileSync(file)) } : null
})

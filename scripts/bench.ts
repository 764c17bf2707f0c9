/**
 * `npm run bench`: build synthetic corpora of real news text and compare with
 * a bare Eleventy rendering the same Markdown (the peer), in the same run.
 * Prints wall time, peak RSS and ratios, extraction throughput, incremental
 * rebuild times and linking time. Not part of `npm test`.
 *
 * BENCH_SIZES=250,1000 limits the sizes; BENCH_DIR points at the bench data.
 */
import { execFile } from 'node:child_process'
import { appendFile, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { fileURLToPath } from 'node:url'
import { articleFiles, loadSources, writeCorpus } from './bench/corpus.ts'
import { ingest } from '../src/ingest/index.ts'
import { extract } from '../src/extract/index.ts'
import { benchLink } from './bench/link.ts'

const run = promisify(execFile)
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const benchDir = process.env.BENCH_DIR ?? path.join(root, '..', 'shared', 'bench', 'article-extraction')
const work = path.join(root, '.bench')
const sizes = (process.env.BENCH_SIZES ?? '250,1000,4000').split(',').map(Number)

interface Measure {
  ms: number
  maxRssMb: number
  pages?: number
  reused?: number
  timings?: Record<string, number>
}

async function measure(...args: string[]): Promise<Measure> {
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts/bench/measure.mjs'), ...args], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, CI: '1' },
  })
  return JSON.parse(stdout.trim().split('\n').pop()!) as Measure
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`

// Runs of each build the targets are read from.
const RUNS = 3

/** The run of median wall time (an odd number of runs). */
const median = (runs: Measure[]) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!

/** "3 runs: 4.90, 5.12, 5.60 s". */
const spread = (runs: Measure[]) => `${runs.length} runs: ${runs.map((r) => (r.ms / 1000).toFixed(2)).join(', ')} s`
// On a rebuild, changed pages render on a worker while the rest are hashed: that time is in site.reuse.
const stages = (m: Measure) => ['read', 'extract', 'link', 'site.views', 'site.reuse', 'site.render'].map((k) => `${k} ${fmt(m.timings?.[k] ?? 0)}`).join(', ')

async function main() {
  const sources = await loadSources(benchDir)
  await mkdir(work, { recursive: true })
  // Builds are measured as the command runs them, from bundles made on its first run after a change.
  const bundles = await import('../src/build/bundle.ts')
  bundles.bundled('main')
  bundles.workerBundle('extract')
  bundles.workerBundle('render')
  await bundles.bundlesMade()

  // Extraction throughput on one core: ingest + extract of every real page text. The first round
  // includes compiling and warming up the code; a long build runs warm, so both are printed.
  const roundMs: number[] = []
  let roundBytes = 0
  for (let round = 0; round < 4; round++) {
    roundBytes = 0
    const started = performance.now()
    for (const s of sources) {
      const data = new TextEncoder().encode(s.pageText)
      roundBytes += data.length
      const { article } = ingest(`${s.id}.txt`, data)
      if (article) extract(article)
    }
    roundMs.push(performance.now() - started)
  }
  const rate = (ms: number) => (roundBytes / 1e6 / (ms / 1000)).toFixed(2)
  const warm = roundMs.slice(1).reduce((a, b) => a + b, 0) / (roundMs.length - 1)
  console.log(
    `extraction (ingest + extract, one core, ${(roundBytes / 1e6).toFixed(1)} MB of real page text): ${rate(warm)} MB/s warm (target >= 2), ${rate(roundMs[0])} MB/s in the first, cold round`,
  )

  const rows: string[] = []
  const notes: string[] = []
  const searchSize = sizes.includes(1000) ? 1000 : Math.min(...sizes)
  const full: Record<number, number> = {}
  for (const size of sizes) {
    const corpus = await writeCorpus(work, sources, size)
    const peerOut = path.join(work, `peer-out-${size}`)
    await rm(peerOut, { recursive: true, force: true })
    // The largest size decides the targets: its builds (and the peer's) are timed three times and
    // the median kept (on a shared VM one full build at 4,000 articles took 29.5 to 39.5 s within an hour).
    const largest = size === Math.max(...sizes)
    const peerRuns: Measure[] = []
    for (let run = 0; run < (largest ? RUNS : 1); run++) {
      await rm(peerOut, { recursive: true, force: true })
      peerRuns.push(await measure('peer', corpus.peer, peerOut))
    }
    const peer = median(peerRuns)
    // A peer that wrote nothing would make every ratio meaningless.
    if (peer.pages !== size) throw new Error(`the peer wrote ${peer.pages} pages for ${size} articles`)
    const cache = path.join(work, `cache-${size}`)
    await rm(path.join(work, `out-search-${size}`), { recursive: true, force: true })
    const fullRuns: Measure[] = []
    for (let run = 0; run < (largest ? RUNS : 1); run++) {
      // A full build: no extraction cache and no earlier output to take pages over from.
      await rm(cache, { recursive: true, force: true })
      await rm(path.join(work, `out-${size}`), { recursive: true, force: true })
      fullRuns.push(await measure('ours', corpus.ours, path.join(work, `out-${size}`), cache))
    }
    const ours = median(fullRuns)
    full[size] = ours.ms
    if (largest && fullRuns.length > 1) notes.push(`full build at ${size} articles: median of ${spread(fullRuns)}; the peer's: ${spread(peerRuns)}`)
    const t = ours.timings ?? {}
    rows.push(
      `| ${size} | ${fmt(ours.ms)} | ${fmt(peer.ms)} | ${(ours.ms / peer.ms).toFixed(2)}x | ${ours.maxRssMb.toFixed(0)} MB | ${peer.maxRssMb.toFixed(0)} MB | ${ours.pages} | ${fmt(t.extract ?? 0)} / ${fmt(t.link ?? 0)} / ${fmt(t.site ?? 0)} (views ${fmt(t['site.views'] ?? 0)}, render ${fmt(t['site.render'] ?? 0)}) |`,
    )
    // What a user's default build adds: the Pagefind index (the peer has no search). Warm cache, new
    // output folder; measured at one size only, to keep the whole benchmark under ten minutes.
    if (size === searchSize) {
      const searched = await measure('ours-search', corpus.ours, path.join(work, `out-search-${size}`), cache)
      notes.push(`full render with the search index at ${size} articles (extraction cached): ${fmt(searched.ms)}, of which search ${fmt(searched.timings?.['site.search'] ?? 0)}`)
    }
    if (largest) {
      const out = path.join(work, `out-${size}`)
      const unchangedRuns: Measure[] = []
      for (let run = 0; run < RUNS; run++) unchangedRuns.push(await measure('ours', corpus.ours, out, cache))
      const addedRuns: Measure[] = []
      const added = path.join(corpus.ours, `a${String(size).padStart(5, '0')}.md`)
      for (let run = 0; run < RUNS; run++) {
        if (run > 0) {
          // Back to `size` articles (a rebuild too, not timed), then the article again with a line of
          // its own, so that its extraction is never found in the cache.
          await rm(added, { force: true })
          await measure('ours', corpus.ours, out, cache)
        }
        await Promise.all(articleFiles(corpus.ours, corpus.peer, sources, size))
        if (run > 0) await appendFile(added, `\nRebuild ${run}.\n`)
        addedRuns.push(await measure('ours', corpus.ours, out, cache))
      }
      const unchanged = median(unchangedRuns)
      const addOne = median(addedRuns)
      console.log(`\nrebuild at ${size} articles, nothing changed: ${fmt(unchanged.ms)} (${((unchanged.ms / ours.ms) * 100).toFixed(0)}% of the full build; target <= 10%; median of ${spread(unchangedRuns)})`)
      console.log(`rebuild at ${size} articles after adding one: ${fmt(addOne.ms)} (${((addOne.ms / ours.ms) * 100).toFixed(0)}% of the full build; target <= 15%; median of ${spread(addedRuns)}; ${addOne.reused} of ${addOne.pages} pages unchanged; peak RSS ${addOne.maxRssMb.toFixed(0)} MB; ${stages(addOne)})`)
    }
  }
  console.log('\n| articles | newscompare | plain Eleventy (peer) | ratio (target <= 2x) | peak RSS | peer RSS | pages | extract / link / site |')
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const row of rows) console.log(row)
  for (const note of notes) console.log(`\n${note}`)
  if (full[1000] && full[4000]) console.log(`\ngrowth time(4000) / time(1000): ${(full[4000] / full[1000]).toFixed(2)} (target <= 4.5)`)

  for (const line of await benchLink(sources)) console.log(line)
}

await main()

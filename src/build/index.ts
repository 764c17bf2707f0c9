/**
 * The whole build: content folders in, a published `dist/` out.
 *
 * Files go through ingest and extract (cached, in parallel), then the corpus
 * is linked and the site rendered into a temporary folder beside the output,
 * which replaces the old output only when everything succeeded. A failed or
 * interrupted build leaves the previous site untouched.
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findContentFiles } from './files.ts'
import { ExtractionCache, cacheKey, type CacheEntry } from './cache.ts'
import { processAll, spawnExtractor } from './pool.ts'
import { Progress } from './progress.ts'
import { loadKnowledge, type Knowledge } from './knowledge.ts'
import { uniqueIds } from './ids.ts'
import { PartialUpdate, replaceFolder, withAtomicOutput, type OutputUpdate } from './atomic.ts'
import { writeRecordsJson } from './records-export.ts'
import { codeHash, fingerprint, forgetManifest, readManifest, writeManifest, type Manifest } from './manifest.ts'
import { EXTRACTOR_VERSION } from '../extract/version.ts'
import { link } from '../link/index.ts'
import { buildSite } from '../site/index.ts'
import { message } from '../messages.ts'
import type { ArticleRecord, Corpus, Message } from '../model.ts'

export interface BuildOptions {
  /** Folders (or files) holding articles. */
  content: string[]
  /** Where the site goes; replaced atomically. */
  outDir: string
  /** URL path the site is served from, e.g. `/news/`. */
  base?: string
  /** Cache folder, or null to disable caching. */
  cacheDir?: string | null
  /** ISO date used for anything that shows the build time (from SOURCE_DATE_EPOCH). */
  buildDate?: string
  /** Warnings fail the build (nothing is written). */
  strict?: boolean
  quiet?: boolean
  /** Run Pagefind (default true). */
  search?: boolean
  threads?: number
  /** Pages per Eleventy run when rendering on threads (default 1,500). */
  renderChunk?: number
  /**
   * Extraction results kept in memory by an earlier build of this process,
   * by cache key (`serve` keeps one across rebuilds): used instead of reading
   * and decoding the cache, then replaced with this build's.
   */
  memory?: Map<string, CacheEntry>
}

export interface BuildResult {
  ok: boolean
  /** True when the output was already built from the same inputs; nothing was redone. */
  unchanged: boolean
  /** Counts for reporting (records is empty when unchanged). */
  summary: { articles: number; quotes: number }
  records: ArticleRecord[]
  corpus: Corpus | null
  messages: Message[]
  pages: number
  /** Pages left unchanged in the previous output instead of rendered again. */
  reused: number
  timings: Record<string, number>
}

interface Plan {
  inputs: Array<{ file: string; bytes: Uint8Array; key: string }>
  messages: Message[]
  knowledge: Knowledge
}

/** Finds the inputs and their cache keys; reads every file once. */
async function plan(content: string[]): Promise<Plan> {
  const messages: Message[] = []
  const knowledge = await loadKnowledge(content)
  messages.push(...knowledge.messages)
  const found = await findContentFiles(content)
  for (const file of found.missing) messages.push(message(file, 'no such file or folder', 'missing-input', 'error'))
  for (const file of found.unknown) {
    messages.push(message(file, `not an article: unknown extension "${path.extname(file)}" (use .txt, .md or .html)`, 'unknown-extension', 'warning'))
  }
  // Extraction results depend on the per-article stages' code, not only on the extractor's version string.
  const stages = await codeHash(['src/ingest', 'src/extract', 'src/knowledge'])
  const inputs: Plan['inputs'] = []
  // One file after another: a rebuild finds them in the page cache, where promise-based reads
  // cost more in queueing than the reads themselves (see `ExtractionCache#read`).
  for (const file of found.articles) {
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (error) {
      const { code, message: reason } = error as NodeJS.ErrnoException
      messages.push(message(file, `cannot read the file (${code ?? reason})`, 'unreadable', 'error'))
      continue
    }
    inputs.push({ file, bytes, key: cacheKey([CACHE_FORMAT, EXTRACTOR_VERSION, stages, knowledge.fingerprint, file, bytes]) })
  }
  return { inputs, messages, knowledge }
}

// The layout of a cache entry (cache.ts); a new layout must not read old entries.
const CACHE_FORMAT = 'entry-2'

// Cached entries that take this thread about as long to decode as a worker takes to start.
const DECODE_WORK = 500

/** Ingest and extract every input, from the cache when it holds a valid entry, else on worker threads. */
async function load(
  { inputs, messages: planned, knowledge }: Plan,
  options: { cacheDir?: string | null; quiet?: boolean; threads?: number; memory?: Map<string, CacheEntry> },
): Promise<{ records: ArticleRecord[]; messages: Message[]; entries: Map<ArticleRecord, string>; digests: Map<ArticleRecord, string> }> {
  const messages = [...planned]
  const cache = new ExtractionCache(options.cacheDir ?? null)
  const { memory } = options
  const entries: Array<CacheEntry | null> = inputs.map((input) => memory?.get(input.key) ?? null)
  const raw: Array<Buffer | null> = []
  for (const [index, input] of inputs.entries()) raw.push(entries[index] ? null : cache.read(input.key))
  // An entry in memory is exported from its cache file while that file is still there.
  const stored = raw.map((bytes, index) => bytes !== null || (entries[index] !== null && cache.has(inputs[index]!.key)))
  // A rebuild that added an article waits on a worker for it: one starts now, while the cache is read.
  const threads = options.threads ?? os.availableParallelism()
  const toRead = raw.filter(Boolean).length
  const started = threads >= 2 && toRead >= DECODE_WORK ? spawnExtractor() : undefined
  const writes: Promise<void>[] = []
  const extractAll = async (indexes: number[], mainBusy: boolean, first = false) => {
    const todo = indexes.map((index) => ({ ...inputs[index]!, index }))
    const progress = new Progress(todo.length, options.quiet)
    await processAll(
      todo,
      knowledge.ingest,
      (i, entry) => {
        const { index, key } = todo[i]!
        entries[index] = entry
        writes.push(cache.set(key, entry).then((ok) => void (stored[index] = ok)))
        progress.tick()
      },
      { threads, mainBusy, started: first ? started : undefined },
    )
    progress.stop()
  }
  // The misses are extracted while this thread decodes the cached entries (on a worker, when there
  // are enough entries to keep this thread busy meanwhile).
  const misses = raw.flatMap((bytes, index) => (bytes || entries[index] ? [] : [index]))
  const extracting = extractAll(misses, toRead >= DECODE_WORK, true)
  const unreadable: number[] = []
  raw.forEach((bytes, index) => {
    if (!bytes) return
    entries[index] = cache.decode(bytes)
    raw[index] = null
    if (entries[index]) return
    stored[index] = false
    unreadable.push(index)
  })
  await extracting
  // An entry with a good checksum that does not decode cannot come from this code; recomputed all the same.
  if (unreadable.length) await extractAll(unreadable, false)
  await Promise.all(writes)

  const records: ArticleRecord[] = []
  // Each record's cache entry, which holds its JSON for the records.json export.
  const stores = new Map<ArticleRecord, string>()
  // Each record's cache key names everything it was extracted from (a renamed record has none).
  const digests = new Map<ArticleRecord, string>()
  entries.forEach((entry, index) => {
    messages.push(...entry!.messages)
    if (!entry!.record) return
    records.push(entry!.record)
    digests.set(entry!.record, inputs[index]!.key)
    const file = cache.path(inputs[index].key)
    if (stored[index] && file) stores.set(entry!.record, file)
  })
  if (memory) {
    memory.clear()
    entries.forEach((entry, index) => memory.set(inputs[index]!.key, entry!))
  }
  // A record renamed here is a new object, so it is serialised afresh.
  return { records: uniqueIds(records, messages), messages, entries: stores, digests }
}

export async function readRecords(
  content: string[],
  options: { cacheDir?: string | null; quiet?: boolean; threads?: number } = {},
): Promise<{ records: ArticleRecord[]; messages: Message[]; knowledge: Knowledge }> {
  const planned = await plan(content)
  const { records, messages } = await load(planned, options)
  return { records, messages, knowledge: planned.knowledge }
}

export async function build(options: BuildOptions): Promise<BuildResult> {
  const timings: Record<string, number> = {}
  const time = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const started = performance.now()
    try {
      return await work()
    } finally {
      timings[name] = performance.now() - started
    }
  }

  const planned = await time('read', () => plan(options.content))
  // With a cache, an output built from exactly these inputs, options and code needs no work.
  const stateDir = options.cacheDir ? path.dirname(options.cacheDir) : null
  const print = await fingerprint([
    ...planned.inputs.map((i) => i.key),
    planned.knowledge.fingerprint,
    JSON.stringify([options.base ?? '/', options.buildDate ?? '', options.search ?? true]),
  ])
  const previous = stateDir ? await readManifest(stateDir, options.outDir) : null
  if (previous?.fingerprint === print && !(options.strict && previous.messages.some((m) => m.severity !== 'info'))) {
    const { articles, quotes, pages, messages } = previous
    return { ok: true, unchanged: true, records: [], corpus: null, messages, pages, reused: pages, summary: { articles, quotes }, timings }
  }

  const { records, messages, entries, digests } = await time('extract', () => load(planned, options))
  const knowledge = planned.knowledge
  const corpus = await time('link', () => link(records, { people: knowledge.people }))
  const fail = (reason: string): BuildResult => {
    messages.push(message(options.outDir, reason, 'build-failed', 'error'))
    return { ok: false, unchanged: false, records, corpus, messages, pages: 0, reused: 0, summary: summarise(records), timings }
  }

  if (records.length === 0) return fail('no article could be built; the previous site is left as it was')
  if (options.strict && messages.some((m) => m.severity !== 'info')) {
    return fail('--strict: warnings or errors above; the previous site is left as it was')
  }

  let pages = 0
  let reused = 0
  let site: Manifest['site'] = null
  // Pages are reused only from an output this cache described; code changes in the site stage re-render all.
  // A site this cache described is updated in place: only the changed pages are written.
  const incremental = stateDir
    ? { code: await codeHash(['src/site', 'templates']), previousDir: options.outDir, state: previous?.site ?? null, digests }
    : undefined
  const search = options.search ?? true
  let searchFolders: string[] | null = null
  try {
    await time('site', () =>
      withAtomicOutput(options.outDir, async (dir): Promise<OutputUpdate | void> => {
        const exported = writeRecordsJson(path.join(dir, 'records.json'), records, (r) => entries.get(r))
        const rendered = buildSite(corpus, records, {
          outDir: dir,
          base: options.base,
          buildDate: options.buildDate,
          quiet: options.quiet,
          search,
          incremental,
          threads: options.threads,
          renderChunk: options.renderChunk,
          writeRecords: false,
        })
        const [result] = await Promise.all([rendered, exported])
        messages.push(...result.messages)
        pages = result.pages
        reused = result.reused
        site = result.state
        for (const [step, ms] of Object.entries(result.timings)) timings[`site.${step}`] = ms
        if (result.messages.some((m) => m.severity === 'error')) throw new Error('the site stage reported errors')
        if (!result.update) return
        searchFolders = result.update.searchFolders
        return {
          pages: result.update.pages,
          pageFolders: result.update.pageFolders,
          // A search index of an earlier build with search on no longer fits the site.
          removed: search ? result.update.removed : [...result.update.removed, 'pagefind'],
          // Partly updated, the folder no longer matches the manifest: were this stopped, the next build starts afresh.
          beforeChange: () => forgetManifest(stateDir!, options.outDir),
        }
      }),
    )
  } catch (error) {
    if (error instanceof PartialUpdate) return fail(error.message)
    return fail(`the site could not be written (${error instanceof Error ? error.message : String(error)}); the previous site is left as it was`)
  }
  if (searchFolders && search) {
    const folders: string[] = searchFolders
    await time('site.search', async () => {
      const { searchIndex } = await import('../site/search-index.ts')
      await replaceFolder(options.outDir, 'pagefind', async (into) => {
        const indexed = await searchIndex(options.outDir, folders, into)
        messages.push(...indexed.messages)
        return indexed.ok
      })
    })
  }
  const summary = summarise(records)
  if (stateDir) await writeManifest(stateDir, options.outDir, { fingerprint: print, ...summary, pages, messages, site })
  return { ok: true, unchanged: false, records, corpus, messages, pages, reused, summary, timings }
}

function summarise(records: ArticleRecord[]): { articles: number; quotes: number } {
  return { articles: records.length, quotes: records.reduce((n, r) => n + r.quotes.length, 0) }
}

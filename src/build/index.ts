/**
 * The whole build: content folders in, a published `dist/` out.
 *
 * Files go through ingest and extract (cached, in parallel), then the corpus
 * is linked and the site rendered into a temporary folder beside the output,
 * which replaces the old output only when everything succeeded. A failed or
 * interrupted build leaves the previous site untouched.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { findContentFiles } from './files.ts'
import { ExtractionCache, cacheKey, type CacheEntry } from './cache.ts'
import { processAll } from './pool.ts'
import { Progress } from './progress.ts'
import { loadKnowledge } from './knowledge.ts'
import { uniqueIds } from './ids.ts'
import { withAtomicOutput } from './atomic.ts'
import { EXTRACTOR_VERSION } from '../extract/index.ts'
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
}

export interface BuildResult {
  ok: boolean
  records: ArticleRecord[]
  corpus: Corpus | null
  messages: Message[]
  pages: number
  timings: Record<string, number>
}

export async function readRecords(
  content: string[],
  options: { cacheDir?: string | null; quiet?: boolean; threads?: number } = {},
): Promise<{ records: ArticleRecord[]; messages: Message[]; knowledge: Awaited<ReturnType<typeof loadKnowledge>> }> {
  const messages: Message[] = []
  const knowledge = await loadKnowledge(content)
  messages.push(...knowledge.messages)
  const found = await findContentFiles(content)
  for (const file of found.missing) messages.push(message(file, 'no such file or folder', 'missing-input', 'error'))
  for (const file of found.unknown) {
    messages.push(message(file, `not an article: unknown extension "${path.extname(file)}" (use .txt, .md or .html)`, 'unknown-extension', 'warning'))
  }
  const cache = new ExtractionCache(options.cacheDir ?? null)
  const entries: Array<CacheEntry | null> = new Array(found.articles.length).fill(null)
  const todo: Array<{ index: number; file: string; bytes: Uint8Array; key: string }> = []

  await Promise.all(
    found.articles.map(async (file, index) => {
      const bytes = await readFile(file)
      const key = cacheKey([EXTRACTOR_VERSION, knowledge.fingerprint, file, bytes])
      const hit = await cache.get(key)
      if (hit) entries[index] = hit
      else todo.push({ index, file, bytes, key })
    }),
  )
  todo.sort((a, b) => a.index - b.index)

  const progress = new Progress(todo.length, options.quiet)
  const writes: Promise<void>[] = []
  await processAll(
    todo,
    knowledge.ingest,
    (i, entry) => {
      entries[todo[i].index] = entry
      writes.push(cache.set(todo[i].key, entry))
      progress.tick()
    },
    options.threads,
  )
  progress.stop()
  await Promise.all(writes)

  const records: ArticleRecord[] = []
  for (const entry of entries) {
    messages.push(...entry!.messages)
    if (entry!.record) records.push(entry!.record)
  }
  return { records: uniqueIds(records, messages), messages, knowledge }
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

  const { records, messages, knowledge } = await time('extract', () => readRecords(options.content, options))
  const corpus = await time('link', () => link(records, { people: knowledge.people }))
  const fail = (reason: string): BuildResult => {
    messages.push(message(options.outDir, reason, 'build-failed', 'error'))
    return { ok: false, records, corpus, messages, pages: 0, timings }
  }

  if (records.length === 0) return fail('no article could be built; the previous site is left as it was')
  if (options.strict && messages.some((m) => m.severity !== 'info')) {
    return fail('--strict: warnings or errors above; the previous site is left as it was')
  }

  let pages = 0
  try {
    await time('site', () =>
      withAtomicOutput(options.outDir, async (dir) => {
        const result = await buildSite(corpus, records, {
          outDir: dir,
          base: options.base,
          buildDate: options.buildDate,
          quiet: options.quiet,
          search: options.search,
        })
        messages.push(...result.messages)
        pages = result.pages
        if (result.messages.some((m) => m.severity === 'error')) throw new Error('the site stage reported errors')
      }),
    )
  } catch (error) {
    return fail(`the site could not be written (${error instanceof Error ? error.message : String(error)}); the previous site is left as it was`)
  }
  return { ok: true, records, corpus, messages, pages, timings }
}

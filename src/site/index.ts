/**
 * The site stage: corpus and records in, a complete static site out.
 *
 * Views are computed in `views/` (typed, pure), Eleventy renders them through
 * the Nunjucks templates in `templates/`, then the data exports, the static
 * assets and the Pagefind index are written next to the pages. Everything goes
 * into `outDir` and nowhere else.
 */
import { cp, mkdir } from 'node:fs/promises'
import os from 'node:os'
import { join } from 'node:path'
import type { ArticleRecord, Corpus, Message } from '../model.ts'
import { message } from '../messages.ts'
import { NAV, TEMPLATES_DIR, type SiteGlobals } from './eleventy.ts'
import { renderPages, startPipeline } from './render.ts'
import { collectGarbage } from './collect.ts'
import { writeExports } from './exports.ts'
import { displayDay } from './format.ts'
import { searchIndex } from './search-index.ts'
import { buildViews, type PagePlace, type SiftedList, type SiteViews } from './views/index.ts'
import type { Catalog } from './catalog.ts'
import { PAGE_LISTS, reusePages, sharedHash, startSieve, type PageState } from './reuse.ts'

export interface SiteOptions {
  outDir: string
  /** Path prefix the site is served from, default '/'. */
  base?: string
  /** ISO timestamp (from SOURCE_DATE_EPOCH); the output never reads the clock. */
  buildDate?: string
  quiet?: boolean
  /** Run Pagefind, default true. */
  search?: boolean
  /** Absolute origin ("https://example.org") for the feed and sitemap; relative links without it. */
  siteUrl?: string
  /**
   * Render only what changed. `previousDir`, the output of the build that
   * `state` describes, is to be updated rather than replaced: pages whose
   * view is unchanged are left there, only the rest are rendered into
   * `outDir`, and the result's `update` says what to move in and delete (the
   * search index is then the caller's to build). `code` identifies the site
   * stage's code and templates (a change re-renders everything). `digests`
   * identify records by what they were extracted from (the extraction
   * cache's key): an article page is then judged by its record's digest and
   * context, without building its view.
   */
  incremental?: { code: string; previousDir: string; state: PageState | null; digests?: Map<ArticleRecord, string> }
  /** Render threads (default one per core; 1 renders in this thread). */
  threads?: number
  /** Pages per Eleventy run when rendering on threads. */
  renderChunk?: number
  /** False when the caller writes `records.json` itself (default true). */
  writeRecords?: boolean
}

export interface SiteResult {
  messages: Message[]
  pages: number
  /** Pages left unchanged in the previous output. */
  reused: number
  /** What to pass as `incremental.state` next time (null without `incremental`). */
  state: PageState | null
  /** Milliseconds per step: views, reuse, render (with the exports), search. */
  timings: Record<string, number>
  /**
   * Set when `incremental.state` could be used: `outDir` holds only the
   * changed pages (and the exports, assets, feed and sitemap), to be applied
   * to `previousDir`; no search index was built, `searchFolders` says what to index.
   */
  update: { pages: string[]; removed: string[]; pageFolders: string[]; searchFolders: string[] } | null
}

/** '/', '/sub/', '/a/b/': leading and trailing slash, no dot segments, only URL-safe characters. */
export function normaliseBase(base: string | undefined): string {
  const parts = (base ?? '/')
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '.' && p !== '..')
    .map((p) => encodeURIComponent(decodeURIComponentSafe(p)))
  return parts.length ? `/${parts.join('/')}/` : '/'
}

function decodeURIComponentSafe(p: string): string {
  try {
    return decodeURIComponent(p)
  } catch {
    return p
  }
}

function normaliseOrigin(url: string | undefined): string {
  if (!url) return ''
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : ''
  } catch {
    return ''
  }
}

function validBuildDate(value: string | undefined): string {
  const d = value ? new Date(value) : new Date(0)
  return Number.isNaN(d.getTime()) ? new Date(0).toISOString() : d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Every page in site order: the views, and for the lists offered one by one, every page's place (kept or not). */
function allPages(views: SiteViews, sifted: Record<SiftedList, PagePlace[]>): Array<{ list: (typeof PAGE_LISTS)[number]; page: PagePlace }> {
  return PAGE_LISTS.flatMap((list) => (list in sifted ? sifted[list as SiftedList] : views[list]).map((page) => ({ list, page })))
}

/** Root-relative URL of every HTML page, for the sitemap. */
function pageUrls(all: ReturnType<typeof allPages>): string[] {
  return all.filter(({ list }) => list !== 'notFound').map(({ page }) => page.url)
}

/** Top-level folders holding pages ('articles', 'timeline'…); pages at the top ('index.html') have none. */
function pageFolders(all: ReturnType<typeof allPages>): string[] {
  const folders = all.map(({ page }) => page.path.split('/'))
  return [...new Set(folders.filter((parts) => parts.length > 1).map((parts) => parts[0]!))].sort()
}

/** Top-level folders holding the pages the templates mark searchable (articles, people, topics, families…). */
function searchableFolders(all: ReturnType<typeof allPages>): string[] {
  const searchable = new Set(['articles', 'entities', 'groups', 'families'])
  return [...new Set(all.filter(({ list }) => searchable.has(list)).map(({ page }) => page.path.split('/')[0]!))].sort()
}

export async function buildSite(
  corpus: Corpus,
  records: ArticleRecord[],
  options: SiteOptions,
): Promise<SiteResult> {
  const base = normaliseBase(options.base)
  const buildDate = validBuildDate(options.buildDate)
  const origin = normaliseOrigin(options.siteUrl)
  const timings: Record<string, number> = {}
  let mark = performance.now()
  const lap = (name: string) => {
    const now = performance.now()
    timings[name] = now - mark
    mark = now
  }
  const site = {
    base,
    origin,
    buildDate,
    buildDateValue: new Date(buildDate),
    buildDateLabel: options.buildDate ? displayDay(buildDate.slice(0, 10)) : '',
    feedId: `urn:newscompare:feed:${encodeURIComponent(base)}`,
  }
  const { incremental } = options
  // Without incremental state to keep, hashing every page would be wasted work.
  const shared = incremental ? sharedHash([incremental.code, NAV, site]) : null
  // A rebuild over an output of the same code and options renders on a worker while pages are hashed.
  const pipeline =
    incremental?.state?.shared === shared && options.threads !== 1 && os.availableParallelism() > 1
      ? startPipeline(options.outDir, { quiet: options.quiet ?? true, chunk: options.renderChunk })
      : null
  // `views` is the largest thing a build holds; only the pages still to render outlive this block.
  const { messages, globals, folders, pageFolders: topFolders, reuse, exportsOnce } = await (async () => {
    // Linking left its working garbage behind, and building views leaves more: collected at both
    // points, V8 grows the heap from live data only (peak RSS at 4,000 articles 1.9 GB -> 1.6 GB, warm).
    collectGarbage()
    const previous = incremental?.state ? { dir: incremental.previousDir, state: incremental.state } : null
    // The largest lists' pages are judged as they are made, and unchanged ones never pile up.
    const sieve = startSieve(shared, previous)
    const { views, catalog, messages, places } = buildViews(corpus, records, buildDate, { base, origin }, sieve ?? undefined, (r) => incremental?.digests?.get(r))
    collectGarbage()
    lap('views')
    const all = allPages(views, places)
    const globals: SiteGlobals = { ...site, pages: pageUrls(all) }
    await mkdir(options.outDir, { recursive: true })
    pipeline?.begin(views, globals)
    const reuse = reusePages(
      views,
      sieve,
      sieve ? (Object.keys(places) as SiftedList[]) : [],
      pipeline ? (list, changed) => pipeline.add(list, changed) : undefined,
    )
    lap('reuse')
    // The catalog is needed only by the exports; once they are written nothing holds it.
    let written: Catalog | null = catalog
    const exportsOnce = () => {
      const cat = written!
      written = null
      return writeExports(options.outDir, corpus, options.writeRecords === false ? null : cat.records, cat)
    }
    return { messages, globals, folders: searchableFolders(all), pageFolders: pageFolders(all), reuse, exportsOnce }
  })().catch(async (error: unknown) => {
    // A failed build must not leave the render worker running (it would keep the process alive).
    await pipeline?.cancel()
    throw error
  })
  const { state, reused, total } = reuse
  const rest = reuse.take()
  const rendering = pipeline
    ? pipeline.finish()
    : renderPages(options.outDir, rest, globals, {
        quiet: options.quiet ?? true,
        threads: options.threads,
        chunk: options.renderChunk,
      })
  // The exports need only the catalog: written while the render workers work.
  const [eleventyWarnings] = await Promise.all([rendering, exportsOnce()])
  lap('render')
  for (const w of eleventyWarnings) messages.push(message(options.outDir, `eleventy: ${w}`, 'site:eleventy', 'warning'))
  await cp(join(TEMPLATES_DIR, 'assets'), join(options.outDir, 'assets'), { recursive: true })
  const update = reuse.update ? { ...reuse.update, pageFolders: topFolders, searchFolders: folders } : null
  // Pagefind reads the whole site: an output updated in place is indexed once the update is applied.
  if ((options.search ?? true) && !update) {
    messages.push(...(await searchIndex(options.outDir, folders)).messages)
    lap('search')
  }
  return { messages, pages: total, reused, state: options.incremental ? state : null, timings, update }
}

export type { SiteViews }

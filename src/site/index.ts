/**
 * The site stage: corpus and records in, a complete static site out.
 *
 * Views are computed in `views/` (typed, pure), Eleventy renders them through
 * the Nunjucks templates in `templates/`, then the data exports, the static
 * assets and the Pagefind index are written next to the pages. Everything goes
 * into `outDir` and nowhere else.
 */
import { cp, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleRecord, Corpus, Message } from '../model.ts'
import { message } from '../messages.ts'
import { runEleventy, TEMPLATES_DIR, type SiteGlobals } from './eleventy.ts'
import { writeExports } from './exports.ts'
import { displayDay } from './format.ts'
import { closeSearch, indexSite } from './search-index.ts'
import { buildViews, type SiteViews } from './views/index.ts'

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

/** Root-relative URL of every HTML page the views describe, for the sitemap. */
function pageUrls(views: SiteViews): string[] {
  const lists = [
    views.home, views.articlesIndex, views.articles, views.compareIndex, views.compares, views.personCompares, views.timelines,
    views.entityIndexes, views.entities, views.groups, views.families, views.lists, views.search, views.data,
  ]
  return lists.flat().map((v) => v.url)
}

export async function buildSite(
  corpus: Corpus,
  records: ArticleRecord[],
  options: SiteOptions,
): Promise<{ messages: Message[]; pages: number }> {
  const base = normaliseBase(options.base)
  const buildDate = validBuildDate(options.buildDate)
  const origin = normaliseOrigin(options.siteUrl)
  const { views, catalog, messages } = buildViews(corpus, records, buildDate, { base, origin })
  const globals: SiteGlobals = {
    base,
    origin,
    buildDate,
    buildDateValue: new Date(buildDate),
    buildDateLabel: options.buildDate ? displayDay(buildDate.slice(0, 10)) : '',
    feedId: `urn:newscompare:feed:${encodeURIComponent(base)}`,
    articleCount: catalog.records.length,
    pages: pageUrls(views),
  }
  await mkdir(options.outDir, { recursive: true })
  const eleventyWarnings = await runEleventy(options.outDir, views, globals, options.quiet ?? true)
  for (const w of eleventyWarnings) messages.push(message(options.outDir, `eleventy: ${w}`, 'site:eleventy', 'warning'))
  await cp(join(TEMPLATES_DIR, 'assets'), join(options.outDir, 'assets'), { recursive: true })
  await writeExports(options.outDir, corpus, catalog.records, catalog)
  if (options.search ?? true) {
    try {
      messages.push(...(await indexSite(options.outDir)))
    } catch (error) {
      messages.push(message(options.outDir, `search index not built: ${(error as Error).message}`, 'site:search', 'warning'))
    } finally {
      await closeSearch().catch(() => undefined)
    }
  }
  const pages = await countHtml(options.outDir)
  return { messages, pages }
}

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length
}

export type { SiteViews }

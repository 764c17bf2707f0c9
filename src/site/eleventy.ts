/**
 * Runs Eleventy 3 programmatically over `templates/`, with the view models as
 * global data, so nothing intermediate is written into the user's tree.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SiteViews } from './views/index.ts'
import { useCachedNunjucks, type EleventyConfigWithExtensions } from './njk-cache.ts'

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url))

export interface SiteGlobals {
  base: string
  /** Absolute origin for feed and sitemap links when known ("https://example.org"), else "". */
  origin: string
  buildDate: string
  /** The same instant as a Date, for the RSS plugin's date filters. */
  buildDateValue: Date
  buildDateLabel: string
  feedId: string
  /** Every HTML page's root-relative URL, for the sitemap. */
  pages: string[]
}

export const NAV = [
  { label: 'Home', url: '/', section: 'home' },
  { label: 'Compare', url: '/compare/', section: 'compare' },
  { label: 'Timeline', url: '/timeline/', section: 'timeline' },
  { label: 'People', url: '/people/', section: 'people' },
  { label: 'Topics', url: '/topics/', section: 'topics' },
  { label: 'Outlets', url: '/outlets/', section: 'outlets' },
  { label: 'Search', url: '/search/', section: 'search' },
]

/** Templates that are one file for the whole site rather than one page per view. */
const STANDALONE = ['feed.njk', 'sitemap.njk']

interface EleventyConfigLike extends EleventyConfigWithExtensions {
  ignores: { add(pattern: string): void }
  setTemplateFormats(formats: string[]): void
  addGlobalData(name: string, value: unknown): void
  addPlugin(plugin: unknown, options?: unknown): void
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void
  setUseGitIgnore(use: boolean): void
  setQuietMode(quiet: boolean): void
  /** Internal in Eleventy 3.1: timing groups that print "Benchmark" notes even in quiet mode. */
  benchmarks?: Record<string, { setIsVerbose?: (verbose: boolean) => void }>
  benchmarkManager?: { setVerboseOutput?: (verbose: boolean) => void }
}

/**
 * Render every template into `outDir`. In quiet mode Eleventy's console output
 * (its forced "Wrote N files" line and timing notes) is captured instead of
 * printed; warnings other than timing notes are returned for the caller.
 */
export async function runEleventy(outDir: string, views: SiteViews, globals: SiteGlobals, quiet: boolean, standalone: boolean): Promise<string[]> {
  const warnings: string[] = []
  // Loaded on first use: a rebuild that renders on a worker, or finds nothing changed, never needs it here.
  const [{ default: Eleventy, HtmlBasePlugin }, { default: rssPlugin }] = await Promise.all([
    import('@11ty/eleventy'),
    import('@11ty/eleventy-plugin-rss'),
  ])
  const elev = new Eleventy(TEMPLATES_DIR, outDir, {
    quietMode: quiet,
    pathPrefix: globals.base,
    // A user's own eleventy config in the working directory must not change our build.
    configPath: fileURLToPath(new URL('../site/eleventy-empty-config.cjs', import.meta.url)),
    config(eleventyConfig: EleventyConfigLike) {
      eleventyConfig.setTemplateFormats(['njk'])
      eleventyConfig.setUseGitIgnore(false)
      // The feed and sitemap cover the whole site; when pages are rendered in parts, one part writes them.
      // Eleventy reads ignores relative to the working directory, which need not hold the templates.
      if (!standalone) for (const file of STANDALONE) eleventyConfig.ignores.add(path.relative(process.cwd(), path.join(TEMPLATES_DIR, file)))
      eleventyConfig.setQuietMode(quiet)
      if (quiet) {
        eleventyConfig.benchmarkManager?.setVerboseOutput?.(false)
        for (const group of Object.values(eleventyConfig.benchmarks ?? {})) group.setIsVerbose?.(false)
      }
      // Autoescape is what keeps article text inert: every `| safe` in templates carries a comment.
      eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: false })
      useCachedNunjucks(eleventyConfig)
      eleventyConfig.addGlobalData('nc', views)
      eleventyConfig.addGlobalData('site', globals)
      eleventyConfig.addGlobalData('nav', NAV)
      eleventyConfig.addPlugin(HtmlBasePlugin)
      eleventyConfig.addPlugin(rssPlugin)
    },
  })
  if (quiet) {
    const keep = (line: unknown) => {
      const text = String(line)
      if (!/\bBenchmark\b|\bWrote \d+ files?\b/.test(text)) warnings.push(text.replace(/^\[11ty\]\s*/, ''))
    }
    elev.logger.overrideLogger({ log: () => undefined, info: () => undefined, warn: keep, error: keep })
  }
  await elev.write()
  return warnings
}

/**
 * Compile each Nunjucks template once per build instead of once per page.
 *
 * Eleventy 3.1 marks its Nunjucks engine as not cacheable, so every paginated
 * page builds a fresh `nunjucks.Template` from the same source and compiles it
 * again (and its permalink too): on a 2,000-page site that was about 80% of
 * Eleventy's time. Here the `njk` extension is taken over with the same
 * Nunjucks environment Eleventy set up (loaders, autoescape, every filter from
 * the plugins), but compiled templates are kept, keyed by path and source.
 * Templates are handed only the names pages may depend on (`templateData`),
 * and the runtime's Frame#set is swapped for an equivalent that does not split
 * names on every call (njk-frame.ts).
 */

import { useFastFrameSet } from './njk-frame.ts'

/** The parts of the Nunjucks library and environment this module uses. */
interface NunjucksTemplate {
  render(context: unknown, callback: (error: Error | null, result: string | null) => void): void
}
interface NunjucksLib {
  Template: new (source: string, env: unknown, path?: string | null, eagerCompile?: boolean) => NunjucksTemplate
  runtime: Parameters<typeof useFastFrameSet>[0]
}

export interface EleventyConfigWithExtensions {
  on(event: string, callback: (arg: { nunjucks: NunjucksLib; environment: unknown }) => void): void
  addExtension(extension: string, options: Record<string, unknown>): void
}

type Render = (data: unknown) => Promise<string>

/**
 * The top-level names a template is given. Nunjucks copies every top-level
 * key of its data into a fresh context on each render (page and permalink),
 * and Eleventy's paginated data is a proxy that wraps each object it hands
 * out, so copying all of Eleventy's data twice per page was a measurable part
 * of rendering. Pages read `view`, `nav` and `site`; `page`, `eleventy` and
 * `content` are kept for Eleventy's own filters. Only the feed and the sitemap,
 * which are not paginated, also get the views (`nc`): a page's output must
 * depend on its own view alone, or incremental builds would reuse stale pages.
 */
const PAGE_NAMES = ['view', 'nav', 'site', 'page', 'eleventy', 'content'] as const

function templateData(data: unknown): Record<string, unknown> {
  if (data === null || typeof data !== 'object') return {}
  const from = data as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const name of PAGE_NAMES) if (name in from) out[name] = from[name]
  if (!from.pagination && 'nc' in from) out.nc = from.nc
  return out
}

export function useCachedNunjucks(config: EleventyConfigWithExtensions): void {
  let lib: NunjucksLib | undefined
  let env: unknown
  // Eleventy announces the environment it built, with filters and loaders, before compiling anything.
  config.on('eleventy.engine.njk', ({ nunjucks, environment }) => {
    lib = nunjucks
    env = environment
    useFastFrameSet(nunjucks.runtime)
  })
  const compiled = new Map<string, Render>()
  const compile = (source: string, path: string | undefined): Render => {
    const key = `${path ?? ''}\u0000${source}`
    const known = compiled.get(key)
    if (known) return known
    if (!lib) throw new Error('the Nunjucks environment was not announced by Eleventy')
    // Lazy compile, as Eleventy does: errors surface at render time with the template's path.
    const template = new lib.Template(source, env, path ?? null, false)
    const render: Render = (data) =>
      new Promise((resolve, reject) => {
        template.render(templateData(data), (error, result) => (error ? reject(error) : resolve(result ?? '')))
      })
    compiled.set(key, render)
    return render
  }
  config.addExtension('njk', {
    key: 'njk',
    compileOptions: {
      cache: true,
      // A permalink string is Nunjucks too ("{{ view.path }}"); compiled once, rendered per page.
      permalink: (permalink: unknown) => (typeof permalink === 'string' ? compile(permalink, undefined) : permalink),
    },
    compile: (source: string, inputPath: string) => compile(source, inputPath),
  })
}

/**
 * The Nunjucks extension Eleventy renders with (src/site/njk-cache.ts):
 * a template is compiled once however many pages render it, and it is given
 * only the names pages may depend on (view, nav, site, and Eleventy's page,
 * eleventy and content; the unpaginated feed and sitemap also get nc), never
 * the rest of Eleventy's data.
 */
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { useCachedNunjucks, type EleventyConfigWithExtensions } from '../../src/site/njk-cache.ts'

const require = createRequire(import.meta.url)
const nunjucks = require('nunjucks') as {
  Environment: new (loader: null, options: Record<string, unknown>) => unknown
  Template: new (...args: unknown[]) => unknown
  runtime: unknown
}

type Compile = (source: string, path: string) => (data: unknown) => Promise<string>

function setUp(): { compile: Compile; built: () => number } {
  let onEngine: ((arg: never) => void) | undefined
  let extension: { compile: Compile } | undefined
  const config: EleventyConfigWithExtensions = {
    on: (event, callback) => {
      if (event === 'eleventy.engine.njk') onEngine = callback as (arg: never) => void
    },
    addExtension: (_name, options) => {
      extension = options as unknown as { compile: Compile }
    },
  }
  useCachedNunjucks(config)
  let count = 0
  // Count compiled templates by wrapping the Template constructor the module is handed.
  const Counting = function (this: unknown, ...args: unknown[]) {
    count++
    return new nunjucks.Template(...args)
  } as unknown as typeof nunjucks.Template
  onEngine!({ nunjucks: { ...nunjucks, Template: Counting }, environment: new nunjucks.Environment(null, { autoescape: true }) } as never)
  return { compile: extension!.compile, built: () => count }
}

describe('the cached Nunjucks extension', () => {
  it('compiles a template once for all its pages', async () => {
    const { compile, built } = setUp()
    const source = '<p>{{ view.title }}</p>'
    const pages = await Promise.all(['a', 'b', 'c'].map((title) => compile(source, 'page.njk')({ view: { title } })))
    expect(pages).toEqual(['<p>a</p>', '<p>b</p>', '<p>c</p>'])
    await compile(source, 'page.njk')({ view: { title: 'd' } })
    expect(built()).toBe(1)
  })

  it('gives templates the page names only, escaped as ever', async () => {
    const { compile } = setUp()
    const render = compile('{{ view.title }}|{{ site.name }}|{{ nav[0] }}|{{ nc.feed[0] }}|{{ collections.all[0] }}|{{ pkg.name }}|{{ secret }}', 'page.njk')
    const out = await render({
      view: { title: '<b>' },
      site: { name: 'S' },
      nav: ['N'],
      nc: { feed: ['F'] },
      collections: { all: ['C'] },
      pkg: { name: 'P' },
      secret: 'X',
    })
    expect(out).toBe('&lt;b&gt;|S|N|F|||')
  })

  it('keeps the other views from paginated pages', async () => {
    const { compile } = setUp()
    const render = compile('{{ view.title }}|{{ nc.articles[0].title }}|{{ pagination.items.length }}', 'page.njk')
    const out = await render({ view: { title: 'A' }, nc: { articles: [{ title: 'B' }] }, pagination: { items: [1] } })
    expect(out).toBe('A||')
  })
})

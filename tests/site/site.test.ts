/**
 * The built site, from the hand-written fixture corpus: valid HTML, working
 * links and anchors (also under a base path), inert hostile text, quotes that
 * land on their words, and data exports that parse.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { jsonSchemas } from '../../src/model.ts'
import { corpus, FORMULA_QUOTE, HOSTILE_QUOTE, HOSTILE_TITLE, records } from '../fixtures/site/corpus.ts'
import { buildInto } from './build.ts'
import { checkLinks, htmlFiles } from './linkcheck.ts'
import { validateSite } from './validate.ts'

let root = ''
let subRoot = ''
const page = (dir: string, file: string) => parseHTML(readFileSync(join(dir, file), 'utf8')).document

beforeAll(async () => {
  const built = await buildInto(corpus, records, { search: true })
  root = built.dir
  expect(built.messages.filter((m) => m.severity === 'error')).toEqual([])
  subRoot = (await buildInto(corpus, records, { base: '/news/compare/', search: false, siteUrl: 'https://news.example.org/ignored/path' })).dir
})

describe('site from the fixture corpus', () => {
  it('writes every page type', () => {
    for (const file of [
      'index.html',
      'articles/index.html',
      'articles/port-plan-2019/index.html',
      'compare/index.html',
      'compare/port-plan-2019-vs-toll-2023-wire/index.html',
      'timeline/index.html',
      'timeline/person/mara-lindqvist/index.html',
      'timeline/topic/road-tolls/index.html',
      'timeline/outlet/bay-courier/index.html',
      'people/mara-lindqvist/index.html',
      'organizations/port-authority/index.html',
      'topics/road-tolls/index.html',
      'stories/minister-rules-out-harbour-toll/index.html',
      'families/fam-no-toll/index.html',
      'outlets/coastal-wire/index.html',
      'search/index.html',
      'data/index.html',
      '404.html',
      'feed.xml',
      'sitemap.xml',
      'assets/site.css',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(root, file)), file).toBe(true)
    }
  })

  it('passes html-validate on every page, with and without a base path', async () => {
    expect(await validateSite(root)).toEqual([])
    expect(await validateSite(subRoot)).toEqual([])
  })

  it('has no broken internal link or anchor', () => {
    expect(checkLinks(root, '/')).toEqual([])
  })

  it('has no broken internal link or anchor under a base path', () => {
    expect(checkLinks(subRoot, '/news/compare/')).toEqual([])
    const home = page(subRoot, 'index.html')
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute('href')).toBe('/news/compare/assets/site.css')
  })

  it('keeps hostile text inert on every page', () => {
    for (const file of htmlFiles(root)) {
      const doc = page(root, file)
      for (const script of doc.querySelectorAll('script')) {
        const type = script.getAttribute('type')
        if (type === 'application/ld+json') {
          expect(script.textContent).not.toMatch(/</)
          expect(() => JSON.parse(script.textContent!)).not.toThrow()
        } else {
          expect(type, file).toBe('module')
          expect(script.getAttribute('src'), file).toMatch(/^\/assets\/[a-z-]+\.js$/)
          expect(script.textContent, file).toBe('')
        }
      }
      for (const el of doc.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name.startsWith('on'), `${file}: ${el.tagName} ${attr.name}`).toBe(false)
          if (['href', 'src'].includes(attr.name)) expect(attr.value, file).not.toMatch(/^\s*(javascript|data|vbscript):/i)
        }
      }
      expect(doc.querySelector('img'), file).toBeNull()
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')
      expect(csp?.getAttribute('content'), file).toMatch(/script-src 'self'/)
      expect(csp?.getAttribute('content'), file).not.toMatch(/unsafe-inline/)
      expect(/wasm-unsafe-eval/.test(csp?.getAttribute('content') ?? ''), file).toBe(file === 'search/index.html')
    }
    const article = page(root, 'articles/toll-2023-wire/index.html')
    expect(article.querySelector('h1')!.textContent).toBe(HOSTILE_TITLE)
    expect(article.querySelector('#q-q1')!.textContent).toBe(HOSTILE_QUOTE)
  })

  it('drops links that are not http(s)', () => {
    const article = page(root, 'articles/toll-2023-wire/index.html')
    expect([...article.querySelectorAll('a')].some((a) => a.textContent === 'Original')).toBe(false)
    const courier = page(root, 'articles/toll-2023-courier/index.html')
    const original = [...courier.querySelectorAll('a')].find((a) => a.textContent === 'Original')
    expect(original?.getAttribute('href')).toBe('https://courier.example/2023/no-toll')
    const person = page(root, 'people/tomas-berg/index.html')
    expect([...person.querySelectorAll('a')].some((a) => /wikidata/i.test(a.getAttribute('href') ?? ''))).toBe(false)
  })

  it('puts an anchor on the exact words of every quote and claim', () => {
    for (const r of records) {
      const doc = page(root, `articles/${r.id}/index.html`)
      for (const item of [...r.quotes, ...r.claims]) {
        const anchors = [...doc.querySelectorAll('[id]')].filter((e) => e.getAttribute('id')!.endsWith(`-${item.id}`))
        expect(anchors.length, `${r.id} ${item.id}`).toBeGreaterThan(0)
      }
      for (const q of r.quotes) {
        const mark = doc.querySelector(`#q-${q.id}`)!
        expect(mark.tagName).toBe('MARK')
        expect(mark.textContent).toBe(r.text.slice(q.start, q.end))
      }
    }
  })

  it('shows each paragraph text exactly, with highlights cut at span boundaries', () => {
    for (const r of records) {
      const doc = page(root, `articles/${r.id}/index.html`)
      const shown = [...doc.querySelectorAll('p.para')].map((p) => {
        for (const chip of p.querySelectorAll('.who-chip')) chip.remove()
        return p.textContent
      })
      expect(shown).toEqual(r.paragraphs.map((p) => r.text.slice(p.start, p.end)))
    }
  })

  it('lists removed lines in a collapsed section with reasons', () => {
    const doc = page(root, 'articles/port-plan-2019/index.html')
    const details = doc.querySelector('details.removed')!
    expect(details.hasAttribute('open')).toBe(false)
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows).toContainEqual(['12', 'Subscribe to our newsletter', 'widget text'])
  })

  it('explains an inferred date with its evidence and candidates', () => {
    const doc = page(root, 'articles/toll-2023-wire/index.html')
    const block = doc.querySelector('#date-evidence')!
    expect(block.textContent).toMatch(/inferred from the text/)
    expect(block.querySelectorAll('.evidence li').length).toBe(2)
    expect(block.textContent).toMatch(/8 May 2023/)
  })

  it('lays out compare rows by topic with links to both statements', () => {
    const doc = page(root, 'compare/port-plan-2019-vs-toll-2023-wire/index.html')
    const rows = [...doc.querySelectorAll('section.row')]
    expect(rows.map((r) => r.querySelector('.row-topic a')!.textContent)).toEqual(['Road tolls', 'Harbour expansion'])
    const links = [...rows[0]!.querySelectorAll('a.goto')].map((a) => a.getAttribute('href'))
    expect(links).toEqual(['/articles/port-plan-2019/#q-q3', '/articles/toll-2023-wire/#q-q1'])
    expect(doc.querySelector('#only-a')!.parentElement!.textContent).toMatch(/rushed and badly costed/)
    expect(doc.querySelector('#only-b')!.parentElement!.textContent).toMatch(/ruled out a toll/)
  })

  it('compares one person at two times, rows aligned by topic', () => {
    const doc = page(root, 'people/mara-lindqvist/compare/index.html')
    const rows = [...doc.querySelectorAll('section.row')]
    expect(rows.map((r) => r.querySelector('.row-topic a')!.textContent)).toEqual(['Harbour expansion'])
    expect(rows[0]!.querySelector('.relation')!.textContent).toBe('Opposite stance')
    expect([...rows[0]!.querySelectorAll('a.goto')].map((a) => a.getAttribute('href'))).toEqual([
      '/articles/port-plan-2019/#q-q1',
      '/articles/toll-2023-wire/#q-q2',
    ])
    const person = page(root, 'people/mara-lindqvist/index.html')
    expect(person.querySelector('a[href="/people/mara-lindqvist/compare/"]')).not.toBeNull()
    expect(existsSync(join(root, 'people/tomas-berg-2/compare/index.html'))).toBe(false)
  })

  it('gives two people with the same slug their own pages, and unsafe ids safe slugs', () => {
    expect(existsSync(join(root, 'people/tomas-berg/index.html'))).toBe(true)
    expect(existsSync(join(root, 'people/tomas-berg-2/index.html'))).toBe(true)
    const topicDirs = htmlFiles(root).filter((f) => f.startsWith('topics/'))
    for (const f of topicDirs) expect(f).toMatch(/^topics\/([a-z0-9-]+\/)?index\.html$/)
  })

  it('draws the stance chart as inline SVG without inline styles', () => {
    const doc = page(root, 'people/mara-lindqvist/index.html')
    const svg = doc.querySelector('svg.stance-chart')!
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.querySelector('style')).toBeNull()
    expect(svg.querySelector('[style]')).toBeNull()
    expect(doc.querySelectorAll('.roles li').length).toBe(2)
  })

  it('keeps pre-rendered timeline filters and shows both dates when they differ', () => {
    const doc = page(root, 'timeline/person/tomas-berg/index.html')
    const entries = [...doc.querySelectorAll('.tl-entry')]
    expect(entries.length).toBeGreaterThan(0)
    for (const e of entries) expect(e.getAttribute('data-people')!.split(' ')).toContain('tomas-berg')
    const all = page(root, 'timeline/index.html')
    const years = [...all.querySelectorAll('.tl-year-label')].map((h) => h.textContent)
    expect(years).toEqual(['2019', '2023'])
    expect(all.body.textContent).toMatch(/30 April 2023\s*· published 1 May 2023/)
  })

  it('keeps every page under 100 KB', () => {
    for (const file of htmlFiles(root)) expect(statSync(join(root, file)).size, file).toBeLessThan(100_000)
  })

  it('writes JSON exports, a formula-safe CSV, the schema, a feed and a sitemap', () => {
    expect(JSON.parse(readFileSync(join(root, 'records.json'), 'utf8'))).toEqual(records)
    expect(JSON.parse(readFileSync(join(root, 'data/corpus.json'), 'utf8'))).toEqual(corpus)
    expect(JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(jsonSchemas())))
    const csv = readFileSync(join(root, 'statements.csv'), 'utf8').trimEnd().split('\r\n')
    expect(csv[0]).toBe('"article","outlet","date","speaker","kind","text","topics","stance","link"')
    const statements = records.reduce((n, r) => n + r.quotes.length + r.claims.length, 0)
    expect(csv.length - 1).toBe(statements)
    expect(csv.some((line) => line.includes('"/articles/toll-2023-wire/#q-q1"'))).toBe(true)
    // A cell that would start a formula is prefixed with an apostrophe; quotes inside are doubled.
    expect(csv.some((line) => line.includes(`"'${FORMULA_QUOTE.replace(/"/g, '""')}"`))).toBe(true)
    expect(csv.every((line) => !/(^|,)"[=+\-@]/.test(line))).toBe(true)
    const sub = readFileSync(join(subRoot, 'statements.csv'), 'utf8')
    expect(sub).toMatch(/"https:\/\/news\.example\.org\/news\/compare\/articles\/port-plan-2019\/#q-q1"/)
    // JSON-LD links carry the base path and origin too: the base plugin only rewrites HTML attributes.
    const ld = JSON.parse(page(subRoot, 'articles/port-plan-2019/index.html').querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(ld.citation[0].url).toBe('https://news.example.org/news/compare/articles/port-plan-2019/#q-q1')
    const feed = parseHTML(readFileSync(join(root, 'feed.xml'), 'utf8').replace(/^<\?xml[^>]*>\s*/, '')).document
    expect(feed.querySelectorAll('entry').length).toBe(records.length)
    const subSitemap = readFileSync(join(subRoot, 'sitemap.xml'), 'utf8')
    const locs = [...subSitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    expect(locs.length).toBeGreaterThan(10)
    for (const loc of locs) expect(loc.startsWith('https://news.example.org/news/compare/'), loc).toBe(true)
    expect(readFileSync(join(subRoot, 'feed.xml'), 'utf8')).toMatch(/<link href="https:\/\/news\.example\.org\/news\/compare\/articles\/port-plan-2019\/"\/>/)
    const sitemap = readFileSync(join(root, 'sitemap.xml'), 'utf8')
    for (const loc of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const path = loc[1]!.replace(/^\//, '')
      expect(existsSync(join(root, path.endsWith('/') || path === '' ? `${path}index.html` : path)), loc[1]).toBe(true)
    }
  })
})

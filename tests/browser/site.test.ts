/**
 * The built site in a real browser: navigation from the home page to a
 * compare page and on to a quote's exact words, search, timeline filtering,
 * keyboard use, layout at 360 and 1280 px, axe-core, and a screenshot of each
 * page type under test-results/.
 */
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from '../../src/extract/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { link } from '../../src/link/index.ts'
import { corpus, records } from '../fixtures/site/corpus.ts'
import { buildInto } from '../site/build.ts'
import { launch, serve } from './helpers.ts'

const require = createRequire(import.meta.url)
const SHOTS = 'test-results'

/** One page of each type, by the name used for its screenshot. */
const PAGE_TYPES: Record<string, string> = {
  home: '',
  article: 'articles/toll-2023-wire/',
  compare: 'compare/port-plan-2019-vs-toll-2023-wire/',
  'compare-index': 'compare/',
  'person-compare': 'people/mara-lindqvist/compare/',
  timeline: 'timeline/',
  'timeline-filtered': 'timeline/person/mara-lindqvist/',
  person: 'people/mara-lindqvist/',
  people: 'people/',
  topic: 'topics/road-tolls/',
  story: 'stories/minister-rules-out-harbour-toll/',
  family: 'families/fam-no-toll/',
  outlet: 'outlets/coastal-wire/',
  articles: 'articles/',
  search: 'search/',
  data: 'data/',
  'not-found': '404.html',
}

let browser: Browser
let site: { url: string; close: () => Promise<void> }
let subSite: { url: string; close: () => Promise<void> }
let seedSite: { url: string; close: () => Promise<void> }

/** The seed articles through the whole pipeline, for real-world pages. */
async function buildSeeds(): Promise<string> {
  const dir = join(import.meta.dirname, '../../seeds')
  const seedRecords = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { article } = ingest(`seeds/${f}`, readFileSync(join(dir, f)))
      if (!article) throw new Error(`seed ${f} not ingested`)
      return extract(article)
    })
  return (await buildInto(link(seedRecords), seedRecords, { search: true })).dir
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  const built = await buildInto(corpus, records, { search: true })
  site = await serve(built.dir)
  const sub = await buildInto(corpus, records, { base: '/sub/path/', search: true })
  subSite = await serve(sub.dir, '/sub/path/')
  seedSite = await serve(await buildSeeds())
  browser = await launch()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await subSite?.close()
  await seedSite?.close()
})

async function open(path: string, width = 1280, colorScheme: 'light' | 'dark' = 'light', base = site.url, bypassCSP = false): Promise<Page> {
  // bypassCSP only for injecting axe-core, which the page's own policy rightly refuses.
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, bypassCSP })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  ;(page as Page & { errors: string[] }).errors = errors
  await page.goto(base + path)
  return page
}

describe('the built site in Chromium', () => {
  it('goes from the home page to a compare page, then to a quote in its article', async () => {
    const page = await open('')
    await page.click('a.compare-card >> nth=0')
    await page.waitForURL(/\/compare\//)
    expect(await page.locator('section.row').count()).toBeGreaterThan(0)
    const link = page.locator('section.row a.goto').first()
    const href = (await link.getAttribute('href'))!
    await link.click()
    await page.waitForURL(/\/articles\/.+#/)
    const id = href.split('#')[1]!
    const target = page.locator(':target')
    expect(await target.getAttribute('id')).toBe(id)
    expect(await target.evaluate((el) => el.tagName)).toBe('MARK')
    // The quote is scrolled into view.
    const box = (await target.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeLessThan(900)
    expect((page as Page & { errors: string[] }).errors).toEqual([])
    await page.close()
  })

  it('finds a speaker by name with the search page', async () => {
    for (const base of [site.url, subSite.url]) {
      const page = await open('search/', 1280, 'light', base)
      await page.fill('#search-input', 'Lindqvist')
      await page.press('#search-input', 'Enter')
      await page.waitForSelector('#search-results li a', { timeout: 15_000 })
      const hrefs = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))
      expect(hrefs.some((h) => h === new URL('people/mara-lindqvist/', base).pathname)).toBe(true)
      if (base === site.url) await page.screenshot({ path: `${SHOTS}/search-results.png`, fullPage: true })
      expect((page as Page & { errors: string[] }).errors).toEqual([])
      await page.close()
    }
  })

  it('filters the timeline instantly and by pre-rendered pages', async () => {
    const page = await open('timeline/')
    const all = await page.locator('.tl-entry:visible').count()
    await page.selectOption('#f-people', 'tomas-berg')
    const some = await page.locator('.tl-entry:visible').count()
    expect(some).toBeGreaterThan(0)
    expect(some).toBeLessThan(all)
    for (const people of await page.locator('.tl-entry:visible').evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.people ?? ''))) {
      expect(people.split(' ')).toContain('tomas-berg')
    }
    expect(await page.textContent('#filter-status')).toMatch(new RegExp(`${some} of ${all}`))
    // Each visible month starts with a visible date, even when the entry that showed it is filtered out.
    const firstDates = await page.locator('.tl-month:visible').evaluateAll((months) =>
      months.map((m) => m.querySelector('.tl-entry:not([hidden]) .tl-date')!.classList.contains('tl-date-repeat')),
    )
    expect(firstDates.length).toBeGreaterThan(0)
    expect(firstDates.every((repeat) => !repeat)).toBe(true)
    await page.selectOption('#f-people', '')
    expect(await page.locator('.tl-entry:visible').count()).toBe(all)
    await page.click('.filters summary:has-text("Outlets")')
    await page.click('.filters a[href$="/timeline/outlet/bay-courier/"]')
    await page.waitForURL(/outlet\/bay-courier/)
    const outlets = await page.locator('.tl-entry').evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.outlet))
    expect(new Set(outlets)).toEqual(new Set(['bay-courier']))
    await page.close()
  })

  it('works by keyboard on the compare and timeline pages', async () => {
    const tabTo = async (page: Page, selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab')
        if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return true
      }
      return false
    }
    const visibleFocus = (page: Page) => page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle !== 'none')

    const compare = await open(PAGE_TYPES.compare!)
    expect(await tabTo(compare, '.row-index a')).toBe(true)
    expect(await visibleFocus(compare)).toBe(true)
    expect(await tabTo(compare, 'a.goto')).toBe(true)
    const href = await compare.evaluate(() => (document.activeElement as HTMLAnchorElement).href)
    await compare.keyboard.press('Enter')
    await compare.waitForURL(href)
    await compare.close()

    const timeline = await open(PAGE_TYPES.timeline!)
    expect(await tabTo(timeline, '#f-people')).toBe(true)
    expect(await visibleFocus(timeline)).toBe(true)
    expect(await tabTo(timeline, '.filters summary')).toBe(true)
    await timeline.keyboard.press('Enter')
    expect(await tabTo(timeline, '.filters details[open] a')).toBe(true)
    const target = await timeline.evaluate(() => (document.activeElement as HTMLAnchorElement).href)
    await timeline.keyboard.press('Enter')
    await timeline.waitForURL(target)
    expect(await timeline.locator('.tl-entry').count()).toBeGreaterThan(0)
    await timeline.close()
  })

  it('prints without navigation and with the compare columns side by side', async () => {
    for (const name of ['article', 'compare'] as const) {
      const page = await open(PAGE_TYPES[name]!)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.site-nav').isVisible()).toBe(false)
      if (name === 'compare') {
        const cols = await page.locator('.row-cols').first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length)
        expect(cols).toBe(2)
      }
      await page.screenshot({ path: `${SHOTS}/${name}-print.png`, fullPage: true })
      await page.close()
    }
  })

  it('has no horizontal overflow at 360 px and 1280 px', async () => {
    for (const width of [360, 1280]) {
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        const page = await open(path, width)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
        if (width === 360) await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true })
        await page.close()
      }
    }
  })

  it('shows the seed articles well: axe, 360 px layout, screenshots', async () => {
    const source = axe.source ?? require('axe-core').source
    const home = await open('', 1280, 'light', seedSite.url)
    const paths = {
      'seed-home': '',
      'seed-compare': (await home.locator('a.compare-card').first().getAttribute('href'))!.replace(/^\//, ''),
      'seed-article': (await home.locator('.article-list a.article-link').first().getAttribute('href'))!.replace(/^\//, ''),
      'seed-person': (await home.locator('.home-side .link-list a').first().getAttribute('href'))!.replace(/^\//, ''),
      'seed-timeline': 'timeline/',
    }
    await home.close()
    const found: Record<string, unknown> = {}
    for (const [name, path] of Object.entries(paths)) {
      for (const width of [1280, 360]) {
        const page = await open(path, width, 'light', seedSite.url, true)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0)
        await page.addScriptTag({ content: source })
        const bad = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run(document)
          return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)
        })
        if (bad.length) found[`${name} ${width}`] = bad
        await page.screenshot({ path: `${SHOTS}/${name}${width === 360 ? '-360' : ''}.png`, fullPage: true })
        await page.close()
      }
    }
    expect(found).toEqual({})
  })

  it('has no serious or critical axe-core violations on any page type, light or dark', async () => {
    const source = axe.source ?? require('axe-core').source
    const found: Record<string, unknown> = {}
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, path] of Object.entries(PAGE_TYPES)) {
        const page = await open(path, 1280, scheme, site.url, true)
        await page.addScriptTag({ content: source })
        const result = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document)
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }))
        })
        const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        if (bad.length) found[`${name} (${scheme})`] = bad
        await page.screenshot({ path: `${SHOTS}/${name}${scheme === 'dark' ? '-dark' : ''}.png`, fullPage: true })
        await page.close()
      }
    }
    expect(found).toEqual({})
  })
})

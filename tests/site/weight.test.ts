/**
 * Page weight and view shape: an article compared with many others keeps its
 * compare pages light (other comparisons capped per article, the full list one
 * click away), collection pages name a bounded number of quotations in their
 * JSON-LD while article pages cite every quote, and every page's view is plain
 * JSON data, so hashing `JSON.stringify(view)` identifies the page.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Alignment } from '../../src/model.ts'
import { buildViews } from '../../src/site/views/index.ts'
import { largeCorpus } from '../fixtures/site/large.ts'
import { buildInto } from './build.ts'
import { checkLinks } from './linkcheck.ts'
import { validateSite } from './validate.ts'

const COPIES = 14
const { corpus, records } = largeCorpus(COPIES)
// The first copy of the plan article is compared with every later copy of the wire article.
const hub = 'port-plan-2019-0'
const extra: Alignment[] = []
for (let i = 1; i < COPIES; i++) {
  extra.push({
    a: hub,
    b: `toll-2023-wire-${i}`,
    reason: 'same speaker and topic',
    rows: [{ topic: 'road-tolls', a: [`${hub}#q3`], b: [`toll-2023-wire-${i}#q1`], relation: 'same' }],
    onlyA: [],
    onlyB: [],
  })
}
corpus.alignments.push(...extra)

let root = ''
const page = (file: string) => parseHTML(readFileSync(join(root, file), 'utf8')).document
const jsonLd = (file: string) => JSON.parse(page(file).querySelector('script[type="application/ld+json"]')!.textContent!)

beforeAll(async () => {
  const built = await buildInto(corpus, records, { search: false })
  root = built.dir
})

describe('many articles with the same headline and outlet', () => {
  // Copies share titles and outlets, as syndicated reports do: landmarks must still have unique names.
  it('pass html-validate on every page', async () => {
    expect(await validateSite(root)).toEqual([])
  })
})

describe('page weight', () => {
  it('lists other comparisons per article, capped, with the article page listing them all', () => {
    const doc = page(`compare/${hub}-vs-toll-2023-wire-1/index.html`)
    const related = doc.querySelector('section.related')!
    const headings = [...related.querySelectorAll('h3')].map((h) => h.textContent)
    expect(headings[0]).toMatch(/^Also compared with A \(/)
    const firstList = related.querySelector('ul')!
    expect(firstList.querySelectorAll('li').length).toBe(10)
    // Each entry names the third article only, with its outlet and date.
    expect(firstList.querySelector('li a')!.textContent).toMatch(/\(.+, \d{1,2} \w+ \d{4}\)$/)
    const more = [...related.querySelectorAll('a')].find((a) => a.textContent === 'All comparisons with A')!
    expect(more.getAttribute('href')).toBe(`/articles/${hub}/#compare-with`)
    const article = page(`articles/${hub}/index.html`)
    // Its own comparison with the plan's wire copy plus one per later copy.
    expect(article.querySelectorAll('#compare-with li').length).toBe(COPIES)
    expect(checkLinks(root, '/')).toEqual([])
  })

  it('names at most ten quotations on collection pages, and every quote on article pages', () => {
    expect(jsonLd('timeline/index.html').hasPart.length).toBe(10)
    expect(jsonLd(`compare/${hub}-vs-toll-2023-wire-1/index.html`).hasPart.length).toBeLessThanOrEqual(10)
    const plan = records.find((r) => r.id === hub)!
    expect(jsonLd(`articles/${hub}/index.html`).citation.length).toBe(plan.quotes.length)
  })
})

/** Where `value` is not plain JSON data (a Date, Map, function, undefined, non-finite number, cycle), else null. */
function notPlain(value: unknown, path: string, stack: Set<object>): string | null {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null
  if (typeof value === 'number') return Number.isFinite(value) ? null : path
  if (typeof value !== 'object') return path
  if (stack.has(value)) return `${path} (cycle)`
  const proto = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return path
  stack.add(value)
  try {
    for (const [key, child] of Object.entries(value)) {
      const bad = notPlain(child, `${path}.${key}`, stack)
      if (bad) return bad
    }
    return null
  } finally {
    stack.delete(value)
  }
}

describe('page views', () => {
  it('are plain JSON data: no Date, Map, function, undefined or cycle', () => {
    const { views } = buildViews(corpus, records, '2024-01-02T03:04:05Z')
    let pages = 0
    for (const [list, items] of Object.entries(views)) {
      if (list === 'feed' || !Array.isArray(items)) continue
      for (const view of items) {
        pages++
        expect(notPlain(view, `${list}[${(view as { path: string }).path}]`, new Set())).toBeNull()
      }
    }
    expect(pages).toBeGreaterThan(records.length)
  })
})

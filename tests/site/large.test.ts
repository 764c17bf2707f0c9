/**
 * A corpus of several hundred articles: every page stays under 100 KB (long
 * lists are paginated, long statement lists capped with a link to the
 * timeline), and every internal link and anchor still resolves.
 */
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { largeCorpus } from '../fixtures/site/large.ts'
import { buildInto } from './build.ts'
import { checkLinks, htmlFiles } from './linkcheck.ts'

let root = ''
const { corpus, records } = largeCorpus(120)

beforeAll(async () => {
  const built = await buildInto(corpus, records, { search: false })
  root = built.dir
  expect(built.messages.filter((m) => m.ruleId !== 'site:unknown-statement')).toEqual([])
})

describe('a large corpus', () => {
  it('keeps every page under 100 KB', () => {
    const sizes = htmlFiles(root).map((f) => [f, statSync(join(root, f)).size] as const)
    expect(sizes.length).toBeGreaterThan(records.length)
    for (const [file, size] of sizes) expect(size, file).toBeLessThan(100_000)
  })

  it('paginates the article index and the timeline, and links every page', () => {
    const first = parseHTML(readFileSync(join(root, 'articles/index.html'), 'utf8')).document
    // Later pages are named after their newest article's date, not numbered, so a new article does not shift them.
    expect(first.querySelector('a[rel="next"]')!.getAttribute('href')).toMatch(/^\/articles\/page\/(\d{4}-\d{2}-\d{2}|undated)(-\d+)?\/$/)
    const listed = htmlFiles(root).filter((f) => /^articles\/(page\/[^/]+\/)?index\.html$/.test(f))
    let count = 0
    for (const f of listed) count += parseHTML(readFileSync(join(root, f), 'utf8')).document.querySelectorAll('.article-list li').length
    expect(count).toBe(records.length)
    // The timeline's pages, followed from the first by their "Later" links, hold every entry once.
    const firstTimeline = parseHTML(readFileSync(join(root, 'timeline/index.html'), 'utf8')).document
    const total = Number(/^(\d+) entries/.exec(firstTimeline.querySelector('.dek')!.textContent!)![1])
    let entries = 0
    let pages = 0
    for (let url: string | null = '/timeline/'; url; pages++) {
      // Read as text: parsing a hundred long pages would be most of this test's time.
      const html: string = readFileSync(join(root, url.slice(1), 'index.html'), 'utf8')
      entries += html.split('<li class="tl-entry ').length - 1
      url = /<a href="([^"]+)" rel="next">/.exec(html)?.[1] ?? null
    }
    expect(pages).toBeGreaterThan(1)
    expect(entries).toBe(total)
    // The first page indexes every month; the later ones link back to that index.
    expect(firstTimeline.querySelectorAll('#months a').length).toBeGreaterThan(1)
    expect(checkLinks(root, '/')).toEqual([])
  })

  it('tells the reader when a person page shows only the latest statements', () => {
    const doc = parseHTML(readFileSync(join(root, 'people/mara-lindqvist/index.html'), 'utf8')).document
    expect(doc.body.textContent).toMatch(/The latest 50 of \d+ statements/)
    expect(doc.querySelector('a[href="/timeline/person/mara-lindqvist/"]')).not.toBeNull()
  })
})

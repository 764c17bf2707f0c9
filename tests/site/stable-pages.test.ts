/**
 * Long lists are cut into pages where their items say, not every N items, and
 * no page names the page count: an article added to a large corpus changes the
 * pages it lands on (and the first page, which carries the totals), so an
 * incremental build renders those again and takes the rest over unchanged.
 */
import { describe, expect, it } from 'vitest'
import { buildViews, type SiteViews } from '../../src/site/views/index.ts'
import { largeCorpus } from '../fixtures/site/large.ts'

// Enough articles for several pages of the article index (views only: nothing is rendered).
const { corpus, records } = largeCorpus(300)
const middle = records[Math.floor(records.length / 2)]!
const without = records.filter((r) => r !== middle)

const pagesOf = (views: SiteViews, list: 'timelines' | 'articlesIndex' | 'entityIndexes', folder: RegExp) =>
  new Map((views[list] as { path: string }[]).filter((v) => folder.test(v.path)).map((v) => [v.path, JSON.stringify(v)]))

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([path, json]) => before.get(path) !== json).map(([path]) => path)
}

describe('pages of long lists', () => {
  const all = buildViews(corpus, records, '2026-01-01T00:00:00Z').views
  const less = buildViews(corpus, without, '2026-01-01T00:00:00Z').views

  it('change only where an article in the middle of the date range lands on the timeline', () => {
    // The corpus-wide timeline: /timeline/ and its later pages, not the filtered ones.
    const main = /^timeline\/(?!person\/|organization\/|topic\/|outlet\/)/
    const after = pagesOf(all, 'timelines', main)
    expect(after.size).toBeGreaterThan(10)
    const diff = changed(pagesOf(less, 'timelines', main), after)
    // The first page (its total and month index), the page holding the article's entries, and, when
    // that page's first entry and so its address changed, the two pages linking to it.
    expect(diff).toContain('timeline/index.html')
    expect(diff.length).toBeLessThanOrEqual(4)
  })

  it('change only where the article lands in the article index', () => {
    const after = pagesOf(all, 'articlesIndex', /^articles\//)
    expect(after.size).toBeGreaterThan(2)
    expect(changed(pagesOf(less, 'articlesIndex', /^articles\//), after).length).toBeLessThanOrEqual(2)
  })

  it('name no page count in titles or pagers', () => {
    for (const v of [...all.timelines, ...all.articlesIndex, ...all.entityIndexes, ...all.lists, ...all.compareIndex]) {
      expect(v.title).not.toMatch(/page \d+ of \d+/i)
      expect(v.pager?.label ?? '').not.toMatch(/of \d+/)
    }
  })
})

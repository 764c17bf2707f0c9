/**
 * Bad data must never break the build or the pages: out-of-range and
 * overlapping spans, duplicate ids, unknown references and odd dates give
 * warnings, and the site stays valid with working links.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import type { ArticleRecord, Corpus } from '../../src/model.ts'
import { segmentParagraph, type Mark } from '../../src/site/highlight.ts'
import { corpus as goodCorpus, records as goodRecords } from '../fixtures/site/corpus.ts'
import { buildInto } from './build.ts'
import { checkLinks } from './linkcheck.ts'
import { validateSite } from './validate.ts'

function corrupted(): { corpus: Corpus; records: ArticleRecord[] } {
  const records = structuredClone(goodRecords)
  const [a, b, c] = records as [ArticleRecord, ArticleRecord, ArticleRecord]
  a.quotes[0]!.end = a.text.length + 500 // past the end of the text
  a.quotes[1]!.start = a.quotes[0]!.start + 3 // overlaps another quote
  a.claims.push({ ...a.claims[0]!, start: 40, end: 10 }) // duplicate id, reversed span
  b.date = { value: '2023-02-30', basis: 'inferred', confidence: 2 as number, evidence: [{ reason: 'x', start: 1e9 }], candidates: ['nonsense'] }
  b.paragraphs.push({ start: 5, end: 30 }, { start: 9999, end: 99999 }) // overlapping and out of range
  c.source = { ...c.source, name: '   ' }
  c.title = { value: '', basis: 'none', start: null, end: null }
  c.id = 'toll 2023/../courier'
  c.url = '2023/no-toll' // relative: read against the outlet's address
  c.source = { ...c.source, url: 'https://courier.example/news/' }
  records.push(structuredClone(records[0]!)) // the same article twice
  const corpus = structuredClone(goodCorpus)
  corpus.alignments.push({ a: 'missing-article', b: a.id, reason: '', rows: [], onlyA: [], onlyB: [] })
  corpus.alignments[0]!.rows.push({ topic: 'no-such-topic', a: ['nowhere#q9'], b: [], relation: 'opposite' })
  corpus.families.push({ id: 'fam-empty', speaker: 'nobody', date: 'yesterday', members: [] })
  corpus.topics.push({ id: '', label: '', articles: ['missing-article'], date: null })
  return { corpus, records }
}

describe('hostile and broken records', () => {
  it('still build a valid site with working links, and report what was wrong', async () => {
    const { corpus, records } = corrupted()
    const built = await buildInto(corpus, records, { search: false, base: '/x/' })
    const rules = new Set(built.messages.map((m) => m.ruleId))
    expect(rules).toContain('site:span-out-of-range')
    expect(rules).toContain('site:duplicate-article')
    expect(rules).toContain('site:bad-alignment')
    expect(rules).toContain('site:unknown-statement')
    expect(await validateSite(built.dir)).toEqual([])
    expect(checkLinks(built.dir, '/x/')).toEqual([])
    const page = parseHTML(readFileSync(join(built.dir, 'articles/toll-2023-courier/index.html'), 'utf8')).document
    expect(page.querySelector('h1')!.textContent).toBe('content/toll-2023-courier.md')
    expect(page.querySelector('.kicker a')!.textContent).toBe('Unknown outlet')
    const original = [...page.querySelectorAll('a')].find((a) => a.textContent === 'Original')
    expect(original?.getAttribute('href')).toBe('https://courier.example/news/2023/no-toll')
  })
})

describe('an empty corpus', () => {
  it('builds a small valid site that says there is nothing yet', async () => {
    const empty: Corpus = { articles: [], people: [], organizations: [], topics: [], stories: [], families: [], alignments: [] }
    const built = await buildInto(empty, [], { search: false })
    expect(built.pages).toBeGreaterThan(5)
    expect(await validateSite(built.dir)).toEqual([])
    expect(checkLinks(built.dir, '/')).toEqual([])
    const timeline = parseHTML(readFileSync(join(built.dir, 'timeline/index.html'), 'utf8')).document
    expect(timeline.querySelector('.empty')!.textContent).toMatch(/Nothing on the timeline/)
  })
})

describe('highlighting', () => {
  it('always gives back the paragraph text exactly, whatever the marks', () => {
    const text = 'The minister said: "No toll, ever." Critics called it “cheap talk” on Monday.'
    const mark = fc.record({
      start: fc.integer({ min: -5, max: text.length + 5 }),
      len: fc.integer({ min: -3, max: 40 }),
      kind: fc.constantFrom<Mark['kind']>('quote', 'claim', 'speaker'),
      anchor: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 8 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (raw, from, trim) => {
        const para = { start: from, end: Math.max(from, text.length - trim) }
        const marks: Mark[] = raw.map((m) => ({
          kind: m.kind,
          start: m.start,
          end: m.start + m.len,
          classes: m.kind,
          anchor: m.anchor,
          title: null,
          label: m.kind === 'quote' ? { name: 'X', url: null } : null,
        }))
        const anchored = new Set<string>()
        const segments = segmentParagraph(text, para, marks, anchored)
        expect(segments.map((s) => s.text).join('')).toBe(text.slice(para.start, para.end))
        const ids = segments.flatMap((s) => [s.id, ...(s.anchors ?? [])]).filter(Boolean)
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: 400 },
    )
  })
})

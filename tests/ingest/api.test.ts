import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import * as api from '../../src/ingest/index.ts'
import { Article } from '../../src/model.ts'
import { articleId } from '../../src/ingest/id.ts'

const inputs = [
  'tests/fixtures/seeds/000_c9e9bc13044556f0.txt',
  'tests/fixtures/seeds/004_c8e0d2c88baac2ad.txt',
  'tests/fixtures/ingest/good.md',
  'tests/fixtures/ingest/article.html',
  'tests/fixtures/ingest/only-boilerplate.txt',
  'tests/fixtures/ingest/wire-page.txt',
]

describe('ingest public API', () => {
  it('exports the contracted functions', () => {
    for (const name of ['ingest', 'ingestFile', 'articleFromText', 'resolveRelativeDate']) expect(typeof (api as Record<string, unknown>)[name]).toBe('function')
  })

  it.each(inputs)('%s gives a schema-valid article whose spans are exact', (file) => {
    const { article } = api.ingest(file, readFileSync(file))
    expect(() => Article.parse(article)).not.toThrow()
    const a = article!
    const spans = [...a.paragraphs, ...a.removed]
    for (const s of spans) {
      expect(s.end).toBeGreaterThan(s.start)
      expect(a.text.slice(s.start, s.end)).toBe(a.text.slice(s.start, s.end).trim())
    }
    // Paragraphs and removed lines never overlap, and come in text order.
    const sorted = [...spans].sort((x, y) => x.start - y.start)
    for (let i = 1; i < sorted.length; i++) expect(sorted[i].start).toBeGreaterThanOrEqual(sorted[i - 1].end)
    for (let i = 1; i < a.paragraphs.length; i++) expect(a.paragraphs[i].start).toBeGreaterThan(a.paragraphs[i - 1].start)
    if (a.title.start !== null) expect(a.text.slice(a.title.start, a.title.end!)).toBe(a.title.value)
    for (const e of [...a.date.evidence, ...a.source.evidence]) {
      if (e.start !== undefined) expect(a.text.slice(e.start, e.end)).toBe(e.quote)
    }
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('articleFromText keeps every non-empty line as body, with exact spans', () => {
    const text = 'He said  "we   will win" on Monday, the coach told reporters after the match.\r\n\r\nRate it\n\nSecond paragraph.'
    const a = api.articleFromText(text, 'quotes/case-1.txt')
    expect(a.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'He said  "we   will win" on Monday, the coach told reporters after the match.',
      'Rate it',
      'Second paragraph.',
    ])
    expect(a.removed).toEqual([])
    expect(a.text).toBe(text)
    expect(a.id).toBe('case-1')
    expect(text.slice(a.title.start!, a.title.end!)).toBe(a.title.value)
  })

  it('ids are URL-safe slugs of the file name, never empty', () => {
    expect(articleId('seeds/000_c9e9bc13044556f0.txt')).toBe('000-c9e9bc13044556f0')
    expect(articleId('C:\\news\\Ünïcode Story (2).HTML')).toBe('unicode-story-2')
    expect(articleId('../../etc/passwd')).toBe('passwd')
    expect(articleId('Новости.txt')).toMatch(/^article-[0-9a-f]{12}$/)
    expect(articleId('....md')).toMatch(/^[a-z0-9-]+$/)
  })
})

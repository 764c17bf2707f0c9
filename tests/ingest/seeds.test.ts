import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ingest } from '../../src/ingest/index.ts'

const expected = JSON.parse(readFileSync(new URL('../fixtures/expected.json', import.meta.url), 'utf8'))

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

describe.each(expected.articles as any[])('seed $file', (exp) => {
  const bytes = readFileSync(new URL(`../fixtures/seeds/${exp.file}`, import.meta.url))
  const { article, messages } = ingest(exp.file, bytes)

  it('reads without errors and keeps the text exactly', () => {
    expect(messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(article).not.toBeNull()
    expect(article!.text).toBe(bytes.toString('utf8'))
  })

  it('finds the headline, not the navigation or page-title line', () => {
    expect(article!.title.value).toBe(exp.title)
    expect(article!.text.slice(article!.title.start!, article!.title.end!)).toBe(exp.title)
  })

  it('finds the source and its relays', () => {
    expect(article!.source.name).toBe(exp.source)
    expect(article!.source.relayedFrom).toEqual(exp.relayedFrom)
    expect(article!.source.evidence.length).toBeGreaterThan(0)
  })

  it('removes exactly the boilerplate lines, each with a reason', () => {
    const removed = article!.removed.map((r) => lineOf(article!.text, r.start))
    expect(removed).toEqual(exp.boilerplateLines)
    for (const r of article!.removed) expect(r.reason).toMatch(/^[a-z-]+$/)
  })

  it('keeps the body from the first to the last paragraph', () => {
    const paras = article!.paragraphs.map((p) => article!.text.slice(p.start, p.end))
    expect(paras[0].startsWith(exp.firstBodyParagraphStartsWith)).toBe(true)
    expect(paras.at(-1)!.startsWith(exp.lastBodyParagraphStartsWith)).toBe(true)
    // Title, body and boilerplate cover every non-blank line exactly once.
    const lines = article!.text.split('\n').filter((l) => l.trim()).length
    expect(paras.length + article!.removed.length + 1).toBe(lines)
  })

  it('infers the date from the text, with evidence', () => {
    expect(article!.date.value).toBe(exp.date)
    expect(article!.date.basis).toBe('inferred')
    const reasons = article!.date.evidence.map((e) => e.reason).join('\n')
    expect(reasons).toMatch(/no explicit date/)
    expect(reasons).toMatch(/Tuesday after the first Monday of November/)
    for (const e of article!.date.evidence) {
      if (e.start !== undefined) expect(article!.text.slice(e.start, e.end)).toBe(e.quote)
    }
  })

  it('detects the language', () => {
    expect(article!.language).toBe(exp.language)
  })
})

describe('seed date evidence names the deciding clues', () => {
  it('000: election day in a Trump presidency', () => {
    const { article } = ingest('000_c9e9bc13044556f0.txt', readFileSync(new URL('../fixtures/seeds/000_c9e9bc13044556f0.txt', import.meta.url)))
    const quotes = article!.date.evidence.map((e) => e.quote ?? '')
    expect(quotes).toContain('November 6')
    expect(quotes.some((q) => q.includes('counterpart Donald Trump'))).toBe(true)
  })
  it('004: the Wednesday after election day, in the Biden presidency', () => {
    const { article } = ingest('004_c8e0d2c88baac2ad.txt', readFileSync(new URL('../fixtures/seeds/004_c8e0d2c88baac2ad.txt', import.meta.url)))
    const quotes = article!.date.evidence.map((e) => e.quote ?? '')
    expect(quotes).toContain('Tuesday night')
    expect(quotes).toContain('American President Joe Biden')
    expect(article!.date.candidates).toContain('2022-11-09')
  })
})

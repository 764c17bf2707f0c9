/**
 * The seed articles against tests/fixtures/expected.json: every `must` quote
 * with its speaker and kind, no `mustNot` text as a quote, the required claims
 * with who made them and their stance.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { ArticleRecord } from '../../src/model.ts'

interface ExpectedQuote { kind: string; text: string; speaker: string; speakerAccepts?: string[] }
interface ExpectedClaim { text: string; by: string; stance: string }
interface ExpectedPerson { name: string; roles: string[]; mentions?: string[] }
interface ExpectedArticle {
  file: string
  source: string
  people: ExpectedPerson[]
  quotes: { must: ExpectedQuote[]; mustNot: string[] }
  claims: { must: ExpectedClaim[] }
}

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as { articles: ExpectedArticle[] }

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim()
const trimEnds = (s: string) => s.replace(/^[\s"“”„«»,.;:]+|[\s"“”„«»,.;:]+$/g, '')

function recordOf(file: string): ArticleRecord {
  const bytes = readFileSync(join(fixtures, 'seeds', file))
  const { article } = ingest(file, new Uint8Array(bytes))
  if (!article) throw new Error(`ingest gave no article for ${file}`)
  return extract(article)
}

describe.each(expected.articles)('seed $file', (seed) => {
  const record = recordOf(seed.file)

  it('is a valid record whose spans index the text', () => {
    expect(() => ArticleRecord.parse(record)).not.toThrow()
    for (const q of record.quotes) {
      expect(record.text.slice(q.start, q.end)).toBe(q.text)
      if (q.cue) expect(record.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text)
      if (q.speaker) expect(record.text.slice(q.speaker.start, q.speaker.end).length).toBeGreaterThan(0)
    }
    for (const p of record.people) for (const m of p.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text)
    for (const c of record.claims) expect(record.text.slice(c.start, c.end)).toBe(c.text)
  })

  it.each(seed.quotes.must)('finds the $kind quote "$text"', (want) => {
    const found = record.quotes.find((q) => trimEnds(q.text) === trimEnds(want.text))
    expect(found, `quote not found: ${want.text}`).toBeDefined()
    expect(found!.kind).toBe(want.kind)
    const names = [want.speaker, ...(want.speakerAccepts ?? [])].map(norm)
    expect(names).toContain(norm(found!.speaker?.name ?? ''))
    if (want.kind === 'direct') expect(found!.text).toBe(want.text)
  })

  it('takes no mustNot text for a quote', () => {
    for (const bad of seed.quotes.mustNot) {
      expect(record.quotes.filter((q) => trimEnds(q.text) === trimEnds(bad))).toEqual([])
    }
  })

  it.each(seed.claims.must)('claims "$text"', (want) => {
    const found = record.claims.find((c) => trimEnds(c.text) === trimEnds(want.text))
    expect(found, `claim not found: ${want.text}`).toBeDefined()
    expect(norm(found!.by.name)).toBe(norm(want.by))
    expect(found!.stance).toBe(want.stance)
  })

  it.each(seed.people)('knows $name, the roles the text spells out and the mentions outside quotes', (want) => {
    const person = record.people.find((p) => p.name === want.name)
    expect(person, `person not found: ${want.name}`).toBeDefined()
    // A role is required when the text spells it (not "US President" inferred from "his US counterpart").
    const spelled = (r: string) => new RegExp(`(?<![\\p{L}])${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(record.text)
    for (const role of want.roles.filter(spelled)) {
      expect(person!.roles.map((r) => r.toLowerCase())).toContain(role.toLowerCase())
    }
    const quoted = (m: { start: number }) => record.quotes.some((q) => q.kind === 'direct' && q.start <= m.start && m.start < q.end)
    const texts = person!.mentions.filter((m) => !quoted(m)).map((m) => m.text)
    for (const m of want.mentions ?? []) {
      const at = record.text.indexOf(m)
      if (at >= 0 && quoted({ start: at })) continue
      expect(texts).toContain(m)
    }
  })

  it('keeps quote ids in text order and shares statements across a split quote', () => {
    const starts = record.quotes.map((q) => q.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    record.quotes.forEach((q, i) => expect(q.id).toBe(`q${i + 1}`))
    for (const q of record.quotes) expect(record.quotes.some((x) => x.id === q.statement)).toBe(true)
  })
})

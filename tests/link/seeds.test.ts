/**
 * The seed comparison of tests/fixtures/expected.json, through the public
 * entry points: ingest → extract → link on both seed articles.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { link } from '../../src/link/index.ts'
import { Corpus, type ArticleRecord } from '../../src/model.ts'

interface Expected {
  articles: { file: string; people: { name: string; roles: string[] }[] }[]
  comparison: {
    sharedTopics: string[]
    alignedPairs: { a: string; b: string; topic: string }[]
    onlyInA: string[]
    onlyInB: string[]
    timelineOrder: string[]
  }
}

const fixtures = join(import.meta.dirname, '..', 'fixtures')
const expected = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Expected

function recordOf(file: string): ArticleRecord {
  const { article } = ingest(file, new Uint8Array(readFileSync(join(fixtures, 'seeds', file))))
  if (!article) throw new Error(`ingest gave no article for ${file}`)
  return extract(article)
}

const [recA, recB] = expected.articles.map((a) => recordOf(a.file)) as [ArticleRecord, ArticleRecord]
const corpus = link([recB, recA])
const c = expected.comparison

/** Text of a local quote or claim id. */
const textOf = (r: ArticleRecord, id: string) => (r.claims.find((x) => x.id === id) ?? r.quotes.find((x) => x.id === id))?.text ?? ''
const fold = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim()
/** A statement matches an expected text when one contains the other (claims and quotes cut differently). */
const matches = (text: string, want: string) => fold(text).includes(fold(want)) || (fold(text).length > 20 && fold(want).includes(fold(text)))

describe('seed comparison', () => {
  const alignment = corpus.alignments.find((x) => x.a === recA.id && x.b === recB.id)!

  it('is a valid corpus, with the articles in timeline order', () => {
    expect(() => Corpus.parse(corpus)).not.toThrow()
    expect(corpus.articles.map((a) => a.file)).toEqual(c.timelineOrder)
  })

  it('knows the speaker both articles quote as one person, with both titles', () => {
    const name = expected.articles[0]!.people[0]!.name
    const matching = corpus.people.filter((p) => p.name === name || p.aliases.includes(name))
    expect(matching).toHaveLength(1)
    expect(matching[0]!.articles).toEqual([recA.id, recB.id].sort())
    const roles = matching[0]!.roles.map((r) => r.role.toLowerCase())
    for (const a of expected.articles) for (const role of a.people[0]!.roles) expect(roles).toContain(role.toLowerCase())
  })

  it('shares both topics', () => {
    for (const label of c.sharedTopics) {
      const t = corpus.topics.find((x) => x.label === label)
      expect(t, label).toBeDefined()
      expect(t!.articles).toEqual([recA.id, recB.id].sort())
    }
  })

  it('relates the two articles and puts each expected pair on one row with the same stance', () => {
    expect(alignment).toBeDefined()
    for (const pair of c.alignedPairs) {
      const row = alignment.rows.find((r) => r.a.some((id) => matches(textOf(recA, id), pair.a)) && r.b.some((id) => matches(textOf(recB, id), pair.b)))
      expect(row, pair.a).toBeDefined()
      expect(row!.relation).toBe('same')
      expect(corpus.topics.find((t) => t.id === row!.topic)?.label).toBe(pair.topic)
    }
  })

  it('lists what only one side says in its section', () => {
    const onlyA = alignment.onlyA.map((id) => textOf(recA, id))
    const onlyB = alignment.onlyB.map((id) => textOf(recB, id))
    // onlyInA: the interference allegations Peskov declines to discuss; the planned meeting in Paris.
    expect(onlyA.some((t) => /interference|allegations/.test(t))).toBe(true)
    expect(onlyA.some((t) => /meeting in Paris/.test(t))).toBe(true)
    // onlyInB: the war in Ukraine and sanctions; the call for unity; the Telegram post.
    expect(onlyB.some((t) => /sanctions/.test(t))).toBe(true)
    expect(onlyB.some((t) => /unity/.test(t))).toBe(true)
    const post = expected.articles[1]!.people.find((p) => p.roles.some((r) => /former/i.test(r)))!.name
    const byPost = alignment.onlyB.filter((id) => recB.claims.find((x) => x.id === id)?.by.name === post || recB.quotes.find((x) => x.id === id)?.speaker?.name === post)
    expect(byPost.length).toBeGreaterThan(0)
    // Nothing listed as only on one side is also on a row.
    const inRows = new Set(alignment.rows.flatMap((r) => r.a))
    for (const id of alignment.onlyA) expect(inRows.has(id)).toBe(false)
  })
})

/**
 * One minister's statement reported by three outlets in different
 * translations, and the same minister four years later, through the public
 * entry points: ingest → extract → link on Markdown articles with front matter.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { link } from '../../src/link/index.ts'

const dir = join(import.meta.dirname, '..', 'fixtures', 'link', 'outlets')
const records = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => {
    const { article } = ingest(f, new Uint8Array(readFileSync(join(dir, f))))
    if (!article) throw new Error(`no article for ${f}`)
    return extract(article)
  })
const corpus = link(records)
const of2019 = records.filter((r) => r.date.value?.startsWith('2019')).map((r) => r.id).sort()
const of2023 = records.filter((r) => r.date.value?.startsWith('2023')).map((r) => r.id)

describe('link: one statement across outlets and years', () => {
  it('has three reports from 2019 and one from 2023', () => {
    expect(of2019).toHaveLength(3)
    expect(of2023).toHaveLength(1)
  })

  it('knows the minister as one person under both spellings', () => {
    const lavrov = corpus.people.filter((p) => [p.name, ...p.aliases].some((n) => /Lavrov$/.test(n)))
    expect(lavrov).toHaveLength(1)
    expect([lavrov[0]!.name, ...lavrov[0]!.aliases].sort()).toEqual(['Sergei Lavrov', 'Sergey Lavrov'])
    expect(lavrov[0]!.articles).toEqual(records.map((r) => r.id).sort())
  })

  it('files every report under one relations topic', () => {
    expect(corpus.topics.find((t) => t.label === 'Russia–United States relations')?.articles).toEqual(records.map((r) => r.id).sort())
  })

  it('groups the 2019 reports into one story and leaves 2023 out', () => {
    expect(corpus.stories.map((s) => s.articles)).toEqual([of2019])
  })

  it('finds the translations of the 2019 statement as one family spanning the outlets', () => {
    expect(corpus.families).toHaveLength(1)
    const articles = new Set(corpus.families[0]!.members.map((m) => m.article))
    expect(articles.size).toBeGreaterThanOrEqual(2)
    for (const a of articles) expect(of2019).toContain(a)
  })

  it('aligns the 2019 reports as the same stance and the 2023 one as opposite', () => {
    const rows = (a: string, b: string) => corpus.alignments.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a))?.rows ?? []
    for (let i = 0; i < of2019.length; i++) for (let j = i + 1; j < of2019.length; j++) expect(rows(of2019[i]!, of2019[j]!).map((r) => r.relation)).toContain('same')
    const across = corpus.alignments.filter((x) => x.b === of2023[0])
    expect(across.length).toBeGreaterThan(0)
    for (const al of across) expect(al.rows.map((r) => r.relation)).toContain('opposite')
  })
})

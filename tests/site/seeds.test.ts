/**
 * The whole pipeline on the two seed articles: ingest → extract → link →
 * buildSite. Whatever the upstream stages find, the site must be valid, its
 * links must work (also under a base path), and every aligned statement must
 * be shown on its compare page with a link to its exact words.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'
import { ingest } from '../../src/ingest/index.ts'
import { link } from '../../src/link/index.ts'
import type { ArticleRecord, Corpus } from '../../src/model.ts'
import { slugify } from '../../src/site/slug.ts'
import { buildInto } from './build.ts'
import { checkLinks } from './linkcheck.ts'
import { validateSite } from './validate.ts'

const SEEDS = join(import.meta.dirname, '../../seeds')
let records: ArticleRecord[] = []
let corpus: Corpus
let root = ''
let subRoot = ''

beforeAll(async () => {
  records = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { article, messages } = ingest(`seeds/${f}`, readFileSync(join(SEEDS, f)))
      if (!article) throw new Error(`seed ${f} not ingested: ${messages.map((m) => m.reason).join('; ')}`)
      return extract(article)
    })
  corpus = link(records)
  root = (await buildInto(corpus, records, { search: false })).dir
  subRoot = (await buildInto(corpus, records, { base: '/seeds/', search: false })).dir
})

const doc = (dir: string, file: string) => parseHTML(readFileSync(join(dir, file), 'utf8')).document

describe('site built from the seed articles', () => {
  it('passes html-validate on every page', async () => {
    expect(await validateSite(root)).toEqual([])
  })

  it('has no broken internal link or anchor, at the root and under a base path', () => {
    expect(checkLinks(root, '/')).toEqual([])
    expect(checkLinks(subRoot, '/seeds/')).toEqual([])
  })

  it('highlights every extracted quote at its exact words', () => {
    let checked = 0
    for (const r of records) {
      const page = doc(root, `articles/${slugify(r.id)}/index.html`)
      for (const q of r.quotes) {
        const el = page.getElementById(slugify(`q-${q.id}`))
        expect(el, `${r.id} ${q.id}`).not.toBeNull()
        const words = r.text.slice(q.start, q.end)
        // A quote that runs over a paragraph break is marked once per paragraph; the anchor is on the first piece.
        expect(words.startsWith(el!.textContent!), `${r.id} ${q.id}`).toBe(true)
        expect(el!.textContent!.length).toBeGreaterThan(0)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5)
  })

  it('shows every aligned statement on its compare page, linked to its place', () => {
    expect(corpus.alignments.length).toBeGreaterThan(0)
    const compare = readdirSync(join(root, 'compare')).filter((f) => f !== 'index.html')
    expect(compare.length).toBe(new Set(corpus.alignments.map((a) => [a.a, a.b].sort().join('|'))).size)
    for (const dir of compare) {
      const page = doc(root, `compare/${dir}/index.html`)
      const rows = [...page.querySelectorAll('section.row')]
      const al = corpus.alignments.find((a) => dir.includes(a.a.toLowerCase().replace(/[^a-z0-9-]+/g, '-')))!
      expect(rows.length).toBe(al.rows.length)
      al.rows.forEach((row, i) => {
        const links = [...rows[i]!.querySelectorAll('a.goto')].map((a) => a.getAttribute('href')!)
        // Claims drawn from one quote are shown as that quote, once.
        expect(links.length).toBeGreaterThanOrEqual(2)
        expect(links.length).toBeLessThanOrEqual(row.a.length + row.b.length)
        for (const href of links) expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/)
      })
    }
  })
})

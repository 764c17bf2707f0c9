/**
 * Property tests over arbitrary input: the stages throw nothing, every span
 * is exact, importing is idempotent, and no string becomes executable markup.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ingest } from '../../src/ingest/index.ts'
import { addArticles } from '../../src/ingest/add.ts'
import { extract } from '../../src/extract/index.ts'
import { link } from '../../src/link/index.ts'
import { buildSite } from '../../src/site/index.ts'
import type { ArticleRecord } from '../../src/model.ts'
import { executableInjections, htmlPages, readPage } from './pages.ts'

const encode = (s: string) => new TextEncoder().encode(s)

/** Text shaped like news, with every quotation mark style, astral characters and markup mixed in. */
const newsy = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '‘', '’', '[', ']', '\n', '\n\n', '\r\n', ' ', ', ', '. ', ' - ', '—'),
      fc.constantFrom('said', 'told reporters', 'according to', 'he', 'she', 'the minister', 'added', 'that', 'stressed'),
      fc.constantFrom('Anna Berg', 'President John Smith', 'the Ministry of Health', 'Reuters', 'Smith', 'the White House'),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '😀', '𝐀', '\u202e', '\u200b', '\u0000'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

function assertSpans(record: ArticleRecord) {
  const { text } = record
  for (const p of [...record.paragraphs, ...record.removed]) {
    expect(p.start).toBeLessThanOrEqual(p.end)
    expect(p.end).toBeLessThanOrEqual(text.length)
  }
  for (const q of record.quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text)
    if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text)
    if (q.speaker) expect(q.speaker.end).toBeLessThanOrEqual(text.length)
  }
  for (const c of record.claims) expect(text.slice(c.start, c.end)).toBe(c.text)
  for (const e of [...record.people, ...record.organizations]) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
  for (const t of record.terms) expect(text.slice(t.start, t.end)).toBe(t.text)
}

describe('ingest and extract over arbitrary input', () => {
  it('never throw on arbitrary bytes, whatever the extension; a rejected file always says why', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'b.md', 'c.html'), (bytes, file) => {
        const { article, messages } = ingest(file, bytes)
        if (!article) expect(messages.some((m) => m.severity === 'error' || m.severity === 'warning')).toBe(true)
        else assertSpans(extract(article))
      }),
      { numRuns: 300 },
    )
  })

  it('keep every span exact on news-shaped text with any quotation marks', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const { article } = ingest('t.txt', encode(text))
        if (article) assertSpans(extract(article))
        assertSpans(extract(text))
      }),
      { numRuns: 300 },
    )
  })

  it('never let the content of a script element into the text of generated HTML', () => {
    const SECRET = 'zzsecretzz'
    const node: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 20 }).map((s) => s.replace(/[<>&]/g, ' ')),
        fc.constant(`<script>var x="${SECRET}"</script>`),
        fc.constant(`<img src=x onerror="${SECRET}">`),
        fc.tuple(fc.constantFrom('div', 'p', 'span', 'article', 'section', 'a href="javascript:x"', 'blockquote', 'li'), fc.array(tie('node'), { maxLength: 4 })).map(
          ([tag, kids]) => `<${tag}>${kids.join('')}</${tag.split(' ')[0]}>`,
        ),
      ),
    })).node
    fc.assert(
      fc.property(node, (body) => {
        const { article } = ingest('g.html', encode(`<html><head><title>T</title></head><body>${body}</body></html>`))
        if (article) {
          expect(article.text).not.toContain(SECRET)
          assertSpans(extract(article))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('turn any front matter into an article or a placed message, never an exception', () => {
    const value = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('[unclosed', '{a: b', '*alias', '&anchor x', ': :', '2024-13-45', 'null', '"quoted'))
    const key = fc.constantFrom('title', 'source', 'date', 'url', 'tags', 'x')
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value), { maxLength: 6 }), (pairs) => {
        const yaml = pairs.map(([k, v]) => `${k}: ${v}`).join('\n')
        const { article, messages } = ingest('f.md', encode(`---\n${yaml}\n---\n\nThe council met on Monday.\n`))
        for (const m of messages) if (m.line !== null) expect(m.line).toBeGreaterThanOrEqual(1)
        if (article) assertSpans(extract(article))
        else expect(messages.length).toBeGreaterThan(0)
      }),
      { numRuns: 300 },
    )
  })
})

describe('importing', () => {
  it('twice equals once', async () => {
    await fc.assert(
      fc.asyncProperty(newsy.filter((t) => t.trim().length > 20), async (text) => {
        const dir = await mkdtemp(path.join(os.tmpdir(), 'nc-add-'))
        const input = path.join(dir, 'input.txt')
        await writeFile(input, text)
        const content = path.join(dir, 'content')
        await addArticles([input], content)
        const snapshot = async () => {
          const files = (await readdir(content, { recursive: true })).sort()
          return Promise.all(files.map(async (f) => [f, await readFile(path.join(content, f)).catch(() => null)?.then((b) => b?.toString('base64'))]))
        }
        const once = await snapshot()
        await addArticles([input], content)
        expect(await snapshot()).toEqual(once)
      }),
      { numRuns: 25 },
    )
  })
})

describe('rendering', () => {
  it('never turns an article string into a script or an event handler', async () => {
    const samples = fc.sample(newsy, { numRuns: 30, seed: 42 })
    const records = samples.map((s, i) => {
      const md = `---\ntitle: ${JSON.stringify(`Title ${i} ${s.slice(0, 40)}`)}\nsource: ${JSON.stringify(s.slice(0, 20) || 'Outlet')}\ndate: 2020-01-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n${s}\n\n"${s.slice(0, 30)} is what I said," President John Smith told reporters.\n`
      const { article } = ingest(`p${i}.md`, encode(md))
      return article ? extract(article) : null
    }).filter((r): r is ArticleRecord => r !== null)
    expect(records.length).toBeGreaterThan(20)
    const out = await mkdtemp(path.join(os.tmpdir(), 'nc-render-'))
    await buildSite(link(records), records, { outDir: out, search: false })
    const problems: string[] = []
    for (const page of await htmlPages(out)) problems.push(...executableInjections(await readPage(page)).map((p) => `${page}: ${p}`))
    expect(problems).toEqual([])
  })
})

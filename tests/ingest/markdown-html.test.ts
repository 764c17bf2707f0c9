import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ingest } from '../../src/ingest/index.ts'
import { formatMessage } from '../../src/messages.ts'

const fixture = (name: string) => readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url))
const body = (a: NonNullable<ReturnType<typeof ingest>['article']>) => a.paragraphs.map((p) => a.text.slice(p.start, p.end))

describe('Markdown', () => {
  const { article, messages } = ingest('content/good.md', fixture('good.md'))

  it('reads validated front matter', () => {
    expect(messages).toEqual([])
    expect(article!.title).toMatchObject({ value: 'Port strike ends after three days', basis: 'front-matter' })
    expect(article!.source).toMatchObject({ name: 'Coastal Times', basis: 'front-matter' })
    expect(article!.date).toMatchObject({ value: '2023-05-12', basis: 'front-matter', confidence: 1 })
    expect(article!.url).toBe('https://coastal.example.com/2023/05/12/port-strike-ends')
    expect(article!.language).toBe('en')
    expect(article!.format).toBe('md')
  })

  it('turns the body into plain text: headings, paragraphs, list items, block quotes, no markup', () => {
    const paras = body(article!)
    expect(paras).toEqual([
      'Dock workers returned to work on Friday after union leaders and the port authority agreed a new pay deal, ending a strike that had halted shipping for three days.',
      'What was agreed',
      'A pay rise of six percent this year',
      'A review of night-shift rules with the union',
      '"This is a fair result for everyone," the union\'s secretary said.',
      'Shipping companies said it would take a week to clear the backlog of containers waiting at the terminal.',
    ])
    expect(article!.text).not.toMatch(/\*\*|\[|\]\(|^#|^>|^- /m)
    // The headline heading is the title, not a paragraph, and its span is exact.
    expect(article!.text.slice(article!.title.start!, article!.title.end!)).toBe('Port strike ends after three days')
    expect(article!.text.split('\n\n').length).toBe(7)
  })

  it('broken YAML: an error at a line and column inside the front matter, no article', () => {
    const r = ingest('content/bad-yaml.md', fixture('bad-yaml.md'))
    expect(r.article).toBeNull()
    const m = r.messages[0]
    expect(m.ruleId).toBe('ingest:yaml')
    expect(m.line).toBeGreaterThanOrEqual(2)
    expect(m.line).toBeLessThanOrEqual(4)
    expect(m.column).toBeGreaterThanOrEqual(1)
    expect(formatMessage(m)).toMatch(/^content\/bad-yaml\.md:\d:\d+: error broken YAML front matter: .+ \[ingest:yaml\]$/)
  })

  it('an invalid field: file:line:column of its value and a reason', () => {
    const r = ingest('content/bad-field.md', fixture('bad-field.md'))
    expect(r.article).toBeNull()
    expect(r.messages.map(formatMessage)).toEqual([
      'content/bad-field.md:4:7: error front matter field "date": expected a date as YYYY-MM-DD, got "2020-13-45" (got "2020-13-45") [ingest:front-matter]',
      'content/bad-field.md:5:6: error front matter field "url": url is not a valid absolute URL (got "not a url") [ingest:front-matter]',
    ])
  })

  it('front matter that is not a mapping', () => {
    const r = ingest('list.md', new TextEncoder().encode('---\n- a\n- b\n---\nSome body text that is long enough.\n'))
    expect(r.article).toBeNull()
    expect(r.messages[0].ruleId).toBe('ingest:front-matter')
  })

  it('a long body is parsed in pieces, in linear time, with fenced code kept whole', () => {
    const unit = '# Part\n\n- one item\n\n```\ncode\n\nmore code\n```\n\nA closing paragraph of the part.\n\n'
    const md = '---\ntitle: Long\n---\n' + unit.repeat(400)
    const t0 = performance.now()
    const a = ingest('long.md', new TextEncoder().encode(md)).article!
    expect(performance.now() - t0).toBeLessThan(30_000)
    expect(a.text).not.toMatch(/code/)
    expect(a.paragraphs).toHaveLength(1200)
  })

  it('a Markdown file above its 1 MB limit is refused', () => {
    const r = ingest('huge.md', new TextEncoder().encode('x'.repeat(1024 * 1024 + 1)))
    expect(r.article).toBeNull()
    expect(r.messages[0].ruleId).toBe('ingest:too-large')
  })

  it('without front matter, the first heading is the title and the rest is inferred', () => {
    const md = '# Mayor resigns over budget row\n\nThe mayor resigned on Monday after the council rejected her budget for the third time this year, officials said.\n'
    const r = ingest('plain.md', new TextEncoder().encode(md))
    expect(r.article!.title).toMatchObject({ value: 'Mayor resigns over budget row', basis: 'heading' })
    expect(body(r.article!)).toHaveLength(1)
    expect(r.article!.date.value).toBeNull()
  })
})

describe('HTML', () => {
  const { article, messages } = ingest('saved/article.html', fixture('article.html'))

  it('extracts the article paragraphs as plain text, never markup or scripts', () => {
    expect(messages.filter((m) => m.severity === 'error')).toEqual([])
    const paras = body(article!)
    expect(paras).toHaveLength(5)
    expect(paras[0]).toMatch(/^The harbour bridge reopened to traffic on Tuesday morning/)
    expect(article!.text).not.toMatch(/alert\(|hijacked|evil|color: red/)
    expect(article!.text).not.toMatch(/Most read|Council votes on budget|All rights reserved|Log in/)
    // Escaped markup in the page is text about markup, kept as words.
    expect(paras[4]).toMatch(/^<script>this is escaped text, not a script<\/script> appears/)
    expect(article!.text.split('\n\n').length).toBe(article!.paragraphs.length + article!.removed.length)
  })

  it('removes the figure caption with a reason', () => {
    expect(article!.removed.map((r) => [r.reason, article!.text.slice(r.start, r.end)])).toEqual([
      ['caption', 'The bridge at dawn on the day it reopened.'],
    ])
  })

  it('takes metadata in order of trust: JSON-LD, then Open Graph, <time>, the URL', () => {
    expect(article!.title).toMatchObject({ value: 'Harbour bridge reopens after two-year repair', basis: 'json-ld' })
    expect(article!.source).toMatchObject({ name: 'The Northern Ledger', basis: 'json-ld' })
    expect(article!.date).toMatchObject({ value: '2021-03-03', basis: 'html-meta' })
    expect(article!.date.evidence[0].reason).toBe('JSON-LD datePublished')
    // The others are recorded as less trusted, not dropped silently.
    const others = article!.date.evidence.slice(1).map((e) => e.reason).join('\n')
    expect(others).toMatch(/article:published_time gives 2021-03-04/)
    expect(others).toMatch(/<time datetime> gives 2021-03-01/)
    expect(others).toMatch(/URL gives 2021-03-02/)
    expect(article!.url).toBe('https://ledger.example.org/city/2021/03/02/harbour-bridge-reopens')
    expect(article!.language).toBe('en')
  })

  it('without JSON-LD: og:site_name and article:published_time win over the URL date', () => {
    const a = ingest('no-jsonld.html', fixture('no-jsonld.html')).article!
    expect(a.source).toMatchObject({ name: 'Valley Echo', basis: 'og:site_name' })
    expect(a.date).toMatchObject({ value: '2020-06-15', basis: 'html-meta' })
    expect(a.title.value).toBe('Local choir wins national prize')
    expect(body(a)).toHaveLength(3)
  })

  it('with only a canonical URL: the date from its path and the source from its host', () => {
    const a = ingest('url-only.htm', fixture('url-only.html')).article!
    expect(a.date).toMatchObject({ value: '2019-07-08', basis: 'url' })
    expect(a.source).toMatchObject({ name: 'ferries.example.com', basis: 'url-host' })
  })

  it('decodes entities in metadata, as text', () => {
    const html = `<html><head><meta property="og:title" content="Fish &amp; chips: the &#8216;great&#8217; debate &lt;b&gt;"><meta property="og:site_name" content="Coast &amp; Country"></head>
      <body><p>The debate about the best fish and chips in the county went on for a whole evening at the town hall on Friday.</p></body></html>`
    const a = ingest('e.html', new TextEncoder().encode(html)).article!
    expect(a.title.value).toBe('Fish & chips: the ‘great’ debate <b>')
    expect(a.source.name).toBe('Coast & Country')
  })

  it('an HTML file with no article text gets the boilerplate warning, not a crash', () => {
    const r = ingest('empty.html', new TextEncoder().encode('<html><body><nav><a href="/">Home</a></nav><script>alert(1)</script></body></html>'))
    expect(r.article).not.toBeNull()
    expect(r.article!.paragraphs).toEqual([])
    expect(r.article!.text).not.toMatch(/alert/)
    expect(r.messages.map((m) => m.ruleId)).toContain('ingest:only-boilerplate')
  })
})

describe('a text in another language', () => {
  it('is kept with its language, and UI strings in another script are foreign', () => {
    const { article } = ingest('ru.txt', fixture('russian.txt'))
    expect(article!.language).toBe('ru')
    expect(article!.title.value).toBe('Правительство утвердило новый план строительства дорог')
    expect(article!.paragraphs).toHaveLength(3)
    const reasons = Object.fromEntries(article!.removed.map((r) => [article!.text.slice(r.start, r.end), r.reason]))
    expect(reasons).toEqual({
      'Главная / Новости': 'breadcrumb',
      Share: 'foreign-ui',
      'Add comment': 'foreign-ui',
      'Report a typo': 'foreign-ui',
    })
  })
})

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import matter from 'gray-matter'
import { addArticles } from '../../src/ingest/add.ts'
import { ingest } from '../../src/ingest/index.ts'

const seedPath = 'tests/fixtures/seeds/004_c8e0d2c88baac2ad.txt'
const html = readFileSync('tests/fixtures/ingest/no-jsonld.html')

let server: Server
let base = ''
const pending: Array<() => void> = []

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/news/2020/06/12/choir-wins') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end(html)
    } else if (req.url === '/slow') {
      // Never answers in time; released when the test ends.
      pending.push(() => res.end('late'))
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const addr = server.address()
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`
})

afterAll(async () => {
  for (const release of pending) release()
  await new Promise((resolve) => server.close(resolve))
})

async function tempContent() {
  return mkdtemp(path.join(tmpdir(), 'newscompare-add-'))
}

describe('add', () => {
  it('imports a file as Markdown with front matter, marks guesses and keeps the original', async () => {
    const dir = await tempContent()
    const { written, messages } = await addArticles([seedPath], dir)
    expect(messages.filter((m) => m.severity === 'error')).toEqual([])
    expect(written).toEqual([path.join(dir, '004-c8e0d2c88baac2ad.md')])
    const md = matter(await readFile(written[0], 'utf8'))
    expect(md.data).toMatchObject({
      title: 'Russia says ties with US to remain at rock bottom regardless of midterm results',
      source: 'Press TV',
      date: '2022-11-09',
      language: 'en',
      dateBasis: 'inferred',
      original: 'originals/004-c8e0d2c88baac2ad.txt',
    })
    expect(md.data.inferred).toEqual(expect.arrayContaining(['title', 'source', 'date', 'language']))
    expect(md.data.dateEvidence.join('\n')).toMatch(/Tuesday after the first Monday of November/)
    expect(await readFile(path.join(dir, 'originals/004-c8e0d2c88baac2ad.txt'))).toEqual(readFileSync(seedPath))
    // The imported file reads back as the same article body, with the stated metadata.
    const again = ingest(written[0], await readFile(written[0])).article!
    const original = ingest(seedPath, readFileSync(seedPath)).article!
    const paras = (a: typeof again) => a.paragraphs.map((p) => a.text.slice(p.start, p.end))
    expect(paras(again)).toEqual(paras(original))
    expect(again.date).toMatchObject({ value: '2022-11-09', basis: 'front-matter' })
    expect(again.inferred).toContain('date')
    await rm(dir, { recursive: true })
  })

  it('imports the same text only once', async () => {
    const dir = await tempContent()
    const first = await addArticles([seedPath], dir)
    const second = await addArticles([seedPath, seedPath], dir)
    expect(first.written).toHaveLength(1)
    expect(second.written).toEqual([])
    expect(second.messages.map((m) => m.ruleId)).toEqual(['add:duplicate', 'add:duplicate'])
    expect((await readdir(dir)).filter((f) => f.endsWith('.md'))).toHaveLength(1)
    await rm(dir, { recursive: true })
  })

  it('links a near duplicate (the same wire story from another outlet) instead of dropping it', async () => {
    const dir = await tempContent()
    await addArticles(['tests/fixtures/ingest/wire-a.txt'], dir)
    const { written, messages } = await addArticles(['tests/fixtures/ingest/wire-b.txt'], dir)
    expect(written).toEqual([path.join(dir, 'wire-b.md')])
    expect(messages.map((m) => m.ruleId)).toEqual(['add:near-duplicate'])
    const fm = matter(await readFile(written[0], 'utf8')).data
    expect(fm.nearDuplicateOf).toHaveLength(1)
    expect(fm.nearDuplicateOf[0].file).toBe('wire-a.md')
    expect(fm.nearDuplicateOf[0].similarity).toBeGreaterThan(0.5)
    await rm(dir, { recursive: true })
  })

  it('reads "-" from standard input', async () => {
    const dir = await tempContent()
    const { written } = await addArticles(['-'], dir, { stdin: async () => readFileSync(seedPath) })
    const id = 'russia-says-ties-with-us-to-remain-at'
    expect(written).toEqual([path.join(dir, `${id}.md`)])
    expect(matter(await readFile(written[0], 'utf8')).data.source).toBe('Press TV')
    expect(await readdir(path.join(dir, 'originals'))).toEqual([`${id}.txt`])
    await rm(dir, { recursive: true })
  })

  it('fetches a URL from a local server and reads it as HTML', async () => {
    const dir = await tempContent()
    const url = `${base}/news/2020/06/12/choir-wins`
    const { written, messages } = await addArticles([url], dir)
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([])
    expect(written).toEqual([path.join(dir, 'choir-wins.md')])
    const md = matter(await readFile(written[0], 'utf8'))
    expect(md.data).toMatchObject({ title: 'Local choir wins national prize', source: 'Valley Echo', date: '2020-06-15' })
    expect(md.data.inferred).not.toContain('source')
    expect(md.content).toMatch(/The town's community choir won first prize/)
    expect(await readdir(path.join(dir, 'originals'))).toEqual(['choir-wins.html'])
    await rm(dir, { recursive: true })
  })

  it('a 404 is a clear message and nothing is written', async () => {
    const dir = await tempContent()
    const { written, messages } = await addArticles([`${base}/missing`], dir)
    expect(written).toEqual([])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ ruleId: 'add:http-status', severity: 'error', file: `${base}/missing` })
    expect(messages[0].reason).toMatch(/^HTTP 404/)
    await rm(dir, { recursive: true })
  })

  it('a timeout is a clear message, and the other inputs are still imported', async () => {
    const dir = await tempContent()
    const { written, messages } = await addArticles([`${base}/slow`, seedPath], dir, { timeoutMs: 300 })
    expect(messages.map((m) => m.ruleId)).toEqual(['add:timeout'])
    expect(messages[0].reason).toMatch(/300 ms/)
    expect(written).toHaveLength(1)
    await rm(dir, { recursive: true })
  })

  it('an unreadable file or an unknown type is reported and skipped', async () => {
    const dir = await tempContent()
    const { written, messages } = await addArticles(['/no/such/file.txt', 'package.json'], dir)
    expect(written).toEqual([])
    expect(messages.map((m) => m.ruleId)).toEqual(['add:unreadable', 'ingest:unknown-extension'])
    await rm(dir, { recursive: true })
  })
})

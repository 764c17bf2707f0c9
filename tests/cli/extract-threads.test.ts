/**
 * Articles missing from the cache are extracted on worker threads when there
 * are many (or when many cached entries keep this thread busy meanwhile);
 * the records must be exactly those extracted in this thread.
 */
import { describe, expect, it } from 'vitest'
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { readRecords } from '../../src/index.ts'
import { bundlesMade, workerBundle } from '../../src/build/bundle.ts'

describe('extraction on worker threads', () => {
  it('yields the same records and messages on workers as in this thread, cached or not', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-extract-threads-'))
    const content = path.join(root, 'content')
    await cp(path.resolve('tests/fixtures/quotes'), content, { recursive: true })
    const files = (await readdir(content)).filter((f) => /\.(md|txt|html)$/.test(f))
    // Enough files that the pool uses workers.
    expect(files.length).toBeGreaterThanOrEqual(24)
    const here = await readRecords([content], { cacheDir: null, quiet: true, threads: 1 })
    const cacheDir = path.join(root, '.cache', 'extract')
    const workers = await readRecords([content], { cacheDir, quiet: true, threads: 2 })
    expect(JSON.stringify(workers.records)).toBe(JSON.stringify(here.records))
    expect(workers.messages).toEqual(here.messages)

    // Most entries cached, one missing and one corrupt: both extracted again, the rest decoded.
    const entries = (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.json'))
    expect(entries.length).toBe(files.length)
    await rm(path.join(cacheDir, entries[0]!))
    await writeFile(path.join(cacheDir, entries[1]!), 'not an entry')
    const cached = await readRecords([content], { cacheDir, quiet: true, threads: 2 })
    expect(JSON.stringify(cached.records)).toBe(JSON.stringify(here.records))
    expect(cached.messages).toEqual(here.messages)
  })

  it('extracts the one new article of a large cached corpus on the worker started while the cache is read', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-extract-early-'))
    const content = path.join(root, 'content')
    await mkdir(content)
    const article = (i: number) =>
      `---\ntitle: Council vote ${i}\nsource: Town Paper\ndate: 2020-03-${String((i % 28) + 1).padStart(2, '0')}\n---\n\n"We will vote on plan ${i} next week," the mayor, Ana Ruiz, said on Monday.\n`
    // 500 cached entries: enough that the cache is decoded here while a worker extracts the rest.
    await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(path.join(content, `a${i}.md`), article(i))))
    const cacheDir = path.join(root, '.cache', 'extract')
    expect((await readRecords([content], { cacheDir, quiet: true, threads: 2 })).records).toHaveLength(500)
    await writeFile(path.join(content, 'a500.md'), article(500))
    const rebuilt = await readRecords([content], { cacheDir, quiet: true, threads: 2 })
    const here = await readRecords([content], { cacheDir: null, quiet: true, threads: 1 })
    expect(rebuilt.records).toHaveLength(501)
    expect(JSON.stringify(rebuilt.records)).toBe(JSON.stringify(here.records))
    expect(rebuilt.messages).toEqual(here.messages)
  }, 120_000)

  it('yields the same records from the bundled worker as from the TypeScript sources', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-extract-bundle-'))
    const content = path.join(root, 'content')
    await cp(path.resolve('tests/fixtures/quotes'), content, { recursive: true })
    const here = await readRecords([content], { cacheDir: null, quiet: true, threads: 1 })
    // A build that starts workers makes the bundle when there is none (or it is out of date).
    await readRecords([content], { cacheDir: null, quiet: true, threads: 2 })
    await bundlesMade()
    expect(workerBundle('extract')).not.toBeNull()
    const bundled = await readRecords([content], { cacheDir: path.join(root, '.cache', 'extract'), quiet: true, threads: 2 })
    expect(JSON.stringify(bundled.records)).toBe(JSON.stringify(here.records))
    expect(bundled.messages).toEqual(here.messages)
  }, 120_000)
})

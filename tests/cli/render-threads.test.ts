/**
 * Large sites are rendered in chunks (on worker threads where there are cores
 * to spare); the output must be exactly what one Eleventy run writes.
 */
import { describe, expect, it } from 'vitest'
import { cp, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from '../../src/index.ts'
import { tree } from './helpers.ts'

describe('rendering in chunks', () => {
  it('writes the same site in chunks, on two threads or in this one, as in one run', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-threads-'))
    const content = [path.resolve('seeds'), path.resolve('tests/fixtures/link/outlets')]
    const common = { content, cacheDir: null, quiet: true, search: false, buildDate: '2026-01-01T00:00:00Z' }
    const one = await build({ ...common, outDir: path.join(root, 'one'), threads: 1, renderChunk: 100_000 })
    const many = await build({ ...common, outDir: path.join(root, 'many'), threads: 2, renderChunk: 7 })
    const here = await build({ ...common, outDir: path.join(root, 'here'), threads: 1, renderChunk: 7 })
    expect(one.ok && many.ok && here.ok).toBe(true)
    // Enough pages that the chunked run really used several chunks.
    expect(one.pages).toBeGreaterThan(3 * 7)
    const whole = await tree(path.join(root, 'one'))
    expect(await tree(path.join(root, 'many'))).toEqual(whole)
    expect(await tree(path.join(root, 'here'))).toEqual(whole)
    const sitemap = await readFile(path.join(root, 'many', 'sitemap.xml'), 'utf8')
    expect(sitemap.match(/<loc>/g)?.length).toBe(one.pages - 1)
  })

  it('renders the changed pages of a rebuild on a worker, chunk by chunk, as a full build would', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-pipeline-'))
    const content = path.join(root, 'content')
    await cp(path.resolve('seeds'), content, { recursive: true })
    const common = { cacheDir: path.join(root, '.cache'), quiet: true, search: false, buildDate: '2026-01-01T00:00:00Z', threads: 2, renderChunk: 3 }
    const site = path.join(root, 'site')
    expect((await build({ ...common, content: [content], outDir: site })).ok).toBe(true)
    await cp(path.resolve('tests/fixtures/link/outlets'), path.join(content, 'more'), { recursive: true })
    const rebuilt = await build({ ...common, content: [content], outDir: site })
    expect(rebuilt.ok).toBe(true)
    // Enough changed pages for several chunks, and some left as they were.
    expect(rebuilt.pages - rebuilt.reused).toBeGreaterThan(3 * 3)
    expect(rebuilt.reused).toBeGreaterThan(0)
    const full = await build({ ...common, content: [content], outDir: path.join(root, 'full'), cacheDir: null, threads: 1, renderChunk: 100_000 })
    expect(full.ok).toBe(true)
    expect(await tree(site)).toEqual(await tree(path.join(root, 'full')))
  })

  it('writes the feed and sitemap once, whatever the working directory', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-cwd-'))
    const content = [path.resolve('seeds'), path.resolve('tests/fixtures/link/outlets')]
    const cwd = process.cwd()
    // Eleventy reads its ignore patterns against the working directory; the templates are elsewhere.
    process.chdir(root)
    try {
      const built = await build({ content, outDir: path.join(root, 'site'), cacheDir: null, quiet: true, search: false, threads: 1, renderChunk: 7 })
      expect(built.ok).toBe(true)
      const feed = await readFile(path.join(root, 'site', 'feed.xml'), 'utf8')
      expect(feed.match(/<entry>/g)?.length).toBe(built.records.length)
      const sitemap = await readFile(path.join(root, 'site', 'sitemap.xml'), 'utf8')
      expect(sitemap.match(/<loc>/g)?.length).toBe(built.pages - 1)
    } finally {
      process.chdir(cwd)
    }
  })
})

/**
 * Rebuilds render only the pages whose data changed and take the rest over
 * from the previous output; the result must be exactly what a full build
 * makes.
 */
import { describe, expect, it } from 'vitest'
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cli, tree } from './helpers.ts'


const EXTRA = `---
title: Harbour reopens after storm
source: Coast Daily
date: 2021-06-01
---

"We are open again," the harbour master, Lena Ott, said on Tuesday.

Ott said the fishing fleet would return by the weekend.
`

async function inTemp<T>(work: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'nc-incr-'))
  const cwd = process.cwd()
  await cp(path.resolve('seeds'), path.join(root, 'content'), { recursive: true })
  process.chdir(root)
  try {
    return await work(root)
  } finally {
    process.chdir(cwd)
  }
}

describe('incremental rebuilds', () => {
  it('renders only changed pages after adding an article, and matches a full build byte for byte', async () => {
    await inTemp(async () => {
      const first = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(first.code).toBe(0)
      expect(first.stderr).not.toMatch(/unchanged\)/)

      await writeFile('content/harbour.md', EXTRA)
      const second = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(second.code).toBe(0)
      const counts = second.stderr.match(/(\d+) pages \((\d+) rendered, (\d+) unchanged\)/)
      expect(counts, second.stderr).not.toBeNull()
      const [, pages, rendered, unchanged] = counts!.map(Number)
      expect(rendered + unchanged).toBe(pages)
      expect(unchanged).toBeGreaterThan(0)
      // The new article's own page and the lists it joins are rendered again.
      expect(rendered).toBeGreaterThan(1)

      const full = await cli('build', '--content', 'content', '--out', 'full', '--no-search', '--no-cache')
      expect(full.code).toBe(0)
      expect(await tree('site')).toEqual(await tree('full'))
    })
  })

  it('re-renders everything when the output was replaced by a build it did not record', async () => {
    await inTemp(async () => {
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      // A build without the cache swaps in a new folder the manifest knows nothing about.
      await writeFile('content/harbour.md', EXTRA)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search', '--no-cache')).code).toBe(0)
      await rm('content/harbour.md')
      const again = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(again.code).toBe(0)
      expect(again.stderr).not.toMatch(/up to date/)
      expect(again.stderr).not.toMatch(/unchanged\)/)
      expect(await readdir('site/articles')).not.toContain('harbour-reopens-after-storm')
    })
  })

  it('takes nothing over from an output whose pages were deleted by hand', async () => {
    await inTemp(async () => {
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const before = await tree('site')
      await rm('site/articles', { recursive: true })
      await writeFile('content/harbour.md', EXTRA)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const after = await tree('site')
      for (const file of Object.keys(before)) if (file.startsWith('articles/')) expect(after).toHaveProperty([file])
    })
  })
})

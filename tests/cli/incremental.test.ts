/**
 * Rebuilds render only the pages whose data changed and take the rest over
 * from the previous output; the result must be exactly what a full build
 * makes.
 */
import { describe, expect, it } from 'vitest'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cli, tree } from './helpers.ts'
import { build } from '../../src/build/index.ts'
import type { CacheEntry } from '../../src/build/cache.ts'

const EXTRA = `---
title: Harbour reopens after storm
source: Coast Daily
date: 2021-06-01
---

"We are open again," the harbour master, Lena Ott, said on Tuesday.

Ott said the fishing fleet would return by the weekend.
`

const TRAM_A = `---
title: Mayor backs new tram line
source: City Herald
date: 2021-03-02
---

"The tram will connect every district of the city by 2025," Mayor Ana Lind said on Monday.

Lind said the council would vote on the budget in April.
`

const TRAM_B = `---
title: Council to vote on tram budget
source: Metro Post
date: 2021-03-03
---

Mayor Ana Lind said on Monday that "the tram will connect every district of the city by 2025."

Lind added that the budget vote would be held in April, according to the council.
`

const TRAM_C = `---
title: Tram plan wins council support
source: Evening Courier
date: 2021-03-04
---

"The tram will connect every district of the city by 2025," Mayor Ana Lind told reporters on Monday.

Lind said the council's budget vote would take place in April.
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

  it('renders again pages of unchanged articles that gain comparisons with new ones', async () => {
    await inTemp(async () => {
      await writeFile('content/tram-a.md', TRAM_A)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const before = await readFile('site/articles/tram-a/index.html', 'utf8')
      expect(before).not.toMatch(/Compare with/)

      // The same words reported by another outlet: the first article's record is the same, its page is not.
      await writeFile('content/tram-b.md', TRAM_B)
      const second = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(second.stderr).toMatch(/\d+ unchanged\)/)
      expect(await readFile('site/articles/tram-a/index.html', 'utf8')).toMatch(/Compare with “Council to vote on tram budget”/)
      expect((await cli('build', '--content', 'content', '--out', 'full', '--no-search', '--no-cache')).code).toBe(0)
      expect(await tree('site')).toEqual(await tree('full'))

      // A third report: the comparison of the first two, made from the same records, now lists it.
      const pair = 'site/compare/tram-a-vs-tram-b/index.html'
      expect(await readFile(pair, 'utf8')).not.toMatch(/Also compared with/)
      await writeFile('content/tram-c.md', TRAM_C)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).stderr).toMatch(/\d+ unchanged\)/)
      expect(await readFile(pair, 'utf8')).toMatch(/Also compared with A \(City Herald\)/)
      expect((await cli('build', '--content', 'content', '--out', 'full', '--no-search', '--no-cache')).code).toBe(0)
      expect(await tree('site')).toEqual(await tree('full'))
    })
  })

  it('updates the output in place: dropped pages and their folders go, the rest matches a full build', async () => {
    await inTemp(async () => {
      await writeFile('content/harbour.md', EXTRA)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const home = await stat('site/index.html')
      const folder = await stat('site')
      const kept = (await readdir('site/articles')).find((name) => name !== 'harbour' && !name.includes('.'))!
      const keptPage = await stat(`site/articles/${kept}/index.html`)
      expect(await readdir('site/articles')).toContain('harbour')

      await rm('content/harbour.md')
      const second = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(second.code).toBe(0)
      expect(second.stderr).toMatch(/\d+ unchanged\)/)
      // Same folder, same file for an unchanged page: nothing was swapped or copied.
      expect((await stat('site')).ino).toBe(folder.ino)
      expect((await stat(`site/articles/${kept}/index.html`)).ino).toBe(keptPage.ino)
      // The home page counts articles, so it was rendered again and moved in.
      expect((await stat('site/index.html')).ino).not.toBe(home.ino)
      expect(await readdir('site/articles')).not.toContain('harbour')

      expect((await cli('build', '--content', 'content', '--out', 'full', '--no-search', '--no-cache')).code).toBe(0)
      expect(await tree('site')).toEqual(await tree('full'))
      // Nothing is left beside the output once the background deletion is done.
      for (let i = 0; i < 100 && (await readdir('.')).some((n) => n.startsWith('.site-')); i++) await new Promise((r) => setTimeout(r, 100))
      expect((await readdir('.')).filter((n) => n.startsWith('.site-'))).toEqual([])
    })
  })

  it('takes records kept in memory by an earlier build (as serve does) and still exports every record', async () => {
    await inTemp(async () => {
      const memory = new Map<string, CacheEntry>()
      const options = { content: ['content'], outDir: 'site', cacheDir: '.cache/extract', quiet: true, search: false, memory }
      expect((await build(options)).ok).toBe(true)
      expect(memory.size).toBe((await readdir('content')).length)

      // With the cache gone, only the new article is extracted (and stored): the rest come from memory.
      await rm('.cache/extract', { recursive: true })
      await writeFile('content/harbour.md', EXTRA)
      expect((await build(options)).ok).toBe(true)
      const stored = (await readdir('.cache/extract', { recursive: true })).filter((f) => String(f).endsWith('.json'))
      expect(stored).toHaveLength(1)
      expect(memory.size).toBe((await readdir('content')).length)

      expect((await cli('build', '--content', 'content', '--out', 'full', '--no-search', '--no-cache')).code).toBe(0)
      expect(await tree('site')).toEqual(await tree('full'))
    })
  })

  it('updates the search index of an output updated in place', async () => {
    await inTemp(async () => {
      expect((await cli('build', '--content', 'content', '--out', 'site')).code).toBe(0)
      await writeFile('content/harbour.md', EXTRA)
      const second = await cli('build', '--content', 'content', '--out', 'site')
      expect(second.code).toBe(0)
      expect(second.stderr).toMatch(/\d+ unchanged\)/)
      expect((await cli('build', '--content', 'content', '--out', 'full', '--no-cache')).code).toBe(0)
      const index = await tree('site')
      expect(Object.keys(index).some((f) => f.startsWith('pagefind/'))).toBe(true)
      expect(index).toEqual(await tree('full'))

      // Without search, the index of the earlier build would no longer fit: it goes.
      await rm('content/harbour.md')
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      expect(await readdir('site')).not.toContain('pagefind')
    })
  })

  it('renders again a page deleted by hand from an output updated in place', async () => {
    await inTemp(async () => {
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const page = `site/articles/${(await readdir('site/articles')).find((name) => !name.includes('.'))!}/index.html`
      const before = await tree('site')
      await rm(page)
      await writeFile('content/harbour.md', EXTRA)
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      expect((await tree('site'))[page.slice('site/'.length)]).toBe(before[page.slice('site/'.length)])
    })
  })

  it('deletes nothing outside the output, whatever the recorded state names', async () => {
    await inTemp(async () => {
      expect((await cli('build', '--content', 'content', '--out', 'site', '--no-search')).code).toBe(0)
      const [manifest] = await readdir('.cache/builds')
      const file = path.join('.cache/builds', manifest!)
      const recorded = JSON.parse(await readFile(file, 'utf8'))
      recorded.site.pages['../victim/index.html'] = 'x'
      await writeFile(file, JSON.stringify(recorded))
      await mkdir('victim')
      await writeFile('victim/index.html', 'keep me')
      await writeFile('content/harbour.md', EXTRA)
      const second = await cli('build', '--content', 'content', '--out', 'site', '--no-search')
      expect(second.code).toBe(0)
      expect(second.stderr).toMatch(/\d+ unchanged\)/)
      expect(await readFile('victim/index.html', 'utf8')).toBe('keep me')
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
      expect(await readdir('site/articles')).not.toContain('harbour')
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

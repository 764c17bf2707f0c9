import { describe, expect, it, beforeAll } from 'vitest'
import { mkdtemp, writeFile, readFile, readdir, mkdir, cp } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { cli } from './helpers.ts'

const seeds = path.resolve('seeds')

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const full = path.join(entry.parentPath, entry.name)
    out.set(path.relative(dir, full), createHash('sha256').update(await readFile(full)).digest('hex'))
  }
  return out
}

describe('newscompare build', () => {
  let tmp: string
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'nc-build-'))
  })

  it('builds the seeds into a site with a page per article and the exports', async () => {
    const out = path.join(tmp, 'site')
    const { code, stderr } = await cli('build', '--content', seeds, '--out', out, '--no-cache', '--no-search', '--quiet')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const files = await tree(out)
    expect(files.has('index.html')).toBe(true)
    const records = JSON.parse(await readFile(path.join(out, 'records.json'), 'utf8'))
    expect(records).toHaveLength(2)
    const corpus = JSON.parse(await readFile(path.join(out, 'data/corpus.json'), 'utf8'))
    expect(corpus.articles.map((a: { id: string }) => a.id).sort()).toEqual(records.map((r: { id: string }) => r.id).sort())
  })

  it('reports bad inputs with file:line:column and still builds every other article', async () => {
    const content = path.join(tmp, 'mixed')
    await mkdir(content)
    await cp(seeds, content, { recursive: true })
    await writeFile(path.join(content, 'empty.txt'), '')
    await writeFile(path.join(content, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))
    await writeFile(path.join(content, 'broken.md'), '---\ntitle: [unclosed\n---\nBody text.\n')
    await writeFile(path.join(content, 'notes.docx'), 'not an article')
    const out = path.join(tmp, 'mixed-site')
    const { code, stderr } = await cli('build', '--content', content, '--out', out, '--no-cache', '--no-search', '--quiet')
    expect(code).toBe(1)
    for (const name of ['empty.txt', 'binary.txt', 'broken.md', 'notes.docx']) {
      expect(stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+: (error|warning) `))
    }
    expect(stderr).toMatch(/\d+ errors?, \d+ warnings?/)
    const records = JSON.parse(await readFile(path.join(out, 'records.json'), 'utf8'))
    expect(records).toHaveLength(2)
  })

  it('leaves the previous site untouched when a build fails', async () => {
    const out = path.join(tmp, 'kept')
    expect((await cli('build', '--content', seeds, '--out', out, '--no-cache', '--no-search', '--quiet')).code).toBe(0)
    const before = await tree(out)

    const noisy = path.join(tmp, 'noisy')
    await mkdir(noisy)
    await cp(seeds, noisy, { recursive: true })
    await writeFile(path.join(noisy, 'empty.txt'), '')
    const strict = await cli('build', '--content', noisy, '--out', out, '--no-cache', '--no-search', '--quiet', '--strict')
    expect(strict.code).toBe(2)
    expect(strict.stderr).toContain('previous site is left as it was')

    const emptyDir = path.join(tmp, 'nothing')
    await mkdir(emptyDir)
    expect((await cli('build', '--content', emptyDir, '--out', out, '--no-cache', '--no-search', '--quiet')).code).toBe(2)

    expect(await tree(out)).toEqual(before)
    expect((await readdir(tmp)).filter((n) => n.includes('-tmp-'))).toEqual([])
    // The replaced site is deleted by a detached process, soon after the build returns.
    for (let i = 0; i < 100 && (await readdir(tmp)).some((n) => n.includes('-old-')); i++) await new Promise((r) => setTimeout(r, 100))
    expect((await readdir(tmp)).filter((n) => n.includes('-old-'))).toEqual([])
  })

  it('replaces the previous site and deletes it, with any old site a stopped deletion left behind', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'nc-replace-'))
    const out = path.join(parent, 'site')
    expect((await cli('build', '--content', seeds, '--out', out, '--no-cache', '--no-search', '--quiet')).code).toBe(0)
    const stale = path.join(parent, '.site-old-0badf00d')
    await mkdir(path.join(stale, 'articles'), { recursive: true })
    await writeFile(path.join(stale, 'articles', 'index.html'), '<p>left over</p>')
    // A folder of the user's that only looks similar is not ours to delete.
    await mkdir(path.join(parent, '.site-old-notes'))
    await writeFile(path.join(out, 'stray.html'), '<p>not built</p>')
    expect((await cli('build', '--content', seeds, '--out', out, '--no-cache', '--no-search', '--quiet')).code).toBe(0)
    expect((await readdir(out)).includes('stray.html')).toBe(false)
    const leftovers = async () => (await readdir(parent)).filter((n) => n !== 'site' && n !== '.site-old-notes')
    for (let i = 0; i < 100 && (await leftovers()).length > 0; i++) await new Promise((r) => setTimeout(r, 100))
    expect(await leftovers()).toEqual([])
    expect(await readdir(parent)).toContain('.site-old-notes')
  })

  it('writes the same records.json from the cache as without it, renamed duplicate ids included', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-records-'))
    // The same file names in two folders: the second copies are published under new ids.
    await cp(seeds, path.join(root, 'one'), { recursive: true })
    await cp(seeds, path.join(root, 'two'), { recursive: true })
    const cwd = process.cwd()
    process.chdir(root)
    try {
      const run = (out: string, ...extra: string[]) => cli('build', '--content', 'one', 'two', '--out', out, '--no-search', '--quiet', ...extra)
      expect((await run('plain', '--no-cache')).code).toBe(0)
      expect((await run('cold')).code).toBe(0)
      expect((await run('warm', '--base', '/warm/')).code).toBe(0)
      const plain = await readFile('plain/records.json', 'utf8')
      expect(new Set(JSON.parse(plain).map((r: { id: string }) => r.id)).size).toBe(4)
      expect(await readFile('cold/records.json', 'utf8')).toBe(plain)
      expect(await readFile('warm/records.json', 'utf8')).toBe(plain)
    } finally {
      process.chdir(cwd)
    }
  })

  it('recomputes a corrupt cache entry instead of trusting it', async () => {
    const cacheRoot = await mkdtemp(path.join(os.tmpdir(), 'nc-cache-'))
    const cwd = process.cwd()
    const content = path.join(cacheRoot, 'content')
    await cp(seeds, content, { recursive: true })
    process.chdir(cacheRoot)
    try {
      expect((await cli('build', '--content', 'content', '--out', 'a', '--no-search', '--quiet')).code).toBe(0)
      const entries = (await readdir('.cache/extract', { recursive: true })).filter((n) => n.endsWith('.json'))
      expect(entries).toHaveLength(2)
      for (const entry of entries) await writeFile(path.join('.cache/extract', entry), '{"record": {"id": 5}, "messages": [')
      expect((await cli('build', '--content', 'content', '--out', 'b', '--no-search', '--quiet')).code).toBe(0)
      expect(await readFile('b/records.json', 'utf8')).toBe(await readFile('a/records.json', 'utf8'))

      // Same inputs again: nothing is redone and the site stays as it was.
      const again = await cli('build', '--content', 'content', '--out', 'b', '--no-search')
      expect(again.code).toBe(0)
      expect(again.stderr).toMatch(/up to date: 2 articles/)

      // A changed article is rebuilt.
      await writeFile('content/extra.md', '---\ntitle: Harbour reopens\nsource: Coast Daily\ndate: 2021-06-01\n---\n\n"We are open again," the harbour master, Lena Ott, said on Tuesday.\n')
      const changed = await cli('build', '--content', 'content', '--out', 'b', '--no-search')
      expect(changed.stderr).toMatch(/built 3 articles/)
      expect(JSON.parse(await readFile('b/records.json', 'utf8'))).toHaveLength(3)
    } finally {
      process.chdir(cwd)
    }
  })

  it('still builds when the cache folder cannot be written', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-nocache-'))
    const cwd = process.cwd()
    await writeFile(path.join(root, '.cache'), 'a file where the cache folder would go')
    process.chdir(root)
    try {
      const { code } = await cli('build', '--content', seeds, '--out', 'site', '--no-search', '--quiet')
      expect(code).toBe(0)
      expect(JSON.parse(await readFile('site/records.json', 'utf8'))).toHaveLength(2)
    } finally {
      process.chdir(cwd)
    }
  })
})

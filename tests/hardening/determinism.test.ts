/** Two builds of the same input give byte-identical sites (SOURCE_DATE_EPOCH fixes the build date). */
import { describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../cli/helpers.ts'

async function digest(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  for (const e of entries.filter((e) => e.isFile()).sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const full = path.join(e.parentPath, e.name)
    out[path.relative(dir, full)] = createHash('sha256').update(await readFile(full)).digest('hex')
  }
  return out
}

describe('deterministic builds', () => {
  it('builds the same bytes twice, search index included', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-det-'))
    const saved = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = '1700000000'
    try {
      for (const name of ['one', 'two']) {
        const { code } = await cli('build', '--content', 'seeds', '--out', path.join(root, name), '--no-cache', '--quiet')
        expect(code).toBe(0)
      }
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = saved
    }
    const one = await digest(path.join(root, 'one'))
    const two = await digest(path.join(root, 'two'))
    expect(Object.keys(one).length).toBeGreaterThan(20)
    expect(two).toEqual(one)
    const home = await readFile(path.join(root, 'one', 'index.html'), 'utf8')
    expect(home).toContain('2023')
  })
})

/**
 * Hostile articles built into a real site: no page may contain markup that
 * executes, whatever the titles, quotes, front matter and links said.
 */
import { describe, expect, it, beforeAll } from 'vitest'
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { cli } from '../cli/helpers.ts'
import { executableInjections, htmlPages, readPage } from './pages.ts'

const bad = path.resolve('tests/fixtures/bad')

async function buildHostile(base: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'nc-xss-'))
  const content = path.join(root, 'content')
  await mkdir(content)
  await cp(bad, content, { recursive: true })
  await cp(path.resolve('seeds'), path.join(content, 'seeds'), { recursive: true })
  // Deeply nested markup: Readability is quadratic in depth, so the build must take another way.
  await writeFile(path.join(content, 'deep.html'), `<html><body><article>${'<div>'.repeat(5000)}<p>"Deep words," the engineer, Ola Berg, said on Monday about the nesting.</p>${'</div>'.repeat(5000)}</article></body></html>`)
  const out = path.join(root, 'site')
  const result = await cli('build', '--content', content, '--out', out, '--no-cache', '--base', base, '--quiet')
  // Some hostile files are rejected on purpose (binary, billion laughs): exit 1, not a crash.
  expect([0, 1]).toContain(result.code)
  return out
}

describe('a 2 MB single line', () => {
  it('is extracted in linear time with every span exact', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'nc-long-'))
    const file = path.join(root, 'long-line.txt')
    await writeFile(file, `Long line\n\n${'The committee said the plan would work. '.repeat(52_000)}\n`)
    const { code, stdout } = await cli('extract', '--json', file)
    expect(code).toBe(0)
    const record = JSON.parse(stdout)
    expect(record.text.length).toBeGreaterThan(2_000_000)
    expect(record.quotes.length).toBeGreaterThan(1000)
    for (const q of record.quotes) expect(record.text.slice(q.start, q.end)).toBe(q.text)
  })
})

describe('hostile input never reaches the site as executable markup', () => {
  let out: string
  beforeAll(async () => {
    out = await buildHostile('/')
  })

  it('has no injected script, handler, frame or dangerous URL on any page', async () => {
    const pages = await htmlPages(out)
    expect(pages.length).toBeGreaterThan(20)
    const problems: string[] = []
    for (const page of pages) {
      for (const p of executableInjections(await readPage(page))) problems.push(`${path.relative(out, page)}: ${p}`)
    }
    expect(problems).toEqual([])
  })

  it('shows the hostile strings as text', async () => {
    const pages = await Promise.all((await htmlPages(out)).map(readPage))
    const all = pages.join('\n')
    expect(all).toContain('&lt;script&gt;alert(')
    expect(all).not.toMatch(/<script>alert\(/)
  })

  it('stays safe when built under a sub-path', async () => {
    const sub = await buildHostile('/news/site/')
    const problems: string[] = []
    for (const page of await htmlPages(sub)) problems.push(...executableInjections(await readPage(page), '/news/site/'))
    expect(problems).toEqual([])
  })
})

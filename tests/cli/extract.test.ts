import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { readdir } from 'node:fs/promises'
import { cli } from './helpers.ts'

const seedFiles = async () => (await readdir('seeds')).filter((n) => n.endsWith('.txt')).map((n) => path.join('seeds', n))

describe('newscompare extract --json', () => {
  it('prints one record per file with the public fields, every span exact', async () => {
    const files = await seedFiles()
    const { code, stdout } = await cli('extract', '--json', ...files)
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines).toHaveLength(files.length)
    for (const line of lines) {
      const r = JSON.parse(line)
      for (const key of ['text', 'title', 'source', 'date', 'language', 'paragraphs', 'removed', 'people', 'quotes', 'claims']) {
        expect(r).toHaveProperty(key)
      }
      expect(r.source).toHaveProperty('name')
      expect(Object.keys(r.date)).toEqual(expect.arrayContaining(['value', 'basis', 'confidence', 'evidence']))
      const text: string = r.text
      for (const p of r.paragraphs) expect(p.end).toBeGreaterThan(p.start)
      for (const q of r.quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text)
        if (q.speaker) expect(q.speaker.end).toBeGreaterThan(q.speaker.start)
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text)
      }
      for (const c of r.claims) expect(text.slice(c.start, c.end)).toBe(c.text)
      for (const p of r.people) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text)
    }
  })

  it('exits 1 and names the file when an input cannot be read as an article', async () => {
    const { code, stderr } = await cli('extract', '--json', 'tests/fixtures/cli/does-not-exist.txt')
    expect(code).not.toBe(0)
    expect(stderr).toContain('does-not-exist.txt')
  })
})

describe('newscompare link --json', () => {
  it('prints the linked corpus with the public fields', async () => {
    const { code, stdout } = await cli('link', '--json', ...(await seedFiles()))
    expect(code).toBe(0)
    const corpus = JSON.parse(stdout)
    for (const key of ['articles', 'people', 'organizations', 'topics', 'stories', 'families', 'alignments']) {
      expect(Array.isArray(corpus[key])).toBe(true)
    }
    expect(corpus.articles).toHaveLength(2)
  })
})

describe('newscompare usage', () => {
  it('exits 64 on an unknown command', async () => {
    expect((await cli('frobnicate')).code).toBe(64)
  })
})

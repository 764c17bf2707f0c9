import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ingest } from '../../src/ingest/index.ts'
import { findDuplicates, bodyFingerprint } from '../../src/ingest/duplicates.ts'
import type { Article } from '../../src/model.ts'

const read = (p: string, as = p) => ingest(as, readFileSync(p)).article!

describe('findDuplicates', () => {
  const seedA = read('tests/fixtures/seeds/000_c9e9bc13044556f0.txt')
  const seedB = read('tests/fixtures/seeds/004_c8e0d2c88baac2ad.txt')
  const wireA = read('tests/fixtures/ingest/wire-a.txt')
  const wireB = read('tests/fixtures/ingest/wire-b.txt')

  it('the same body saved twice (other file name, other line endings) is an exact duplicate', () => {
    const crlf = ingest('copy.txt', new TextEncoder().encode(readFileSync('tests/fixtures/seeds/004_c8e0d2c88baac2ad.txt', 'utf8').replace(/\n/g, '\r\n'))).article!
    expect(bodyFingerprint(crlf)).toBe(bodyFingerprint(seedB))
    const r = findDuplicates([seedA, seedB, crlf])
    expect(r.duplicates).toEqual([{ id: 'copy', of: '004-c8e0d2c88baac2ad' }])
    expect(r.near).toEqual([])
  })

  it('a wire story republished with a new headline and a changed sentence is a near duplicate', () => {
    const r = findDuplicates([wireA, seedA, wireB, seedB])
    expect(r.duplicates).toEqual([])
    expect(r.near).toHaveLength(1)
    expect(r.near[0]).toMatchObject({ a: 'wire-a', b: 'wire-b' })
    expect(r.near[0].similarity).toBeGreaterThan(0.5)
    expect(r.near[0].similarity).toBeLessThan(1)
  })

  it('different stories on the same topic are not near duplicates', () => {
    expect(findDuplicates([seedA, seedB]).near).toEqual([])
  })

  it('articles without a body are skipped', () => {
    const empty = read('tests/fixtures/ingest/only-boilerplate.txt')
    expect(findDuplicates([empty, { ...empty, id: 'other' } as Article])).toEqual({ duplicates: [], near: [] })
  })

  it('scales to thousands of articles without comparing all pairs', () => {
    const words = 'river bridge council budget storm school hospital market train election court police farm energy water music'.split(' ')
    let seed = 7
    const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const articles: Article[] = Array.from({ length: 3000 }, (_, i) => {
      const text = Array.from({ length: 300 }, () => words[Math.floor(rand() * words.length)]).join(' ') + '.'
      return { ...seedA, id: `a${i}`, text, paragraphs: [{ start: 0, end: text.length }] }
    })
    const t0 = performance.now()
    const r = findDuplicates(articles)
    expect(performance.now() - t0).toBeLessThan(20_000)
    expect(r.duplicates).toEqual([])
    expect(r.near).toEqual([])
  })
})

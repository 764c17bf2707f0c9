import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { link } from '../../src/link/index.ts'
import { Corpus, type ArticleRecord } from '../../src/model.ts'
import { corpus } from '../fixtures/link/corpus.ts'

const ids = (r: ArticleRecord) => new Set([...r.quotes.map((q) => q.id), ...r.claims.map((c) => c.id)])

describe('link: properties over any subset and order of the fixtures', () => {
  const subsets = fc.shuffledSubarray(corpus).chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length })))

  it('is deterministic, valid, and every id it gives points into its article', () => {
    fc.assert(
      fc.property(subsets, ([subset, shuffled]) => {
        const c = link(shuffled)
        expect(c).toEqual(link(subset))
        expect(() => Corpus.parse(c)).not.toThrow()
        const byId = new Map(subset.map((r) => [r.id, r]))
        for (const al of c.alignments) {
          const a = byId.get(al.a)!
          const b = byId.get(al.b)!
          const left = [...al.rows.flatMap((r) => r.a), ...al.onlyA]
          const right = [...al.rows.flatMap((r) => r.b), ...al.onlyB]
          // Each side's statements are listed exactly once, in a row or as "only".
          expect(new Set(left).size).toBe(left.length)
          expect(new Set(right).size).toBe(right.length)
          for (const id of left) expect(ids(a).has(id)).toBe(true)
          for (const id of right) expect(ids(b).has(id)).toBe(true)
          for (const row of al.rows) expect(row.a.length > 0 && row.b.length > 0).toBe(true)
        }
        for (const f of c.families) {
          expect(new Set(f.members.map((m) => m.article)).size).toBeGreaterThanOrEqual(2)
          for (const m of f.members) expect(ids(byId.get(m.article)!).has(m.quote)).toBe(true)
        }
        const people = c.people.flatMap((p) => Object.entries(p.local).flatMap(([a, l]) => l.map((x) => `${a}#${x}`)))
        expect(people.sort()).toEqual(subset.flatMap((r) => r.people.map((p) => `${r.id}#${p.id}`)).sort())
      }),
      { numRuns: 40 },
    )
  })
})

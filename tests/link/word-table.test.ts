import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WordTable } from '../../src/link/word-table.ts'

const fold = (w: string) => w.toLowerCase().replace(/[’‘]/g, "'")

describe('WordTable', () => {
  it('agrees with a Map of lower-cased folded words, through growth, for tokens read inside a text', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z’‘'éÉ]{1,6}$/), { minLength: 1, maxLength: 3000 }), (words) => {
        const table = new WordTable(1_000_000)
        const map = new Map<string, number>()
        const text = ` ${words.join(' ')} `
        let at = 1
        words.forEach((w, i) => {
          const key = fold(w)
          expect(table.get(text, at, at + w.length)).toBe(map.get(key))
          if (!map.has(key)) {
            map.set(key, i)
            table.add(key, i)
          }
          expect(table.get(text, at, at + w.length)).toBe(map.get(key))
          at += w.length + 1
        })
      }),
      { numRuns: 60 },
    )
  })

  it('keeps at most its limit of words', () => {
    const table = new WordTable(2)
    for (const [i, w] of ['one', 'two', 'three'].entries()) table.add(w, i)
    expect([table.get('one', 0, 3), table.get('two', 0, 3), table.get('three', 0, 5)]).toEqual([0, 1, undefined])
  })
})

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { allMatches } from '../../src/knowledge/regex.ts'

const pieces = fc.constantFrom('a', 'B', '1', ' ', '.', 'é', '😀', '\ud83d', 'ab', 'x1', '--')
const patterns = [/[a-z]+/g, /\d*/g, /(?:)/gu, /\p{L}*/gu, /(B)?a/g, /\b\w/g]

describe('allMatches', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((a) => a.join('')), fc.constantFrom(...patterns), (s, re) => {
        const expected = [...s.matchAll(re)].map((m) => [m.index, ...m])
        expect(allMatches(re, s).map((m) => [m.index, ...m])).toEqual(expected)
        expect(re.lastIndex).toBe(0)
      }),
      { numRuns: 1000 },
    )
  })

  it('refuses a regex without the g flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError)
  })
})

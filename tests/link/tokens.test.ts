import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hashToken, scan, tokenWord, words } from '../../src/link/tokens.ts'

/** The definition the scanner replaces: fold curly apostrophes, then match the word pattern. */
const WORD = /[a-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+(?:'[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+)*/g
const byPattern = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? []

// Letters, digits, apostrophes and the code units on each side of every range boundary.
const UNITS = [
  'a', 'z', 'Q', '0', '9', ' ', '-', '.', "'", '’', '‘', '`',
  '\u00BF', '\u00C0', '\u00D6', '\u00D7', '\u00D8', '\u00F6', '\u00F7', '\u00F8', '\u1FFF', '\u2000', '\u2BFF', '\u2C00',
  '\uD7FF', '\uD800', '\uDC00', '\uFFFF', '\u0130', '\u212A', 'é', 'Ж', '中',
  // Upper case read as lower: ASCII, Latin-1, Cyrillic, final sigma (Σ), Ohm (a symbol whose lower case is a letter).
  'A', 'Z', 'É', 'Ж', 'Σ', 'Α', '\u2126', '\u1E9E',
]

describe('words', () => {
  it('reads the same tokens as the word pattern', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), (units) => {
        const text = units.join('')
        expect(words(text)).toEqual(byPattern(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('joins apostrophes only before a letter', () => {
    expect(words("Rock’n’roll isn't 90's '90s don'")).toEqual(["rock'n'roll", "isn't", "90's", '90s', 'don'])
  })

  it('reads blanked spans as spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...UNITS), { maxLength: 40 }), fc.array(fc.nat(40), { maxLength: 6 }), (units, cuts) => {
        const text = units.join('')
        // Sorted spans from the cut points, taken in pairs: disjoint, possibly touching or empty (an empty blank splits a word).
        const points = cuts.map((c) => Math.min(c, text.length)).sort((a, b) => a - b)
        const blanks: { start: number; end: number }[] = []
        for (let k = 0; k + 1 < points.length; k += 2) blanks.push({ start: points[k]!, end: points[k + 1]! })
        let cut = ''
        let at = 0
        for (const b of blanks) {
          cut += text.slice(at, b.start) + ' '
          at = b.end
        }
        cut += text.slice(at)
        const s = scan(text, blanks)
        const got: string[] = []
        const hashes: number[] = []
        for (let k = 0; k < s.count; k++) {
          got.push(tokenWord(text, s.start[k]!, s.end[k]!))
          hashes.push(s.hash[k]!)
        }
        // İ and Σ are flagged for a reading of the whole text lower-cased (see words()).
        expect(s.special).toBe(/[\u0130\u03A3]/.test(cut))
        if (s.special) return
        expect(got).toEqual(byPattern(cut))
        expect(hashes).toEqual(got.map((w) => hashToken(w, 0, w.length)))
      }),
      { numRuns: 5000 },
    )
  })
})

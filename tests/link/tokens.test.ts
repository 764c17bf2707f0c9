import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { words } from '../../src/link/tokens.ts'

/** The definition the scanner replaces: fold curly apostrophes, then match the word pattern. */
const WORD = /[a-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+(?:'[a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\uD7FF]+)*/g
const byPattern = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").match(WORD) ?? []

// Letters, digits, apostrophes and the code units on each side of every range boundary.
const UNITS = [
  'a', 'z', 'Q', '0', '9', ' ', '-', '.', "'", '’', '‘', '`',
  '\u00BF', '\u00C0', '\u00D6', '\u00D7', '\u00D8', '\u00F6', '\u00F7', '\u00F8', '\u1FFF', '\u2000', '\u2BFF', '\u2C00',
  '\uD7FF', '\uD800', '\uDC00', '\uFFFF', '\u0130', '\u212A', 'é', 'Ж', '中',
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
})

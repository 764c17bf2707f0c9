/** Letters that fold like ASCII under Unicode case-insensitive matching must not break topic lookup. */
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'

describe('extract() on unusual letters', () => {
  it('a long s or a Kelvin sign in a topic word gives no topic, not a crash', () => {
    const text = [
      'The foreign minister said on Monday that the new ſanctions against the regime were fully justified.',
      '“These meaſures are a response to the attack on the 212aILN facility,” he told reporters in the capital.',
      'Officials said the talks would resume next week despite the dispute over the ſanctions.',
    ].join('\n\n')
    const r = extract(text, { file: 'longs.txt' })
    expect(r.extractionSupported).toBe(true)
    expect(r.quotes.length).toBeGreaterThan(0)
    for (const c of r.claims) expect(c.topics.every((t) => !/sanction/.test(t.id))).toBe(true)
  })
})

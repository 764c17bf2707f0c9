import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ingest } from '../../src/ingest/index.ts'
import { letterOrDigitCount, normalise } from '../../src/ingest/lines.ts'

const tricky = fc.constantFrom(
  'a', 'Z', '0', ' ', "'", '’', '-', '.', 'é', 'İ', 'ß', 'Σ', 'ς', 'Ж', '٣', '½', '\u0301', '\u00a0', '中', '𝐀', '😀', '\ud835', 'ǅ',
)

describe('a paragraph printed twice in the body', () => {
  it('is kept once, whatever its spacing, case and punctuation the second time', () => {
    const para = 'The council approved the budget on Monday after a long debate about schools, roads and the harbour.'
    const text = [
      'Budget approved - City News',
      'Budget approved',
      para,
      'Councillors from both groups said the compromise on school repairs had made the difference in the end.',
      'The council approved the budget on Monday — after a long debate about schools,  roads and the Harbour!',
      'The vote was 31 to 12, with two abstentions, and the budget takes effect at the start of next month.',
    ].join('\n\n')
    const { article } = ingest('p.txt', new TextEncoder().encode(text))
    const repeated = article!.removed.filter((r) => r.reason === 'repeated-block')
    expect(repeated.map((r) => article!.text.slice(r.start, r.end))).toEqual([text.split('\n\n')[4]])
    expect(article!.paragraphs.map((p) => article!.text.slice(p.start, p.end))).toContain(para)
  })

  it('the letter count used to find candidates is that of the normalised text', () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 40 }).map((a) => a.join('')), (s) => {
        expect(letterOrDigitCount(s)).toBe([...normalise(s).replace(/ /g, '')].length)
      }),
      { numRuns: 2000 },
    )
  })
})

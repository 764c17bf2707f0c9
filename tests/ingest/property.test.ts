import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { ingest } from '../../src/ingest/index.ts'
import { Article } from '../../src/model.ts'

/** Text made of the pieces pages are made of: words, punctuation, quotes, newlines, CRLF, no-break spaces, markup. */
const piece = fc.constantFrom(
  'The', 'minister', 'said', 'on', 'Wednesday', 'November 9', '2022', 'President Joe Biden', ',', '.', '!', '?', '“', '”', '"', "'",
  '\n', '\n\n', '\r\n', '\u00a0', ' ', '  ', '#', '- ', '> ', '---\n', 'title: x\n', '<p>', '</p>', '<script>alert(1)</script>',
  '&amp;', 'Share', 'Add comment', 'Новости', '©', '/', '|', 'TASS reports', '\t',
)
const doc = fc.array(piece, { maxLength: 300 }).map((a) => a.join(''))

describe('any text in, a valid article or a message out', () => {
  for (const ext of ['txt', 'md', 'html']) {
    it(`.${ext}: never throws; spans are exact and ordered`, () => {
      fc.assert(
        fc.property(doc, (s) => {
          const r = ingest(`f.${ext}`, new TextEncoder().encode(s))
          if (!r.article) {
            expect(r.messages.some((m) => m.severity === 'error')).toBe(true)
            return
          }
          const a = Article.parse(r.article)
          let last = -1
          for (const p of a.paragraphs) {
            expect(p.start).toBeGreaterThanOrEqual(last)
            expect(p.end).toBeLessThanOrEqual(a.text.length)
            expect(a.text.slice(p.start, p.end).trim()).toBe(a.text.slice(p.start, p.end))
            last = p.end
          }
          if (a.title.start !== null) expect(a.text.slice(a.title.start, a.title.end!)).toBe(a.title.value)
          if (ext === 'txt') expect(a.text).toBe(s.replace(/^\ufeff/, ''))
          if (ext === 'html') expect(a.text).not.toMatch(/alert\(1\)/)
        }),
        { numRuns: 150 },
      )
    })
  }

  it('arbitrary bytes never throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('txt', 'md', 'html'), (bytes, ext) => {
        const r = ingest(`b.${ext}`, bytes)
        expect(r.article !== null || r.messages.length > 0).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { ingest } from '../../src/ingest/index.ts'
import { extract } from '../../src/extract/index.ts'

// Page text of a wire story as a browser saves it: a skip link and menus above, a byline, a
// date glued to its time ("March 12, 20245:43 PM GMT"), credits and a footer below.
const file = 'tests/fixtures/ingest/wire-page.txt'
const { article } = ingest(file, readFileSync(file))

describe('a wire story saved from a browser', () => {
  it('takes the headline, not the skip link on the first line', () => {
    expect(article!.title.value).toBe('Germany says it will not send long-range missiles, for now')
  })

  it('reads the printed date although its time is glued to the year', () => {
    expect(article!.date.value).toBe('2024-03-12')
  })

  it('keeps the dateline out of what was said, and the dateline city out of the organisations', () => {
    const record = extract(article!)
    const first = record.quotes[0]!
    expect(first.text.startsWith('Germany will not supply long-range cruise missiles')).toBe(true)
    expect(first.speaker?.name).toBe('Olaf Brandt')
    expect(record.text.slice(first.start, first.end)).toBe(first.text)
    expect(record.organizations.map((o) => o.name)).not.toContain('BERLIN')
  })
})

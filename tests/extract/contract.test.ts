/** The public contract of extract(): input forms, language gate, spans and ids. */
import { describe, expect, it } from 'vitest'
import { extract, EXTRACTOR_VERSION } from '../../src/extract/index.ts'
import { articleFromText } from '../../src/ingest/index.ts'

const TEXT = [
  'Senator Jane Holloway said on Tuesday that the bill would not pass the Senate this year.',
  '“We simply do not have the votes,” she told reporters. "Maybe next year."',
  'The measure was called a “tax grab” by opponents.',
].join('\n\n')

describe('extract()', () => {
  it('accepts a string and an article alike, deterministically', () => {
    const a = extract(TEXT, { file: 'a.txt' })
    const b = extract(articleFromText(TEXT, 'a.txt'))
    expect(a).toEqual(b)
    expect(a.extractorVersion).toBe(EXTRACTOR_VERSION)
    expect(a.extractionSupported).toBe(true)
  })

  it('returns empty findings for a language it does not support', () => {
    const german = 'Die Regierung hat am Dienstag erklärt, dass die Gespräche fortgesetzt werden. „Wir werden nicht aufgeben“, sagte der Minister.'
    const article = { ...articleFromText(german, 'b.txt'), language: 'de' }
    const r = extract(article)
    expect(r.extractionSupported).toBe(false)
    expect(r.quotes).toEqual([])
    expect(r.people).toEqual([])
    expect(r.claims).toEqual([])
  })

  it('still reads a body that is plainly English under a wrong language guess', () => {
    const r = extract({ ...articleFromText(TEXT, 'e.txt'), language: 'fr' })
    expect(r.extractionSupported).toBe(true)
    expect(r.quotes.length).toBe(3)
  })

  it('finds indirect, direct and continued quotes with the speaker and cue', () => {
    const r = extract(TEXT, { file: 'c.txt' })
    const kinds = r.quotes.map((q) => [q.kind, q.text, q.speaker?.name, q.cue?.text ?? null])
    expect(kinds).toEqual([
      ['indirect', 'the bill would not pass the Senate this year', 'Jane Holloway', 'Senator Jane Holloway said on Tuesday that'],
      ['direct', 'We simply do not have the votes,', 'Jane Holloway', 'she told reporters'],
      ['direct', 'Maybe next year.', 'Jane Holloway', null],
    ])
    expect(r.quotes[2]!.statement).toBe(r.quotes[1]!.statement)
    expect(r.people.map((p) => [p.id, p.name, p.roles])).toEqual([['p1', 'Jane Holloway', ['Senator']]])
    expect(r.terms.map((t) => t.text)).toEqual(['tax grab'])
  })

  it('keeps a claim\'s quotation marks balanced while trimming its ends', () => {
    const text = 'The council approved the budget on Tuesday after a long debate.\n\nCouncil leader Dana White said the plan was “the only way to meet demand.”'
    const r = extract(text, { file: 'f.txt' })
    expect(r.claims.map((c) => c.text)).toEqual(['the plan was “the only way to meet demand.”'])
    for (const c of r.claims) expect(r.text.slice(c.start, c.end)).toBe(c.text)
  })

  it('keeps a number with a thousands separator whole when trimming an introductory phrase', () => {
    const text = 'Waiting lists have grown again this summer, the health service said.\n\nThe agency said 389,000 people had been waiting more than a year for treatment. However, it said, the trend was slowing.'
    const r = extract(text, { file: 'f.txt' })
    expect(r.claims.map((c) => c.text)).toContain('389,000 people had been waiting more than a year for treatment')
    for (const c of r.claims) expect(r.text.slice(c.start, c.end)).toBe(c.text)
  })

  it('drops a leading "that" only where it is a conjunction', () => {
    const text = 'The trial of the former banker ended on Friday after three weeks of evidence.\n\n“He trusted the experts,” his lawyer said. “That is not a crime.”\n\nThe lawyer said that the verdict would be appealed within a month.'
    const r = extract(text, { file: 'f.txt' })
    const claims = r.claims.map((c) => c.text)
    expect(claims).toContain('That is not a crime')
    expect(claims).toContain('the verdict would be appealed within a month')
  })

  it('only scans the body paragraphs', () => {
    const article = articleFromText(TEXT, 'd.txt')
    const r = extract({ ...article, paragraphs: article.paragraphs.slice(2) })
    expect(r.quotes).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { ingest, resolveRelativeDate, type OfficeHolder } from '../../src/ingest/index.ts'

/** A plain-text article: a headline line, then one paragraph per line. */
function article(paragraphs: string[], options = {}) {
  const text = ['Headline of the test article for dates', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')
  const r = ingest('dates.txt', new TextEncoder().encode(text), options)
  expect(r.article).not.toBeNull()
  return r.article!
}

describe('publication date inference', () => {
  it('a dateline with a year is a stated date', () => {
    const a = article([
      'MOSCOW, Nov. 7, 2021 (Reuters) - The central bank kept its key rate unchanged on Friday, citing slowing inflation and a weaker rouble.',
      'Analysts had expected the decision and said the bank would probably cut rates early next year if prices kept falling.',
    ])
    expect(a.date).toMatchObject({ value: '2021-11-07', basis: 'dateline' })
  })

  it('a dateline without a year, an office holder and a weekday pin one day', () => {
    const a = article([
      'WASHINGTON, Nov. 9 (Reuters) - US President Joe Biden met congressional leaders on Wednesday to discuss the budget and a stopgap funding bill.',
      'The talks lasted two hours and ended without a deal, aides said, although both sides described the meeting as constructive and useful.',
    ])
    expect(a.date.value).toBe('2022-11-09')
    expect(a.date.basis).toBe('inferred')
    expect(a.date.confidence).toBeLessThan(1)
    // Every Nov. 9 of the Biden presidency was possible; the weekday chose among them, and the record says so.
    expect(a.date.candidates).toEqual(['2021-11-09', '2022-11-09', '2023-11-09', '2024-11-09'])
    expect(a.date.evidence.map((e) => e.quote)).toEqual(expect.arrayContaining(['US President Joe Biden', 'Wednesday']))
  })

  it('ambiguous clues leave candidates and no value: it never picks silently', () => {
    const a = article([
      'Voting in the US midterm elections ended on Tuesday night, and counting continued in several states where the races were close.',
      'German Chancellor Angela Merkel said she hoped the result would not change the close partnership between Europe and the United States.',
    ])
    expect(a.date.value).toBeNull()
    expect(a.date.basis).toBe('inferred')
    // Midterms during the Merkel chancellorship: 2006, 2010, 2014 and 2018, a few days after each.
    expect(a.date.candidates).toEqual(expect.arrayContaining(['2006-11-08', '2010-11-03', '2014-11-05', '2018-11-07']))
    expect(a.date.evidence.at(-1)!.reason).toMatch(/equally well/)
  })

  it('a weekday or a month-day alone does not narrow the date', () => {
    const a = article(['The minister said on Wednesday that the new rules would apply from March 1, after a consultation with industry groups.'])
    expect(a.date.value).toBeNull()
    expect(a.date.candidates).toEqual([])
  })

  it('office holders: "X and his US counterpart Y" bounds the date by both terms', () => {
    const a = article([
      'Russian President Vladimir Putin and his US counterpart Donald Trump spoke by phone for an hour about trade, arms control and the war in Syria.',
    ])
    expect(a.date.value).toBeNull()
    const reasons = a.date.evidence.map((e) => e.reason).join('\n')
    expect(reasons).toMatch(/Vladimir Putin was president \(Russia\)/)
    expect(reasons).toMatch(/Donald Trump was president \(US\) 2017-01-20 to 2021-01-19 or 2025-01-20 to now/)
    expect(reasons).toMatch(/possible days between 2017-01-20/)
  })

  it('a clue that contradicts stronger ones is set aside and reported', () => {
    const a = article([
      'British Prime Minister Theresa May said on Friday, November 6, that talks with the European Union would continue next week in Brussels.',
    ])
    // Friday, November 6 fell in 2015, 2020 and 2026, never in the May premiership (2016-2019).
    const setAside = a.date.evidence.filter((e) => e.reason.startsWith('set aside'))
    expect(setAside.map((e) => e.quote)).toEqual(['Friday, November 6'])
    expect(a.date.evidence.map((e) => e.quote)).toContain('British Prime Minister Theresa May')
    expect(a.date.value).toBeNull()
  })

  it('the tense of the clause, not of the whole sentence, places a month-day', () => {
    const a = article([
      'US President Barack Obama said on Tuesday, November 6, that he would visit Asia next month, a day after the votes were counted.',
    ])
    // Past: the Tuesday, November 6 of the Obama presidency (2012), within the week before publication;
    // the weekday named in past narrative makes that day itself the most likely.
    const reasons = a.date.evidence.map((e) => e.reason).join('\n')
    expect(reasons).not.toMatch(/set aside/)
    expect(a.date.candidates).toEqual(['2012-11-06', '2012-11-07', '2012-11-08', '2012-11-09', '2012-11-10', '2012-11-11', '2012-11-12', '2012-11-13'])
    expect(a.date.value).toBe('2012-11-06')
    expect(a.date.confidence).toBeLessThan(0.8)
  })

  it('users can extend the office-holder table', () => {
    const extra: OfficeHolder[] = [
      { name: 'Jane Examplova', surname: 'Examplova', country: 'Freedonia', role: 'prime minister', from: '2031-01-01', to: '2031-01-20' },
    ]
    const text = [
      'Freedonia Prime Minister Jane Examplova opened the new parliament on Monday, January 13, promising lower taxes for families.',
    ]
    expect(article(text).date.value).toBeNull()
    const a = article(text, { officeHolders: extra })
    expect(a.date.evidence.map((e) => e.quote)).toContain('Freedonia Prime Minister Jane Examplova')
    expect(a.date.candidates.every((d) => d >= '2031-01-13' && d < '2031-01-20')).toBe(true)
  })

  it('ignores malformed user rows instead of crashing', () => {
    const rows = [{ name: 'No Dates' }, null, 'text', { name: 'A B', country: 'X', role: 'president', from: 'soon' }] as unknown as OfficeHolder[]
    const a = article(['The president spoke on Monday.'], { officeHolders: rows })
    expect(a.date.value).toBeNull()
  })
})

describe('resolveRelativeDate', () => {
  const text = 'Voting ended on Tuesday night. At a press conference on Wednesday, he spoke. Yesterday he wrote a post. They will meet on Friday. The summit is on November 11.'
  const at = (s: string) => text.indexOf(s)

  it('resolves weekdays, yesterday and month-days against the publication date', () => {
    expect(resolveRelativeDate(text, at('Tuesday'), '2022-11-09')).toEqual({ value: '2022-11-08', evidence: 'on Tuesday night' })
    expect(resolveRelativeDate(text, at('press conference'), '2022-11-09')).toEqual({ value: '2022-11-09', evidence: 'on Wednesday' })
    expect(resolveRelativeDate(text, at('wrote'), '2022-11-09')).toEqual({ value: '2022-11-08', evidence: 'Yesterday' })
    expect(resolveRelativeDate(text, at('meet'), '2022-11-09')).toEqual({ value: '2022-11-11', evidence: 'on Friday' })
    expect(resolveRelativeDate(text, at('summit'), '2018-11-06')).toEqual({ value: '2018-11-11', evidence: 'on November 11' })
  })

  it('is null without a publication date or an expression', () => {
    expect(resolveRelativeDate(text, at('Tuesday'), null)).toBeNull()
    expect(resolveRelativeDate('No time words here at all.', 3, '2022-11-09')).toBeNull()
  })
})

describe('dates printed with the article in page text', () => {
  const page = (header: string[]) =>
    [
      'Bridge reopens after repair - City News',
      'Home',
      'World',
      ...header,
      'The harbour bridge reopened to traffic on Tuesday morning after a repair programme that lasted two years, the council said.',
      'Engineers replaced the deck, the bearings and most of the cables, finishing three weeks ahead of the revised schedule.',
    ].join('\n\n')

  it('a date line under the headline is the stated date', () => {
    const r = ingest('p.txt', new TextEncoder().encode(page(['November 21, 2019', 'Bridge reopens after repair', 'Published 4:00 am CST, Wednesday, November 20, 2019'])))
    expect(r.article!.date).toMatchObject({ value: '2019-11-20', basis: 'dateline' })
    expect(r.article!.date.evidence[0]).toMatchObject({ reason: 'date printed under the headline', quote: 'Published 4:00 am CST, Wednesday, November 20, 2019' })
  })

  it('of "updated" and "posted" dates, the earlier publication wins, and an update alone is flagged', () => {
    const both = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', 'Updated Nov 19, 9:41 AM; Posted Nov 18, 2019, 8:19 PM']))).article!
    expect(both.date.value).toBe('2019-11-18')
    const updated = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', 'Updated Nov 13, 2019, 10:28am EST']))).article!
    expect(updated.date.value).toBe('2019-11-13')
    expect(updated.date.evidence[0].reason).toMatch(/update date/)
  })

  it('reads the printed forms of a date with its year', () => {
    const forms: Array<[string, string]> = [
      ['20 November 2019', '2019-11-20'],
      ['Wednesday, 20th November 2019 08:05 GMT', '2019-11-20'],
      ['Tuesday, Nov. 19, 2019', '2019-11-19'],
      ['November 18th, 2019 at 11:08 a.m.', '2019-11-18'],
      ['11/20/2019 01:08 AM', '2019-11-20'],
      ['19.11.2019, 08:57', '2019-11-19'],
      ['5/25/18', '2018-05-25'],
      ['2019-11-18T20:51:19Z', '2019-11-18'],
      ['2019/7/8', '2019-07-08'],
    ]
    for (const [line, value] of forms) {
      const a = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', `Posted ${line} | © 2019`]))).article!
      expect(a.date, line).toMatchObject({ value, basis: 'dateline' })
    }
  })

  it('only dates written with their year count: "14 hours ago" or "today" is no date, nor is February 30', () => {
    const a = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', 'November 19, 2019 / 12:21 AM / Updated 14 hours ago']))).article!
    expect(a.date).toMatchObject({ value: '2019-11-19', basis: 'dateline' })
    const today = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', 'Today | © 2019 City News']))).article!
    expect(today.date.basis).not.toBe('dateline')
    const invalid = ingest('p.txt', new TextEncoder().encode(page(['Bridge reopens after repair', 'Published Feb 30, 2019']))).article!
    expect(invalid.date.basis).not.toBe('dateline')
  })

  it('placeholder timestamps in HTML metadata are ignored', () => {
    const html = '<html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z"></head><body><p>The council approved the budget on Monday after a long debate about schools and roads in the northern districts.</p></body></html>'
    const a = ingest('p.html', new TextEncoder().encode(html)).article!
    expect(a.date.basis).not.toBe('html-meta')
  })
})

import { describe, expect, it } from 'vitest'
import { link } from '../../src/link/index.ts'
import { build, type Spec } from '../fixtures/link/build.ts'

const minister = { id: 'p1', name: 'Marta Ruiz', roles: ['Spanish Foreign Minister'] }

/** One article quoting the minister once. */
function report(id: string, date: string | null, source: string, quote: string, name = 'Marta Ruiz'): Spec {
  return {
    id,
    title: `${source}: the minister on Morocco`,
    source,
    date,
    paragraphs: [`Spanish Foreign Minister ${name} spoke to reporters.`, `"${quote}," ${name.split(' ').pop()} said.`],
    people: [{ ...minister, name, mentions: [`Spanish Foreign Minister ${name}`] }],
    quotes: [{ id: 'q1', text: `${quote}`, speaker: { id: 'p1', name, mention: `${name.split(' ').pop()} said` } }],
  }
}

describe('link: statement families', () => {
  const records = [
    report('iberia-daily', '2023-05-02', 'Iberia Daily', 'Madrid is ready for dialogue with Rabat'),
    report('strait-post', '2023-05-03', 'Strait Post', 'Spain is open to talks with Morocco'),
    report('coastal-wire', '2023-05-02', 'Coastal Wire', 'The fishing agreement must be renewed before summer'),
    report('late-review', '2023-05-25', 'Late Review', 'Spain is open to talks with Morocco'),
    report('translit', '2023-05-03', 'Atlas News', 'Spain is ready for negotiations with Morocco', 'Marta Ruíz'),
    report('undated', null, 'Blog Digest', 'Madrid is open to dialogue with Morocco'),
  ].map(build)
  const corpus = link(records)

  it('groups translations of one statement (synonyms, capitals for countries, accents in the name)', () => {
    expect(corpus.families).toHaveLength(1)
    const f = corpus.families[0]!
    expect(f.members.map((m) => m.article).sort()).toEqual(['iberia-daily', 'strait-post', 'translit', 'undated'])
    expect(f.date).toBe('2023-05-02')
    expect(f.speaker).toBe(corpus.people[0]!.id)
    expect(corpus.people).toHaveLength(1)
  })

  it('keeps a different statement of the same day, and the same words three weeks later, out of it (an undated report does not bridge them)', () => {
    const members = corpus.families.flatMap((f) => f.members.map((m) => m.article))
    expect(members).not.toContain('coastal-wire')
    expect(members).not.toContain('late-review')
  })

  it('relates the articles of a family for side-by-side reading', () => {
    const al = corpus.alignments.find((a) => a.a === 'iberia-daily' && a.b === 'strait-post')!
    expect(al.reason).toContain('same statement by Marta Ruiz')
    expect(al.rows).toHaveLength(1)
    expect(al.rows[0]).toMatchObject({ a: ['q1'], b: ['q1'], relation: 'same' })
  })

  it('never builds a family inside one article', () => {
    const one = build({
      ...report('single', '2023-05-02', 'Iberia Daily', 'Madrid is ready for dialogue with Rabat'),
      paragraphs: ['Spanish Foreign Minister Marta Ruiz spoke to reporters.', '"Madrid is ready for dialogue with Rabat," Ruiz said.', '"Madrid is ready for dialogue with Rabat," she repeated.'],
      quotes: [
        { id: 'q1', text: 'Madrid is ready for dialogue with Rabat', speaker: { id: 'p1', name: 'Marta Ruiz', mention: 'Ruiz said' } },
        { id: 'q2', text: 'Madrid is ready for dialogue with Rabat', speaker: { id: 'p1', name: 'Marta Ruiz', mention: 'she' } },
      ],
    })
    expect(link([one]).families).toEqual([])
  })
})

describe('link: stories', () => {
  const wave = (id: string, date: string | null, title: string) =>
    build({
      id,
      title,
      source: id,
      date,
      paragraphs: [`${title}. Rescue teams searched the flooded valley of the Drava river after the dam near Osijek failed overnight, officials said.`],
    })

  it('groups undated reports only when they are strongly alike', () => {
    const c = link([wave('a', null, 'Dam failure floods Drava valley'), wave('b', null, 'Drava valley flooded after dam failure'), build({ id: 'c', title: 'Chess final ends in a draw', source: 'c', date: null, paragraphs: ['The chess final in Oslo ended in a draw after six hours.'] })])
    expect(c.stories.map((s) => s.articles)).toEqual([['a', 'b']])
  })

  it('does not chain daily coverage into a story longer than a week', () => {
    const days = ['2024-03-01', '2024-03-03', '2024-03-05', '2024-03-07', '2024-03-09', '2024-03-11']
    const c = link(days.map((d, i) => wave(`day${i}`, d, 'Dam failure floods Drava valley')))
    for (const s of c.stories) {
      const ds = s.articles.map((id) => days[Number(id.slice(3))]!).sort()
      expect((Date.parse(ds[ds.length - 1]!) - Date.parse(ds[0]!)) / 86_400_000).toBeLessThanOrEqual(7)
    }
    expect(c.stories.length).toBeGreaterThanOrEqual(2)
  })
})

describe('link: a statement quoted again years later', () => {
  const long = 'Our fishing fleets and their families deserve a stable agreement that protects the coast and respects every community'
  it('joins the original when nearly identical and long', () => {
    const c = link([
      build(report('orig', '2019-02-01', 'Iberia Daily', long)),
      build(report('retro', '2023-02-01', 'Strait Post', `${long} in the region`)),
    ])
    expect(c.families.map((f) => [f.date, f.members.map((m) => m.article)])).toEqual([['2019-02-01', ['orig', 'retro']]])
  })
  it('leaves a short talking point repeated years later apart', () => {
    const c = link([build(report('y1', '2019-02-01', 'Iberia Daily', 'We are ready for talks')), build(report('y2', '2023-02-01', 'Strait Post', 'We are ready for talks'))])
    expect(c.families).toEqual([])
  })
})

describe('link: what is not one statement', () => {
  it('neither opposite stances nor shared countries alone make a family', () => {
    const c = link([
      build(report('p1', '2023-05-02', 'Iberia Daily', 'Relations with Morocco are excellent')),
      build(report('p2', '2023-05-03', 'Strait Post', 'Relations with Morocco are terrible')),
      build(report('p3', '2023-05-03', 'Atlas News', 'Morocco must stop the migrants')),
    ])
    expect(c.families).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { link } from '../../src/link/index.ts'
import { build } from '../fixtures/link/build.ts'

describe('link: statements take topics from their surroundings', () => {
  const article = build({
    id: 'gulf-times-summit',
    title: 'Ankara sees little hope for Turkish-Greek relations',
    source: 'Gulf Times',
    date: '2022-06-01',
    paragraphs: [
      'Turkish Foreign Minister Emre Aydin said the Greek parliamentary elections would not change Turkish-Greek relations.',
      'Asked whether Ankara would follow the Greek election, Aydin said that it would be watched closely.',
      '"There is little hope for relations now," Aydin added.',
      '"We will decide later," he said.',
    ],
    people: [{ id: 'p1', name: 'Emre Aydin', roles: ['Turkish Foreign Minister'], mentions: ['Turkish Foreign Minister Emre Aydin', 'Aydin'] }],
    quotes: [
      { id: 'q1', kind: 'indirect', text: 'the Greek parliamentary elections would not change Turkish-Greek relations', speaker: { id: 'p1', name: 'Emre Aydin', mention: 'Turkish Foreign Minister Emre Aydin' } },
      { id: 'q2', kind: 'indirect', text: 'it would be watched closely', speaker: { id: 'p1', name: 'Emre Aydin', mention: 'Aydin' } },
      { id: 'q3', text: 'There is little hope for relations now,', speaker: { id: 'p1', name: 'Emre Aydin', mention: 'Aydin' } },
      { id: 'q4', text: 'We will decide later,', speaker: { id: 'p1', name: 'Emre Aydin', mention: 'he' } },
    ],
  })
  const c = link([article])
  const topic = (id: string) => c.topics.find((t) => t.id === id)

  it('names the election from the narration ("asked whether Ankara would follow the Greek election")', () => {
    // "the Greek election" takes the specific name the article gives it elsewhere.
    expect(topic('greece-parliamentary-elections')).toMatchObject({ label: 'Greece parliamentary elections', articles: ['gulf-times-summit'], date: '2022-06-01' })
    expect(topic('greece-elections')).toBeUndefined()
  })

  it('lists the article under each topic its statements evoke', () => {
    expect(topic('greece-turkiye-relations')?.articles).toEqual(['gulf-times-summit'])
  })
})

describe('link: names and ids', () => {
  const a = build({
    id: 'a1',
    title: 'President Novak visits Vienna',
    source: 'Alpine Wire',
    date: '2020-01-10',
    paragraphs: ['President Ivo Novak arrived in Vienna on Friday.'],
    people: [{ id: 'p1', name: 'Ivo Novak', roles: ['President'], mentions: ['President Ivo Novak'] }],
    organizations: [{ id: 'o1', name: 'Novak Holdings', mentions: ['Novak'] }],
  })
  const b = build({
    id: 'b1',
    title: 'Novak returns home',
    source: 'Danube Daily',
    date: '2020-01-12',
    paragraphs: ['President Novak returned to Zagreb on Sunday.'],
    people: [{ id: 'p1', name: 'President Novak', roles: ['President'], mentions: ['President Novak'] }],
  })

  it('drops a title left in a name before merging ("President Novak")', () => {
    const c = link([a, b])
    expect(c.people).toHaveLength(1)
    expect(c.people[0]).toMatchObject({ name: 'Ivo Novak', articles: ['a1', 'b1'] })
  })

  it('never gives a person and an organisation the same id', () => {
    const org = build({ ...{ id: 'c1', title: 'Ivo Novak fund', source: 'X', date: null, paragraphs: ['The Ivo Novak fund grew.'] }, organizations: [{ id: 'o1', name: 'Ivo Novak', mentions: ['Ivo Novak'] }] })
    const c = link([a, org])
    const ids = [...c.people, ...c.organizations].map((e) => e.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})

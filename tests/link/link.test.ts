import { describe, expect, it } from 'vitest'
import { link, loadPeopleConfig } from '../../src/link/index.ts'
import { Corpus } from '../../src/model.ts'
import { build } from '../fixtures/link/build.ts'
import { corpus, truth, tanakaEastern, tanakaNorthern, tanaka2019, senatorKowalski, ministerKowalski, surnameOnly, volkov2019, volkov2023 } from '../fixtures/link/corpus.ts'

const linked = link(corpus)

/** Pairwise precision and recall of the merge against the hand-labelled truth. */
function pairScores(c: Corpus) {
  const predicted = new Map<string, string>()
  for (const p of c.people) for (const [a, ids] of Object.entries(p.local)) for (const id of ids) predicted.set(`${a}#${id}`, p.id)
  const keys = Object.keys(truth).sort()
  let tp = 0
  let fp = 0
  let fn = 0
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const same = truth[keys[i]!] === truth[keys[j]!]
      const merged = predicted.get(keys[i]!) === predicted.get(keys[j]!)
      if (merged && same) tp++
      else if (merged) fp++
      else if (same) fn++
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn) }
}

describe('link: fixtures', () => {
  it('are real-shaped: every span slices its own text', () => {
    for (const r of corpus) {
      for (const q of r.quotes) expect(r.text.slice(q.start, q.end)).toBe(q.text)
      for (const c of r.claims) expect(r.text.slice(c.start, c.end)).toBe(c.text)
      for (const p of r.people) for (const m of p.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text)
    }
  })
})

describe('link: people', () => {
  const person = (name: string) => linked.people.find((p) => p.name === name)

  it('merges with full pairwise precision and recall on the fixtures', () => {
    expect(pairScores(linked)).toEqual({ precision: 1, recall: 1 })
  })

  it('merges transliteration variants and keeps dated roles, including a changed title', () => {
    const v = linked.people.find((p) => p.aliases.includes('Alexei Volkov') || p.name === 'Alexei Volkov')!
    expect(v.articles).toEqual([volkov2023.id, volkov2019.id].sort())
    expect(v.roles).toEqual([
      { role: 'Russian Deputy Foreign Minister', firstSeen: '2019-05-14', lastSeen: '2019-05-14' },
      { role: 'Former Russian Deputy Foreign Minister', firstSeen: '2023-02-01', lastSeen: '2023-02-01' },
    ])
  })

  it('keeps two people who share a surname apart and gives a surname-only mention to the one whose role fits', () => {
    const anna = person('Anna Kowalski')!
    const mark = person('Mark Kowalski')!
    expect(anna.id).not.toBe(mark.id)
    expect(anna.articles).toEqual([surnameOnly.id, ministerKowalski.id].sort())
    expect(mark.articles).toEqual([senatorKowalski.id])
  })

  it('leaves a surname-only mention apart when two namesakes fit equally', () => {
    const bare = { ...surnameOnly, id: 'bare-kowalski', people: [{ ...surnameOnly.people[0]!, roles: [] }] }
    const c = link([senatorKowalski, ministerKowalski, bare])
    const owner = c.people.find((p) => p.articles.includes('bare-kowalski'))!
    expect(owner.articles).toEqual(['bare-kowalski'])
  })

  it('does not merge people known by one name whose only shared role is a relation ("Her son, Daniel")', () => {
    const sonIn = (id: string, source: string) =>
      build({
        id,
        title: 'A family business closes',
        source,
        date: '2024-03-01',
        paragraphs: ['Her son, Daniel, is less resigned.'],
        people: [{ id: 'p1', name: 'Daniel', roles: ['son'], mentions: ['Daniel'] }],
      })
    const c = link([sonIn('bakery-closes', 'Town Herald'), sonIn('garage-closes', 'Valley News')])
    expect(c.people.filter((p) => p.name === 'Daniel')).toHaveLength(2)
  })

  it('does not merge namesakes whose roles name different countries', () => {
    const other = { ...ministerKowalski, id: 'namesake', people: [{ ...ministerKowalski.people[0]!, roles: ['Canadian Foreign Minister'] }] }
    const c = link([ministerKowalski, other])
    expect(c.people.filter((p) => p.name === 'Anna Kowalski')).toHaveLength(2)
  })

  it('applies people.yaml: aliases merge, notSameAs separates, wikidata is kept', () => {
    const yaml = [
      'people:',
      '  - name: Anna Kowalski',
      '    wikidata: Q4242',
      '    aliases: [Mark Kowalski]',
      '  - name: Kenji Tanaka',
      '    articles: [eastern-wire-tanaka-2019]',
      '    notSameAs: [Kenji Tanaka]',
    ].join('\n')
    const { config, messages } = loadPeopleConfig(yaml, 'content/people.yaml')
    expect(messages).toEqual([])
    const c = link(corpus, { people: config })
    const anna = c.people.find((p) => p.name === 'Anna Kowalski')!
    expect(anna.wikidata).toBe('Q4242')
    expect(anna.articles).toContain(senatorKowalski.id)
    const tanakas = c.people.filter((p) => p.name === 'Kenji Tanaka')
    expect(tanakas.map((t) => t.articles)).toEqual(expect.arrayContaining([[tanaka2019.id], [tanakaEastern.id, tanakaNorthern.id]]))
    expect(new Set(tanakas.map((t) => t.id)).size).toBe(2)
  })
})

describe('loadPeopleConfig', () => {
  it('reports invalid YAML with line and column', () => {
    const { config, messages } = loadPeopleConfig('people:\n  - name: [unclosed\n', 'people.yaml')
    expect(config.people).toEqual([])
    expect(messages[0]).toMatchObject({ file: 'people.yaml', severity: 'error', ruleId: 'people-config:yaml' })
    expect(messages[0]!.line).toBeGreaterThanOrEqual(2)
  })

  it('reports a bad field at its place and keeps the valid entries', () => {
    const text = 'people:\n  - name: Kenji Tanaka\n  - name: Li Wei\n    wikidata: 42\n'
    const { config, messages } = loadPeopleConfig(text, 'people.yaml')
    expect(config.people.map((p) => p.name)).toEqual(['Kenji Tanaka'])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ line: 4, column: 15, ruleId: 'people-config:field' })
    expect(messages[0]!.reason).toContain('wikidata')
  })

  it('reports a document that is not a list of people', () => {
    const { messages } = loadPeopleConfig('people: yes\n', 'people.yaml')
    expect(messages[0]).toMatchObject({ line: 1, column: 9, ruleId: 'people-config:shape' })
  })
})

describe('link: organizations', () => {
  it('joins an acronym to its expansion and records the country of a metonym', () => {
    const iaea = linked.organizations.find((o) => o.name === 'International Atomic Energy Agency')!
    expect(iaea.aliases).toEqual(['IAEA'])
    expect(iaea.articles).toEqual([volkov2023.id, volkov2019.id].sort())
    expect(linked.organizations.find((o) => o.name === 'Kremlin')!.country).toBe('Russia')
  })
})

describe('link: topics, stories, families', () => {
  it('canonicalises topics across wordings and articles', () => {
    const t = linked.topics.find((x) => x.id === 'china-japan-relations')!
    expect(t.label).toBe('China–Japan relations')
    expect(t.articles).toEqual([tanaka2019.id, tanakaEastern.id, tanakaNorthern.id].sort())
    expect(linked.topics.find((x) => x.id === 'germany-russia-relations')!.articles).toEqual([volkov2023.id, volkov2019.id].sort())
  })

  it('dates events', () => {
    expect(linked.topics.find((x) => x.id === 'iran-sanctions')).toMatchObject({ label: 'Iran sanctions', date: '2021-03-02' })
  })

  it('groups the two reports of one meeting into a story, and nothing else', () => {
    expect(linked.stories).toHaveLength(1)
    expect(linked.stories[0]!.articles).toEqual([tanakaEastern.id, tanakaNorthern.id].sort())
  })

  it('finds one family: the same statement in two translations, not the same minister years earlier', () => {
    expect(linked.families).toHaveLength(1)
    const f = linked.families[0]!
    expect(f.speaker).toBe(linked.people.find((p) => p.name === 'Kenji Tanaka')!.id)
    expect(f.date).toBe('2021-03-02')
    expect(f.members.map((m) => `${m.article}#${m.quote}`).sort()).toEqual(
      [`${tanakaEastern.id}#q1`, `${tanakaEastern.id}#q2`, `${tanakaNorthern.id}#q1`, `${tanakaNorthern.id}#q2`].sort(),
    )
  })
})

describe('link: alignments', () => {
  const pair = (a: string, b: string) => linked.alignments.find((x) => x.a === a && x.b === b)

  it('aligns the two reports of one statement as the same stance, with what only one side says', () => {
    const al = pair(tanakaEastern.id, tanakaNorthern.id)!
    expect(al.reason).toContain('same story')
    const tanaka = linked.people.find((p) => p.name === 'Kenji Tanaka')!.id
    expect(al.rows).toEqual([{ topic: 'china-japan-relations', a: ['c1', 'q2'], b: ['c1', 'q2'], relation: 'same', speaker: tanaka }])
    expect(al.onlyA).toEqual(['c2'])
    expect(al.onlyB).toEqual(['q3'])
  })

  it('follows a speaker over time: an opposite stance two years later', () => {
    const al = pair(tanaka2019.id, tanakaEastern.id)!
    expect(al.reason).toBe('same speaker and topic: Kenji Tanaka on China–Japan relations')
    expect(al.rows[0]).toMatchObject({ topic: 'china-japan-relations', a: ['c1'], relation: 'opposite' })
  })

  it('marks a neutral statement against a negative one as shifted', () => {
    const volkov = linked.people.find((p) => p.aliases.includes('Alexei Volkov'))!.id
    expect(pair(volkov2019.id, volkov2023.id)!.rows).toEqual([{ topic: 'germany-russia-relations', a: ['q1'], b: ['c1'], relation: 'shifted', speaker: volkov }])
  })

  it('does not align unrelated articles', () => {
    expect(linked.alignments.some((x) => [x.a, x.b].includes(senatorKowalski.id))).toBe(false)
  })
})

describe('link: contract', () => {
  it('produces a valid Corpus', () => {
    expect(() => Corpus.parse(linked)).not.toThrow()
  })

  it('is deterministic whatever the input order', () => {
    expect(link([...corpus].reverse())).toEqual(linked)
  })

  it('links an empty corpus', () => {
    expect(link([])).toEqual({ articles: [], people: [], organizations: [], topics: [], stories: [], families: [], alignments: [] })
  })
})

describe('link: names with particles and organisations per country', () => {
  const art = (id: string, people: { name: string; roles?: string[] }[], organizations: string[] = []) =>
    ({
      ...corpus[0]!,
      id,
      people: people.map((p, i) => ({ id: `p${i + 1}`, name: p.name, roles: p.roles ?? [], mentions: [] })),
      organizations: organizations.map((name, i) => ({ id: `o${i + 1}`, name, kind: 'organization', mentions: [] })),
      quotes: [],
      claims: [],
    })

  it('merges "Le Drian" and "al-Assad" with the full names', () => {
    const c = link([art('x1', [{ name: 'Jean-Yves Le Drian' }, { name: 'Bashar al-Assad' }]), art('x2', [{ name: 'Le Drian' }, { name: 'Assad' }])])
    expect(c.people.map((p) => [p.name, p.articles])).toEqual([
      ['Bashar al-Assad', ['x1', 'x2']],
      ['Jean-Yves Le Drian', ['x1', 'x2']],
    ])
  })

  it('keeps embassies and courts of different countries apart', () => {
    const c = link([art('y1', [], ['US Embassy', 'Supreme Court of India']), art('y2', [], ['Ecuadorean Embassy', 'India’s Supreme Court']), art('y3', [], ['Embassy of Ecuador'])])
    const names = c.organizations.map((o) => [o.name, o.articles.length, o.country])
    expect(names).toContainEqual(['US Embassy', 1, 'United States'])
    expect(names).toContainEqual(['Ecuadorean Embassy', 1, 'Ecuador'])
  })

  it('expands a three-letter acronym from another article, but not a two-letter one', () => {
    const c = link([art('z1', [], ['World Health Organization', 'Democratic Congress']), art('z2', [], ['WHO', 'DC'])])
    expect(c.organizations.find((o) => o.name === 'World Health Organization')!.aliases).toEqual(['WHO'])
    expect(c.organizations.find((o) => o.name === 'Democratic Congress')!.aliases).toEqual([])
  })
})

describe('link: surname-first names', () => {
  const art = (id: string, people: { name: string; roles: string[] }[]) => ({
    ...corpus[0]!,
    id,
    people: people.map((p, i) => ({ id: `p${i + 1}`, name: p.name, roles: p.roles, mentions: [] })),
    organizations: [],
    quotes: [],
    claims: [],
  })

  it('joins "President Xi" to the one full name it starts, when the role agrees', () => {
    const c = link([art('a', [{ name: 'Xi Jinping', roles: ['Chinese President'] }]), art('b', [{ name: 'Xi', roles: ['President'] }])])
    expect(c.people.map((p) => p.articles)).toEqual([['a', 'b']])
  })

  it('leaves a lone given name apart when no role is shared', () => {
    const c = link([art('a', [{ name: 'Joe Biden', roles: ['US President'] }]), art('b', [{ name: 'Joe', roles: ['plumber'] }])])
    expect(c.people).toHaveLength(2)
  })
})

describe('loadPeopleConfig: unknown keys', () => {
  it('reports a misspelt key at its place', () => {
    const { config, messages } = loadPeopleConfig('people:\n  - name: Kenji Tanaka\n    alias: [K. Tanaka]\n', 'people.yaml')
    expect(config.people).toEqual([])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({ line: 3, column: 5, ruleId: 'people-config:field' })
    expect(messages[0]!.reason).toContain('alias')
  })
})

describe('link: one given name in two languages', () => {
  const art = (id: string, name: string, role: string) => ({
    ...corpus[0]!,
    id,
    people: [{ id: 'p1', name, roles: [role], mentions: [] }],
    organizations: [],
    quotes: [],
    claims: [],
  })
  it('merges Ukrainian and Russian spellings (Oleksiy/Alexei, Yevhen/Yevgeny/Evgeny)', () => {
    const c = link([art('u1', 'Oleksiy Marchenko', 'Ukrainian minister'), art('u2', 'Alexei Marchenko', 'Ukrainian minister'), art('u3', 'Yevhen Hrytsenko', 'mayor'), art('u4', 'Evgeny Gritsenko', 'mayor')])
    expect(c.people.find((p) => p.name.endsWith('Marchenko'))!.articles).toEqual(['u1', 'u2'])
    expect(c.people).toHaveLength(3) // Hrytsenko/Gritsenko differ in the surname: kept apart
  })
})

describe('link: odd records', () => {
  it('links records with empty names, unknown speaker ids, no paragraphs and no dates without failing', () => {
    const odd = {
      ...tanakaEastern,
      id: 'odd',
      date: { ...tanakaEastern.date, value: null },
      paragraphs: [],
      people: [
        { id: 'p1', name: '', roles: [], mentions: [] },
        { id: 'p2', name: '—', roles: ['spokesman'], mentions: [] },
      ],
      quotes: tanakaEastern.quotes.map((q) => ({ ...q, speaker: q.speaker ? { ...q.speaker, id: 'p9' } : null })),
      claims: tanakaEastern.claims.map((c) => ({ ...c, by: { ...c.by, id: 'nobody' }, quote: 'q99' })),
    }
    const c = link([odd, { ...odd, id: 'odd2' }, tanakaNorthern])
    expect(() => Corpus.parse(c)).not.toThrow()
    expect(c.people.filter((p) => p.name === '')).toHaveLength(2)
  })
})

describe('link: a surname between two namesakes', () => {
  const art = (id: string, date: string, name: string) => ({
    ...corpus[0]!,
    id,
    date: { ...corpus[0]!.date, value: date },
    people: [{ id: 'p1', name, roles: [], mentions: [] }],
    organizations: [],
    quotes: [],
    claims: [],
  })
  it('goes to the namesake in the news the same month, and stays apart when both are', () => {
    const c = link([art('old', '2015-01-10', 'Ewa Nowak'), art('new', '2021-06-01', 'Adam Nowak'), art('bare', '2021-06-03', 'Nowak')])
    expect(c.people.find((p) => p.name === 'Adam Nowak')!.articles).toEqual(['bare', 'new'])
    const both = link([art('e', '2021-06-01', 'Ewa Nowak'), art('a', '2021-06-02', 'Adam Nowak'), art('bare', '2021-06-03', 'Nowak')])
    expect(both.people.find((p) => p.articles.includes('bare'))!.articles).toEqual(['bare'])
  })
})

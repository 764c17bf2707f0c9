/**
 * extract() on small news-shaped passages (tests/fixtures/extract/cases.json):
 * every listed quote is found with its kind, exact content and speaker, no
 * other quote is found, listed terms are recorded as terms, listed people
 * have exactly the listed roles, and listed non-people and non-organisations
 * are recorded as neither.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extract } from '../../src/extract/index.ts'

interface Case {
  name: string
  text: string
  quotes: { kind: string; text: string; speaker: string; relay?: string }[]
  terms?: string[]
  sameStatement?: [number, number][]
  /** People who must be found, each with exactly these roles. */
  people?: { name: string; roles: string[] }[]
  /** Names that must not be recorded as people. */
  notPeople?: string[]
  /** Names that must not be recorded as organisations. */
  notOrganizations?: string[]
}

const file = join(import.meta.dirname, '..', 'fixtures', 'extract', 'cases.json')
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }

describe.each(cases)('$name', (c) => {
  const record = extract(c.text, { file: 'case.txt' })

  it('finds exactly the expected quotes, speakers and kinds', () => {
    const got = record.quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker?.name ?? null }))
    expect(got).toEqual(c.quotes.map((q) => ({ kind: q.kind, text: q.text, speaker: q.speaker })))
  })

  it('keeps every span on the text', () => {
    for (const q of record.quotes) {
      expect(record.text.slice(q.start, q.end)).toBe(q.text)
      if (q.speaker) expect(q.speaker.end).toBeGreaterThan(q.speaker.start)
      if (q.cue) expect(record.text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text)
    }
    for (const t of record.terms) expect(record.text.slice(t.start, t.end)).toBe(t.text)
  })

  if (c.people)
    it('gives people their roles', () => {
      for (const p of c.people!) expect(record.people.find((x) => x.name === p.name)?.roles).toEqual(p.roles)
    })
  if (c.notPeople)
    it('records no person for what is not one', () => {
      for (const name of c.notPeople!) expect(record.people.map((p) => p.name)).not.toContain(name)
    })
  if (c.notOrganizations)
    it('records no organisation for what is not one', () => {
      for (const name of c.notOrganizations!) expect(record.organizations.map((o) => o.name)).not.toContain(name)
    })
  if (c.terms) it('records quoted terms as terms', () => expect(record.terms.map((t) => t.text)).toEqual(c.terms))
  if (c.sameStatement)
    it('links the parts of one statement', () => {
      for (const [a, b] of c.sameStatement!) expect(record.quotes[a]!.statement).toBe(record.quotes[b]!.statement)
    })
  if (c.quotes.some((q) => q.relay))
    it('keeps the relay apart from the speaker', () => {
      c.quotes.forEach((q, i) => {
        if (q.relay) expect(record.quotes[i]!.relay?.text).toBe(q.relay)
      })
    })
})

import { describe, expect, it } from 'vitest'
import { findTopics } from '../../src/knowledge/topics.ts'

const issues = (text: string) => findTopics(text).filter((t) => t.kind === 'issue').map((t) => [t.id, text.slice(t.start, t.end)])

describe('findTopics: issues', () => {
  it('finds each issue at its first mention, whatever word the mention opens with', () => {
    expect(issues('Officials warned of election interference and of meddling in the election.')).toEqual([['election-interference', 'election interference']])
    expect(issues('The cyber-attacks and the hackers behind them')).toEqual([['cyber-security', 'cyber-attacks']])
    expect(issues('New arms control talks; nuclear weapons stay.')).toEqual([['nuclear-arms-control', 'arms control']])
  })

  it('lists several issues in one statement in text order, each from its own first mention', () => {
    const text = 'Inflation, gas prices and tariffs: trade war fears as weapons go to the front and refugees flee.'
    expect(issues(text)).toEqual([
      ['inflation', 'Inflation'],
      ['energy', 'gas prices'],
      ['trade', 'tariffs'],
      ['military-aid', 'weapons go to'],
      ['migration', 'refugees'],
    ])
  })

  it('needs the start word at a word boundary', () => {
    expect(issues('Farms near the border and the immigration office')).toEqual([])
    expect(issues('Trade and security were discussed.')).toEqual([])
  })

  it('matches a long s as the patterns always have, once another issue word is present', () => {
    // Case-insensitive Unicode matching folds U+017F into "s"; the ASCII word scan cannot see it.
    expect(issues('\u017fecurity packages to the army, and arms control')).toEqual([['military-aid', '\u017fecurity packages to'], ['nuclear-arms-control', 'arms control']])
    expect(issues('\u017fecurity packages to the army')).toEqual([])
  })
})

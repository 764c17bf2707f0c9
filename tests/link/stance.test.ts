import { describe, expect, it } from 'vitest'
import { stanceOf, stanceScore } from '../../src/knowledge/stance.ts'

describe('stanceOf', () => {
  it.each([
    ['there is no improvement in the talks', 'negative'],
    ['the reform will hardly change anything', 'negative'],
    ["the new tariffs won't have any significant impact", 'negative'],
    ['it is not necessary to exaggerate the importance of the vote', 'negative'],
    ['the situation will remain bad', 'negative'],
    ['there is no reason for optimism', 'negative'],
    ['we see no grounds for hope', 'negative'],
    ['there is no need to delude ourselves hoping for a deal', 'negative'],
    ['public support for the plan is on the decline', 'negative'],
    ['relations are at a historic low amid new sanctions', 'negative'],
    ['the measures will only prolong the standoff', 'negative'],
    ['The summit is scheduled for March 3 in Geneva', 'neutral'],
    ['the talks were constructive and we welcome the progress', 'positive'],
    ['the outcome is not bad at all', 'positive'],
    ['The vote is important, but there is no need to exaggerate it', 'negative'],
    ['Relations have never been better', 'positive'],
    ['It is too early to talk about a breakthrough', 'negative'],
    ['The talks were very productive', 'positive'],
    ['The decision is a grave mistake', 'negative'],
  ])('%s → %s', (text, label) => {
    expect(stanceOf(text)).toBe(label)
  })

  it('explains its score with the words that counted', () => {
    const r = stanceScore('there is no improvement')
    expect(r.hits).toEqual([{ word: 'improvement', value: -2 }])
    expect(r.score).toBe(-2)
  })

  it('does not treat idioms such as "no matter" as negation', () => {
    expect(stanceOf('no matter what happens, cooperation will continue')).toBe('positive')
  })
})

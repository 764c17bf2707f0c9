import { describe, expect, it } from 'vitest'
import { topicsOf } from '../../src/knowledge/topics.ts'

const ids = (text: string, ctx?: Parameters<typeof topicsOf>[1]) => topicsOf(text, ctx).map((t) => t.id)

describe('topicsOf: relations between two countries', () => {
  const cnJp = 'china-japan-relations'
  it.each([
    'Chinese-Japanese relations have cooled',
    'ties between Beijing and Tokyo are strained',
    'Sino-Japanese ties are at a low',
    "China's relations with Japan remain tense",
    'Japan says ties with China must improve',
  ])('%s', (text) => {
    expect(ids(text)).toContain(cnJp)
  })

  it('labels the pair sorted by name with an en dash', () => {
    expect(topicsOf('US-Russian relations')).toEqual([{ id: 'russia-united-states-relations', label: 'Russia–United States relations' }])
    expect(topicsOf('relations between the Kremlin and the White House')[0]?.label).toBe('Russia–United States relations')
  })

  it('resolves "bilateral ties" and "the two countries" from the context', () => {
    const contextText = 'Germany says bilateral relations with Poland have suffered over the border dispute.'
    expect(ids('Ties between the two countries are at a low.', { contextText })).toEqual(['germany-poland-relations'])
    expect(ids('Bilateral ties need a fresh start.', { contextText })).toEqual(['germany-poland-relations'])
  })

  it('resolves "our relations" from the speaker country and the context', () => {
    const contextText = 'The minister spoke after talks with the Indian delegation in New Delhi.'
    expect(ids('Our relations are better than ever', { speakerCountry: 'France', contextText })).toEqual(['france-india-relations'])
    expect(ids('Our relations are better than ever', { speakerCountry: 'FRA', contextText })).toEqual(['france-india-relations'])
  })

  it('finds no relation without a second party', () => {
    expect(ids('Our relations are better than ever')).toEqual([])
  })
})

describe('topicsOf: events', () => {
  it.each([
    ['the UK general election will be held in July', 'united-kingdom-general-elections', 'UK general elections'],
    ['the general elections in Britain are on July 4', 'united-kingdom-general-elections', 'UK general elections'],
    ['the war in Ukraine', 'ukraine-war', 'Ukraine war'],
    ['new sanctions against Tehran', 'iran-sanctions', 'Iran sanctions'],
    ['the India-Pakistan summit', 'india-pakistan-summit', 'India–Pakistan summit'],
    ['Brazilian presidential elections', 'brazil-presidential-elections', 'Brazil presidential elections'],
  ])('%s', (text, id, label) => {
    expect(topicsOf(text)).toContainEqual({ id, label })
  })

  it('gives "these elections" the event named in the context', () => {
    const contextText = 'Turnout in the French presidential elections was low.'
    expect(ids('These elections will change little', { contextText })).toEqual(['france-presidential-elections'])
  })

  it('gives a generic mention the specific name the context uses', () => {
    const contextText = 'The US midterm elections are on Tuesday.'
    expect(ids('we will follow the US election closely', { contextText })).toEqual(['united-states-midterm-elections'])
  })

  it('treats a capital after "in" as the venue of a summit, not its country', () => {
    expect(ids('the summit in Paris')).toEqual([])
  })
})

describe('topicsOf: issues', () => {
  it('finds election interference in several wordings', () => {
    expect(ids('allegations of meddling in the election campaign')).toContain('election-interference')
    expect(ids('foreign interference in the Canadian federal election')).toContain('election-interference')
  })
})

describe('topicsOf: blocs, coordinated pairs and event complements', () => {
  it.each([
    ['EU-China relations are at a crossroads', 'China–European Union relations'],
    ['relations between Brussels and Moscow', 'European Union–Russia relations'],
    ['NATO-Russia relations', 'NATO–Russia relations'],
    ['Germany and France pledged closer cooperation', 'France–Germany relations'],
    ['Tokyo and Seoul agreed to restore dialogue', 'Japan–South Korea relations'],
    ['peace talks between Armenia and Azerbaijan', 'Armenia–Azerbaijan peace talks'],
    ['nuclear talks with Iran', 'Iran nuclear talks'],
    ['the G20 summit in Bali', 'G20 summit'],
    ['the Ukraine conflict', 'Ukraine war'],
    ['The White House said ties with Riyadh remain strong', 'Saudi Arabia–United States relations'],
  ])('%s → %s', (text, label) => {
    expect(topicsOf(text).map((t) => t.label)).toContain(label)
  })
})

describe('topicsOf: events need a place', () => {
  it('drops an event no country can be given to', () => {
    expect(topicsOf('The presidential election was close.')).toEqual([])
  })
  it('places an event in the one country the sentence is set in', () => {
    expect(topicsOf('Voters in Chile cast ballots in the presidential election on Sunday')).toEqual([{ id: 'chile-presidential-elections', label: 'Chile presidential elections' }])
  })
  it('resolves a country-less mention from the context', () => {
    const contextText = 'Turnout in the Kenyan general elections was high.'
    expect(topicsOf('The general elections were calm', { contextText })).toEqual([{ id: 'kenya-general-elections', label: 'Kenya general elections' }])
  })
})

describe('topicsOf: a person\'s ties are not relations between states', () => {
  it('finds no relation in "he has close ties with Russia", even with countries around', () => {
    expect(topicsOf('The businessman has close ties with Russia', { contextText: 'He lives in France and often visits Germany.' })).toEqual([])
  })
  it('takes the speaker\'s country for "our ties with X"', () => {
    expect(topicsOf('our ties with Japan are deep', { speakerCountry: 'Australia' })).toEqual([{ id: 'australia-japan-relations', label: 'Australia–Japan relations' }])
  })
})

describe('topicsOf: verbs that look like event nouns', () => {
  it('reads "talks" after a name as the verb', () => {
    expect(topicsOf('Modi talks with Sharif about water')).toEqual([])
    expect(topicsOf('the talks with Iran resumed')).toEqual([{ id: 'iran-talks', label: 'Iran talks' }])
  })
})

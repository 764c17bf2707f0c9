import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'

function article(lines: string[]) {
  return ingest('s.txt', new TextEncoder().encode(lines.join('\n\n'))).article!
}

const body = [
  'Talks on the new grain deal ended late on Monday without agreement, TASS reports.',
  'The minister resigned hours later, AFP reported on Tuesday, citing two officials close to the talks.',
  'He said the negotiations would resume, as quoted by RIA Novosti, and that both sides wanted a result.',
  'In a separate study, people with BED reported more symptoms of insomnia than others did, researchers said.',
]

describe('source and relays from page text', () => {
  it('names agencies relayed in the body, not acronyms that merely report something', () => {
    const a = article(['Grain talks stall again | The Daily Example', 'Grain talks stall again', ...body])
    expect(a.source).toMatchObject({ name: 'The Daily Example', basis: 'title-suffix' })
    expect(a.source.relayedFrom).toEqual(['TASS', 'AFP', 'RIA Novosti'])
  })

  it('drops a generic descriptor before the outlet name in the page title', () => {
    const a = article(['Grain talks stall again / Economy / News agency Example', 'Grain talks stall again', ...body])
    expect(a.source.name).toBe('Example')
  })

  it('reads the outlet from a footer when the page title has no site name', () => {
    const a = article(['Grain talks stall again', ...body, 'Example TV’s website can also be accessed at the following alternate addresses:', 'example.tv example.news'])
    expect(a.source).toMatchObject({ name: 'Example TV', basis: 'footer' })
  })

  it('a copyright line is the last resort', () => {
    const a = article(['Grain talks stall again', ...body, '© Copyright 2021 Example Media Group. All rights reserved.'])
    expect(a.source).toMatchObject({ name: 'Example Media Group', basis: 'footer' })
  })

  it('no name anywhere: null, basis none', () => {
    const a = article(['Grain talks stall again', ...body])
    expect(a.source).toMatchObject({ name: null, basis: 'none' })
  })
})

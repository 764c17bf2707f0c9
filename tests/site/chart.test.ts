/**
 * The stance chart on person pages, read back from the built page: one
 * symbol per row of the chart's table, topic labels as text (escaped, however
 * hostile), dated ticks along the time axis, and no inline style.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseHTML } from 'linkedom'
import { beforeAll, describe, expect, it } from 'vitest'
import { corpus as base, records } from '../fixtures/site/corpus.ts'
import { buildInto } from './build.ts'

/** Short enough not to be cut (the chart shortens labels over 32 characters). */
const HOSTILE_TOPIC = '<b onclick=x()>Tolls</b> & "f"'
let doc: Document

beforeAll(async () => {
  const corpus = structuredClone(base)
  const tolls = corpus.topics.find((t) => t.id === 'road-tolls')!
  tolls.label = HOSTILE_TOPIC
  const built = await buildInto(corpus, records, { search: false })
  doc = parseHTML(readFileSync(join(built.dir, 'people/mara-lindqvist/index.html'), 'utf8')).document as unknown as Document
})

describe('the stance chart', () => {
  it('draws one symbol per point of its table, with the topics as labels', () => {
    const svg = doc.querySelector('svg.stance-chart')!
    const rows = [...doc.querySelectorAll('.chart-data tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))
    expect(rows.length).toBeGreaterThan(1)
    expect(svg.querySelectorAll('g[stroke-width] path').length).toBe(rows.length)
    const labels = [...svg.querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent)
    expect(labels.sort()).toEqual([...new Set(rows.map((r) => r[1]))].sort())
    expect(svg.getAttribute('aria-label')).toBe('Stance of Mara Lindqvist per topic over time')
  })

  it('keeps a hostile topic label as text', () => {
    const svg = doc.querySelector('svg.stance-chart')!
    expect([...svg.querySelectorAll('text')].some((t) => t.textContent === HOSTILE_TOPIC)).toBe(true)
    expect(svg.querySelector('b')).toBeNull()
    for (const el of svg.querySelectorAll('*')) for (const attr of el.attributes) expect(attr.name.startsWith('on')).toBe(false)
    expect(svg.querySelector('[style], style')).toBeNull()
  })

  it('labels the time axis with dates spanning the points', () => {
    const svg = doc.querySelector('svg.stance-chart')!
    const ticks = [...svg.querySelectorAll('g[font-variant] text')].map((t) => t.textContent)
    expect(ticks.length).toBeGreaterThan(1)
    // The fixture's statements are from 2019 and 2023: yearly ticks, or months with their year underneath.
    expect(ticks.join(' ')).toMatch(/20(19|20|21|22|23)/)
  })
})

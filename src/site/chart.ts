/**
 * The stance-per-topic chart on person pages, drawn at build time with
 * Observable Plot on a linkedom document and serialised as inline SVG.
 * Plot writes text through the DOM, so labels from articles come out escaped;
 * the inline <style> and generated class are removed so the page's
 * Content-Security-Policy can forbid inline styles and the bytes stay stable.
 */
import * as Plot from '@observablehq/plot'
import { parseHTML } from 'linkedom'
import type { Stance } from '../model.ts'

export interface StancePoint {
  date: string
  topic: string
  stance: Stance
}

const STANCE_ORDER: Stance[] = ['negative', 'neutral', 'positive']
/** Mid-tone colours readable on light and dark backgrounds; shapes repeat the meaning for colour-blind readers. */
const STANCE_COLOR = ['#c0392b', '#7a7a7a', '#1e8449']
const STANCE_SYMBOL = ['times', 'circle', 'triangle']
/** Longer topic labels are cut so the plot keeps most of the width. */
const LABEL_MAX = 32

/**
 * One DOM document for every chart of a build: Plot only creates detached
 * elements in it, and parsing a fresh document per person cost more than
 * some charts.
 */
let shared: Document | undefined
function chartDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document
  return shared
}

/** Inline SVG markup, or null when there is nothing dated to draw. */
export function stanceChart(points: StancePoint[], label: string): string | null {
  const data = points
    .filter((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.date))
    .map((p) => ({ date: new Date(`${p.date}T00:00:00Z`), topic: p.topic.length > LABEL_MAX ? `${p.topic.slice(0, LABEL_MAX - 1)}…` : p.topic, stance: p.stance }))
  if (data.length === 0) return null
  const topics = [...new Set(data.map((d) => d.topic))]
  const svg = Plot.plot({
    document: chartDocument(),
    width: 640,
    height: 64 + topics.length * 40,
    // Room for the longest topic label at 13 px (about 7.2 px a character).
    marginLeft: Math.min(250, Math.max(80, Math.ceil(12 + 7.2 * Math.max(...topics.map((t) => t.length))))),
    marginTop: 20,
    marginRight: 30,
    x: { type: 'utc', label: null, grid: true, ticks: 5, inset: 20 },
    y: { label: null, domain: topics },
    color: { domain: STANCE_ORDER, range: STANCE_COLOR },
    symbol: { domain: STANCE_ORDER, range: STANCE_SYMBOL },
    marks: [
      Plot.dot(data, { x: 'date', y: 'topic', stroke: 'stance', symbol: 'stance', r: 6, strokeWidth: 2.5 }),
    ],
  }) as unknown as Element
  for (const style of [...svg.querySelectorAll('style')]) style.remove()
  svg.removeAttribute('class')
  svg.setAttribute('class', 'stance-chart')
  svg.setAttribute('font-size', '13')
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', label)
  for (const el of [svg, ...svg.querySelectorAll('*')]) el.removeAttribute('style')
  // Sub-pixel precision only costs bytes: coordinates are rounded to a tenth of a pixel.
  for (const el of svg.querySelectorAll('*')) {
    for (const name of ['transform', 'd', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy']) {
      const value = el.getAttribute(name)
      if (value) el.setAttribute(name, value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10)))
    }
  }
  // The whole figure is one image with one label; the parts' own labels would only confuse validators and readers.
  for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label')
  return svg.outerHTML
}

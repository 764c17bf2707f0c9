/**
 * The stance-per-topic chart on person pages: a dot plot (date across, topic
 * down, one symbol per stance) written directly as inline SVG.
 *
 * It used to be drawn with Observable Plot on a linkedom document, which cost
 * about 0.6 ms per person (a second of every 1,000-article build) for a
 * figure this simple. The layout follows what Plot drew: the same margins,
 * band positions, symbols, colours and two-line time ticks. Text from articles
 * (topic labels, the figure's label) is escaped here; the template marks the
 * SVG safe. No inline style, so the page's Content-Security-Policy holds.
 */
import type { Stance } from '../model.ts'
import { timeTicks } from './chart-ticks.ts'

export interface StancePoint {
  date: string
  topic: string
  stance: Stance
}

const WIDTH = 640
const MARGIN_TOP = 20
const MARGIN_RIGHT = 30
const MARGIN_BOTTOM = 30
/** Room kept at both ends of the time axis so edge symbols are not cut. */
const INSET = 20
/** Mid-tone colours readable on light and dark backgrounds; shapes repeat the meaning for colour-blind readers. */
const SYMBOL: Record<Stance, { color: string; path: string }> = {
  negative: { color: '#c0392b', path: 'M-6.5,-6.5L6.5,6.5M-6.5,6.5L6.5,-6.5' },
  neutral: { color: '#7a7a7a', path: 'M6,0A6,6,0,1,1,-6,0A6,6,0,1,1,6,0' },
  positive: { color: '#1e8449', path: 'M0,-9.3L8.1,4.7L-8.1,4.7Z' },
}
/** Longer topic labels are cut so the plot keeps most of the width. */
const LABEL_MAX = 32
const DAY = /^\d{4}-\d{2}-\d{2}$/

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/** A coordinate to a tenth of a pixel: sub-pixel precision only costs bytes. */
function px(n: number): string {
  return String(Math.round(n * 10) / 10)
}

/** Inline SVG markup, or null when there is nothing dated to draw. */
export function stanceChart(points: StancePoint[], label: string): string | null {
  const data = points
    .filter((p) => DAY.test(p.date) && SYMBOL[p.stance])
    .map((p) => ({
      time: Date.parse(`${p.date}T00:00:00Z`),
      topic: p.topic.length > LABEL_MAX ? `${p.topic.slice(0, LABEL_MAX - 1)}…` : p.topic,
      stance: p.stance,
    }))
    .filter((d) => Number.isFinite(d.time))
  if (data.length === 0) return null
  const topics = [...new Set(data.map((d) => d.topic))]
  const height = 64 + topics.length * 40
  // Room for the longest topic label at 13 px (about 7.2 px a character).
  const left = Math.min(250, Math.max(80, Math.ceil(12 + 7.2 * Math.max(...topics.map((t) => t.length)))))
  const bottom = height - MARGIN_BOTTOM

  // Topics are evenly spaced bands; each topic sits in the middle of its band.
  const step = (bottom - MARGIN_TOP) / topics.length
  const yOf = new Map(topics.map((t, i) => [t, MARGIN_TOP + step * (i + 0.5)]))
  let t0 = Infinity
  let t1 = -Infinity
  for (const d of data) {
    t0 = Math.min(t0, d.time)
    t1 = Math.max(t1, d.time)
  }
  const x0 = left + INSET
  const x1 = WIDTH - MARGIN_RIGHT - INSET
  const xOf = (t: number) => (t1 === t0 ? (x0 + x1) / 2 : x0 + ((t - t0) / (t1 - t0)) * (x1 - x0))
  const ticks = timeTicks(t0, t1, 5)

  const out: string[] = []
  out.push(
    `<svg class="stance-chart" role="img" aria-label="${escapeXml(label)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" text-anchor="middle" font-size="13" font-family="system-ui, sans-serif" fill="currentColor">`,
  )
  // Topic axis: a tick and the label, right-aligned against the plot.
  out.push('<g stroke="currentColor" fill="none" aria-hidden="true">')
  for (const t of topics) out.push(`<path d="M0,0L-6,0" transform="translate(${left},${px(yOf.get(t)!)})"/>`)
  out.push('</g><g text-anchor="end">')
  for (const t of topics) out.push(`<text x="${left - 9}" y="${px(yOf.get(t)!)}" dy="0.3em">${escapeXml(t)}</text>`)
  out.push('</g>')
  // Time axis: faint grid lines, ticks and labels.
  out.push('<g stroke-opacity="0.1" stroke="currentColor" aria-hidden="true">')
  for (const tick of ticks) out.push(`<line x1="${px(xOf(tick.time))}" x2="${px(xOf(tick.time))}" y1="${MARGIN_TOP}" y2="${bottom}"/>`)
  out.push('</g><g stroke="currentColor" fill="none" aria-hidden="true">')
  for (const tick of ticks) out.push(`<path d="M0,0L0,6" transform="translate(${px(xOf(tick.time))},${bottom})"/>`)
  out.push('</g><g font-variant="tabular-nums">')
  for (const tick of ticks) {
    const at = `transform="translate(${px(xOf(tick.time))},${bottom + 9})"`
    out.push(
      tick.context
        ? `<text ${at}><tspan x="0" y="0.7em">${tick.label}</tspan><tspan x="0" dy="1em">${tick.context}</tspan></text>`
        : `<text ${at} y="0.7em">${tick.label}</text>`,
    )
  }
  out.push('</g>')
  // The points, in data order, one symbol per stance.
  out.push('<g stroke-width="2.5" fill="none">')
  for (const d of data) {
    const s = SYMBOL[d.stance]
    out.push(`<path stroke="${s.color}" d="${s.path}" transform="translate(${px(xOf(d.time))},${px(yOf.get(d.topic)!)})"/>`)
  }
  out.push('</g></svg>')
  return out.join('')
}

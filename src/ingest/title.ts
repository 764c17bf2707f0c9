/** The headline of page text: the line above the body that best announces it. */
import { keyOf, normalise, type Features, type Line } from './lines.ts'
import { uiReason } from './ui-words.ts'
import { isArticleEnd } from './boilerplate.ts'

interface Scored extends Line { f: Features; prose: boolean; key?: string }

export interface PageTitle {
  /** The HTML <title> as the browser printed it: "headline / section / site". */
  headline: string
  headlineStart: number
  headlineEnd: number
  site: string | null
  siteStart: number | null
  siteEnd: number | null
}

export interface TitleChoice {
  value: string
  basis: string
  start: number
  end: number
  /** Index into the classified lines, or -1 when the title is part of a line (the page title). */
  lineIndex: number
}

const TITLE_SEPARATOR = /\s+(?:\/|\||-|–|—|::|«|»|·)\s+/gu

/** Reads a first line shaped like a browser page title: a headline followed by section and site names. */
export function splitPageTitle(line: Line): PageTitle | null {
  const seps = [...line.text.matchAll(TITLE_SEPARATOR)]
  if (!seps.length) return null
  const first = seps[0]
  const last = seps[seps.length - 1]
  const headline = line.text.slice(0, first.index)
  const siteOffset = last.index! + last[0].length
  const site = line.text.slice(siteOffset).trim()
  if (headline.split(/\s+/).length < 3) return null
  if (!site || site.split(/\s+/).length > 6 || /[.!?]$/.test(site)) return null
  return {
    headline,
    headlineStart: line.start,
    headlineEnd: line.start + headline.length,
    site,
    siteStart: line.start + siteOffset,
    siteEnd: line.start + siteOffset + site.length,
  }
}

const STOP = new Set('the and for with that this from have has had are was were will would its their his her they them than then into over after about said says not but who what when which while been being also more most such can could should may might our you your any all one two new'.split(' '))

function contentWords(tokens: string[]): Set<string> {
  const words = new Set<string>()
  for (const t of tokens) if (t.length >= 3 && !STOP.has(t)) words.add(t)
  return words
}

/** An accessibility link that pages start with ("Skip to main content"), saved as their first line. */
const SKIP_LINK = /^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|article|footer)\b/i

export function chooseTitle(lines: Scored[], region: [number, number] | null, page: PageTitle | null): TitleChoice | null {
  const end = region ? region[0] : Math.min(lines.length, 30)
  const lead = new Set<string>()
  if (region) {
    let n = 0
    for (let i = region[0]; i <= region[1] && n < 3; i++) {
      if (!lines[i].prose) continue
      for (const w of contentWords(lines[i].f.tokens)) lead.add(w)
      n++
    }
  }
  const pageKey = page ? normalise(page.headline) : null
  // Words of the page title (the first line as browsers save it), with or without a site suffix.
  const first = lines[0]
  const pageWords = page
    ? contentWords(normalise(page.headline).split(' '))
    : first && first.f.words <= 30 && !first.prose && !SKIP_LINK.test(first.text)
      ? contentWords(first.f.tokens)
      : new Set<string>()
  let best: { i: number; s: number } | null = null
  for (let i = page ? 1 : 0; i < end; i++) {
    const l = lines[i]
    if (l.f.words < 3 || l.f.words > 30) continue
    if (l.f.letterRatio < 0.6) continue
    // A sentence ending in a full stop is a lead paragraph, not a headline.
    if (l.prose && /[.]["'”’]?$/.test(l.text) && l.f.words > 12) continue
    const ui = uiReason(l.f.tokens)
    if (ui && (ui.share >= 0.3 || ((ui.reason === 'subscribe' || ui.reason === 'cookie-notice') && l.f.words <= 10))) continue
    if (isArticleEnd(l.text) || SKIP_LINK.test(l.text)) continue
    // Bylines ("Analysis by Jane Doe, Editor-at-large") name the author, not the story.
    if (l.f.words <= 12 && /(?:^|\s)by\s+\p{Lu}/u.test(l.text)) continue
    const words = contentWords(l.f.tokens)
    if (!words.size) continue
    let shared = 0
    for (const w of words) if (lead.has(w)) shared++
    let s = (2 * shared) / words.size
    if (pageWords.size) {
      let both = 0
      for (const w of words) if (pageWords.has(w)) both++
      s += (2 * both) / (words.size + pageWords.size - both)
    }
    const key = pageKey ? keyOf(l) : ''
    if (pageKey && key === pageKey) s += 2
    else if (pageKey && key.length > 10 && (pageKey.startsWith(key) || key.startsWith(pageKey))) s += 1.5
    if (l.f.capRatio > 0.7 && l.f.words <= 5) s -= 0.5
    if (l.f.words >= 5) s += 0.3
    s += 0.3 * Math.max(0, 1 - (end - i) / 10)
    if (!best || s >= best.s) best = { i, s }
  }
  if (best && best.s >= 0.8) {
    const l = lines[best.i]
    return { value: l.text, basis: 'headline-line', start: l.start, end: l.end, lineIndex: best.i }
  }
  if (page) return { value: page.headline, basis: 'page-title', start: page.headlineStart, end: page.headlineEnd, lineIndex: -1 }
  return null
}

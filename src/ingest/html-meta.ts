/** Metadata an HTML page states about itself: JSON-LD, Open Graph, <time>, canonical link. */
import type { SourceGuess } from './source.ts'
import type { StatedDate } from './draft.ts'
import { parseHTML } from 'linkedom'
import { cleanOutletName } from './source.ts'
import { parseIso } from './day.ts'

export interface HtmlMeta {
  title: { value: string; basis: string } | null
  sources: SourceGuess[]
  dates: StatedDate[]
  url: string | null
  language: string | null
  authors: string[]
}

type Json = Record<string, unknown>
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|WebPage|LiveBlogPosting|Report)$/

function objects(v: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(v)) for (const x of v) objects(x, out)
  else if (v && typeof v === 'object') {
    out.push(v as Json)
    const g = (v as Json)['@graph']
    if (g) objects(g, out)
  }
  return out
}

function typeOf(o: Json): string[] {
  const t = o['@type']
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : []
}

/** Metadata strings often carry HTML entities ("&#039;", "&amp;"): decode them through the DOM, as text. */
const decoder = parseHTML('<!doctype html><html><body><p></p></body></html>').document.querySelector('p')!
export function decodeEntities(s: string): string {
  if (!/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(s)) return s
  // Angle brackets are escaped first: only entities are decoded, nothing is read as markup.
  decoder.innerHTML = s.replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return (decoder.textContent ?? s).replace(/\s+/g, ' ').trim()
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return decodeEntities(v.trim())
  if (Array.isArray(v)) return str(v[0])
  if (v && typeof v === 'object') return str((v as Json).name) ?? str((v as Json)['@value'])
  return null
}

/** YYYY-MM-DD of an ISO-like timestamp, keeping the calendar day the page states (no time-zone shift). */
export function dayOfTimestamp(s: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(s)
  let value: string | null = null
  if (m) value = `${m[1]}-${m[2]}-${m[3]}`
  else {
    const t = Date.parse(s)
    value = Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10)
  }
  // Placeholder dates ("0001-01-01", "1970-01-01" from an empty timestamp) are not publication dates.
  if (!value || parseIso(value) === null) return null
  const year = Number(value.slice(0, 4))
  return year > 1970 && year < 2100 ? value : null
}

/** A date in the URL path: /2022/11/09/ or /2022-11-09-. */
export function dateInUrl(url: string): StatedDate | null {
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/.exec(url)
  if (!m) return null
  const value = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`
  return { value, basis: 'url', evidence: [{ reason: 'date in the article URL', quote: m[0] }] }
}

export function readMeta(document: Document): HtmlMeta {
  const meta = (sel: string): string | null => {
    const el = document.querySelector(sel)
    const v = el?.getAttribute('content') ?? null
    return v && v.trim() ? decodeEntities(v.trim()) : null
  }
  const sources: SourceGuess[] = []
  const dates: StatedDate[] = []
  let title: HtmlMeta['title'] = null
  let url: string | null = null
  const authors: string[] = []

  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue
    }
    for (const o of objects(data)) {
      if (!typeOf(o).some((t) => ARTICLE_TYPES.test(t))) continue
      const headline = str(o.headline) ?? str(o.name)
      if (headline && !title) title = { value: headline, basis: 'json-ld' }
      const published = str(o.datePublished) ?? str(o.dateCreated)
      const d = published ? dayOfTimestamp(published) : null
      if (d) dates.push({ value: d, basis: 'html-meta', evidence: [{ reason: 'JSON-LD datePublished', quote: published! }] })
      const publisher = str(o.publisher)
      if (publisher) sources.push({ name: cleanOutletName(publisher), basis: 'json-ld', evidence: [{ reason: 'JSON-LD publisher.name', quote: publisher }] })
      const author = o.author
      for (const a of Array.isArray(author) ? author : author ? [author] : []) {
        const n = str(a)
        if (n) authors.push(n)
      }
      const u = str(o.url) ?? str((o.mainEntityOfPage as Json | undefined)?.['@id'])
      if (u && /^https?:/.test(u) && !url) url = u
    }
  }
  const site = meta('meta[property="og:site_name"]') ?? meta('meta[name="og:site_name"]') ?? meta('meta[name="application-name"]')
  if (site) sources.push({ name: cleanOutletName(site), basis: 'og:site_name', evidence: [{ reason: 'Open Graph og:site_name', quote: site }] })
  const ogTitle = meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]')
  if (ogTitle && !title) title = { value: ogTitle, basis: 'og:title' }
  for (const [sel, reason] of [
    ['meta[property="article:published_time"]', 'Open Graph article:published_time'],
    ['meta[name="article:published_time"]', 'article:published_time'],
    ['meta[itemprop="datePublished"]', 'microdata datePublished'],
    ['meta[name="pubdate"]', 'meta pubdate'],
    ['meta[name="publish-date"]', 'meta publish-date'],
    ['meta[name="date"]', 'meta date'],
    ['meta[name="dc.date"]', 'Dublin Core date'],
    ['meta[name="DC.date.issued"]', 'Dublin Core date issued'],
  ] as const) {
    const v = meta(sel)
    const d = v ? dayOfTimestamp(v) : null
    if (d) dates.push({ value: d, basis: 'html-meta', evidence: [{ reason, quote: v! }] })
  }
  const time = document.querySelector('time[datetime]')
  const dt = time?.getAttribute('datetime')
  const td = dt ? dayOfTimestamp(dt) : null
  if (td) dates.push({ value: td, basis: 'html-meta', evidence: [{ reason: '<time datetime>', quote: dt! }] })

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]')
  if (canonical && /^https?:\/\//.test(canonical)) url = canonical
  if (url) {
    const fromUrl = dateInUrl(url)
    if (fromUrl) dates.push(fromUrl)
  }
  const lang = document.documentElement?.getAttribute('lang')?.toLowerCase().split(/[-_]/)[0] ?? null
  return { title, sources, dates, url, language: lang && /^[a-z]{2,3}$/.test(lang) ? lang : null, authors }
}

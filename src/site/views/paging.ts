/**
 * Page-size limits. Every page must stay under 100 KB however large the corpus
 * is, so long lists are split into numbered pages and long statement lists on
 * person, topic and outlet pages show the latest ones with a link to the
 * (paginated) timeline for the rest.
 */
import type { PageBase } from './page.ts'

export interface Pager {
  prev: string | null
  next: string | null
  label: string
}

/** Statements shown on a person, topic, story or outlet page before "see all on the timeline". */
export const STATEMENTS_SHOWN = 50
/** Articles listed on a topic, story or outlet page. */
export const ARTICLES_SHOWN = 40
/** Items per page of an index (articles, people, topics, outlets). */
export const INDEX_PAGE = 150

/** Split into pages of `size`; always at least one (possibly empty) page. */
export function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out.length ? out : [[]]
}

/** URL of page `i` (0-based) of a list whose first page is `base`. */
export function pageUrl(base: string, i: number): string {
  return i === 0 ? base : `${base}${i + 1}/`
}

export function pagerFor(base: string, i: number, total: number): Pager | null {
  if (total <= 1) return null
  return {
    prev: i > 0 ? pageUrl(base, i - 1) : null,
    next: i + 1 < total ? pageUrl(base, i + 1) : null,
    label: `Page ${i + 1} of ${total}`,
  }
}

/** One view per page of a long list; page 2 onwards lives at `${url}2/` and so on. */
export function paginate<T, V>(items: T[], head: PageBase, size: number, make: (part: T[], page: PageBase, pager: Pager | null) => V): V[] {
  const parts = chunk(items, size)
  return parts.map((part, i) => {
    const url = pageUrl(head.url, i)
    const title = parts.length > 1 ? `${head.title} (page ${i + 1} of ${parts.length})` : head.title
    return make(part, { ...head, url, path: `${url.slice(1)}index.html`, title }, pagerFor(head.url, i, parts.length))
  })
}


/** FNV-1a over the UTF-16 units, finished with MurmurHash3's mix so every bit is usable. */
function keyHash(key: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

export interface Breaks {
  /** A page never ends before it holds this many items (unless the list ends). */
  min: number
  /** A page always ends at this many items. */
  max: number
  /** About one item in `every` ends a page (once `min` is reached). */
  every: number
  /** A page ends before an item that would take its weight past this. */
  budget?: number
}

/**
 * Content-defined pages: a page ends after an item whose key hashes to a
 * break, so where pages end depends on the items next to the break, not on
 * how many came before. An item added to (or taken from) a long list changes
 * its own page and rarely the next one; fixed-size pages shifted every later
 * page by one item, so every later page changed and was rendered again.
 * Always at least one (possibly empty) page.
 */
export function stableChunks<T>(items: T[], keyOf: (item: T) => string, breaks: Breaks, weightOf?: (item: T) => number): T[][] {
  const out: T[][] = []
  let page: T[] = []
  let weight = 0
  for (const item of items) {
    const w = weightOf ? weightOf(item) : 0
    if (page.length > 0 && breaks.budget !== undefined && weight + w > breaks.budget) {
      out.push(page)
      page = []
      weight = 0
    }
    page.push(item)
    weight += w
    if (page.length >= breaks.max || (page.length >= breaks.min && keyHash(keyOf(item)) % breaks.every === 0)) {
      out.push(page)
      page = []
      weight = 0
    }
  }
  if (page.length > 0 || out.length === 0) out.push(page)
  return out
}

/**
 * URLs for content-defined pages: the first page at `base`, each later page
 * named after its first item (`nameOf`, URL-safe), with -2, -3… when two pages
 * would share a name. Names do not count pages, so a page added or dropped
 * leaves every other page's address (and the links to it) as it was.
 */
export function stableUrls<T>(base: string, pages: T[][], nameOf: (first: T) => string): string[] {
  const used = new Map<string, number>()
  return pages.map((page, i) => {
    if (i === 0 || page.length === 0) return base
    const name = nameOf(page[0]!)
    const n = (used.get(name) ?? 0) + 1
    used.set(name, n)
    return `${base}${n === 1 ? name : `${name}-${n}`}/`
  })
}

/** Links to the neighbouring pages, with a label naming this page's place (not the page count, which would change every page). */
export function stablePager(urls: string[], i: number, label: string): Pager | null {
  if (urls.length <= 1) return null
  return { prev: i > 0 ? urls[i - 1]! : null, next: i + 1 < urls.length ? urls[i + 1]! : null, label }
}

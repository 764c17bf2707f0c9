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
/** Where index pages (articles, people, topics, outlets) end: about 120 items, at most 200 (a low minimum keeps a change local; see the timeline). */
export const INDEX_BREAKS: Breaks = { min: 40, target: 170, max: 200, every: 120 }

/**
 * The folder later pages of an index live in, e.g. `/people/page/joe-bloggs/`.
 * The catalog reserves this slug in every folder, so no person, article or
 * topic page can take it.
 */
export const PAGE_FOLDER = 'page'

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
  /** A page never ends before it weighs this much (unless the list ends). */
  min: number
  /** Past this weight a page ends much sooner: one item in `every / 8` (at least 2) ends it. */
  target: number
  /** A page ends before an item that would take it past this weight. */
  max: number
  /** Between `min` and `target`, about one item in `every` ends a page. */
  every: number
}

/**
 * Content-defined pages: a page ends after an item whose key hashes to a
 * break, so where pages end depends on the items next to the break, not on
 * how many came before. An item added to (or taken from) a long list changes
 * its own page and rarely the next one; fixed-size pages shifted every later
 * page by one item, so every later page changed and was rendered again.
 * Past `target` breaks come eight times as often, so a page is almost never
 * cut at `max`: a cut there depends on where the page began, and a run of such
 * cuts would carry one change through every later page.
 * Weights are 1 an item unless `weightOf` says otherwise. Always at least one
 * (possibly empty) page.
 */
export function stableChunks<T>(items: T[], keyOf: (item: T) => string, breaks: Breaks, weightOf?: (item: T) => number): T[][] {
  const late = Math.max(2, Math.floor(breaks.every / 8))
  const out: T[][] = []
  let page: T[] = []
  let weight = 0
  for (const item of items) {
    const w = weightOf ? weightOf(item) : 1
    if (page.length > 0 && weight + w > breaks.max) {
      out.push(page)
      page = []
      weight = 0
    }
    page.push(item)
    weight += w
    if (weight >= breaks.min && keyHash(keyOf(item)) % (weight < breaks.target ? breaks.every : late) === 0) {
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
 * named after its first item (`nameOf`, URL-safe). When pages share a name
 * (several pages of one busy day), the later ones add a short hash of their
 * first item's key, not a count: a page added or dropped leaves every other
 * page's address (and the links to it) as it was.
 */
export function stableUrls<T>(base: string, pages: T[][], nameOf: (first: T) => string, keyOf: (item: T) => string): string[] {
  const used = new Set<string>()
  return pages.map((page, i) => {
    if (i === 0 || page.length === 0) return base
    let name = nameOf(page[0]!)
    if (used.has(name)) name = `${name}-${keyHash(keyOf(page[0]!)).toString(36).slice(0, 5)}`
    for (let n = 2; used.has(name); n++) name = `${name.replace(/~\d+$/, '')}~${n}`
    used.add(name)
    return `${base}${name}/`
  })
}

/** Links to the neighbouring pages, with a label naming this page's place (not the page count, which would change every page). */
export function stablePager(urls: string[], i: number, label: string): Pager | null {
  if (urls.length <= 1) return null
  return { prev: i > 0 ? urls[i - 1]! : null, next: i + 1 < urls.length ? urls[i + 1]! : null, label }
}

/**
 * One view per page of a long index, pages cut by `stableChunks` and named
 * by their first item (`nameOf`, URL-safe): the first page at `head.url`,
 * later ones at `${head.url}page/<name>/`. `labelOf` says what a page holds
 * ("Abel – Brandt", "3–9 November 2019") for its title and pager, in place of
 * "page i of N", so one item added changes the page it lands on, not all.
 */
export function stablePaginate<T, V>(
  items: T[],
  head: PageBase,
  breaks: Breaks,
  keyOf: (item: T) => string,
  nameOf: (first: T) => string,
  labelOf: (part: T[]) => string,
  make: (part: T[], page: PageBase, pager: Pager | null, index: number) => V,
): V[] {
  const parts = stableChunks(items, keyOf, breaks)
  const urls = stableUrls(`${head.url}${PAGE_FOLDER}/`, parts, nameOf, keyOf).map((url, i) => (i === 0 ? head.url : url))
  return parts.map((part, i) => {
    const url = urls[i]!
    const label = parts.length > 1 && part.length > 0 ? labelOf(part) : ''
    const title = i > 0 ? `${head.title}: ${label}` : head.title
    return make(part, { ...head, url, path: `${url.slice(1)}index.html`, title }, stablePager(urls, i, label), i)
  })
}

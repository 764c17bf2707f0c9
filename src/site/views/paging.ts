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


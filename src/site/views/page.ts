/** What every page view carries for the layout: where it goes and what the head says. */
import type { Link } from '../catalog.ts'

export interface PageBase {
  /** Output path inside the site, e.g. `articles/x/index.html`. */
  path: string
  /** Root-relative URL; the HTML base plugin adds the base path. */
  url: string
  title: string
  /** The <title>: the page title cut to a readable length, with the site name. Set by `finishPages`. */
  headTitle?: string
  description: string
  /** Embedded JSON-LD, already escaped by `embedJson`. */
  jsonLd: string
  /** Which main-menu entry is current. */
  section: 'home' | 'articles' | 'compare' | 'timeline' | 'people' | 'topics' | 'outlets' | 'search' | 'data' | 'other'
  crumbs: Link[]
  /** Extra stylesheet-free scripts this page loads from /assets/. */
  scripts: string[]
  /** The Content-Security-Policy for the page's meta tag. Set by `finishPages`. */
  csp?: string
}

/**
 * No inline script or style anywhere: scripts and styles come from the site
 * itself. Only the search page may compile WebAssembly (Pagefind's index).
 */
function policy(p: PageBase): string {
  const wasm = p.scripts.includes('search.js') ? " 'wasm-unsafe-eval'" : ''
  return [
    "default-src 'self'",
    `script-src 'self'${wasm}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * How a list's pages are judged as they are made (see `buildViews`). `page`
 * returns the page made with `make` when it is to be rendered, null when the
 * previous output holds it unchanged. With a `key` (everything the page is
 * made from, statements by what determines them) that is decided before the
 * page is made; with a null key, by hashing the page's view.
 */
export interface PageJudge<V> {
  page(url: string, key: unknown, make: () => V): V | null
}

export function pagePath(url: string): string {
  return `${url.replace(/^\//, '')}index.html`
}

/** Titles over this many characters are cut for the <title> element (search results cut them anyway). */
const HEAD_TITLE_MAX = 55

export function finishPages(pages: PageBase[]): void {
  for (const p of pages) {
    p.csp = policy(p)
    if (p.url === '/') {
      p.headTitle = 'newscompare: who said what, and how it was reported'
      continue
    }
    const flat = p.title.replace(/\s+/g, ' ').trim()
    const cut = flat.length > HEAD_TITLE_MAX ? `${flat.slice(0, HEAD_TITLE_MAX - 1).replace(/\s+\S*$/, '')}…` : flat
    p.headTitle = `${cut} · newscompare`
  }
}

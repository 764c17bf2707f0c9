/** What every page view carries for the layout: where it goes and what the head says. */
import type { Link } from '../catalog.ts'

export interface PageBase {
  /** Output path inside the site, e.g. `articles/x/index.html`. */
  path: string
  /** Root-relative URL; the HTML base plugin adds the base path. */
  url: string
  title: string
  description: string
  /** Embedded JSON-LD, already escaped by `embedJson`. */
  jsonLd: string
  /** Which main-menu entry is current. */
  section: 'home' | 'articles' | 'compare' | 'timeline' | 'people' | 'topics' | 'outlets' | 'search' | 'data' | 'other'
  crumbs: Link[]
  /** Extra stylesheet-free scripts this page loads from /assets/. */
  scripts: string[]
}

export function pagePath(url: string): string {
  return `${url.replace(/^\//, '')}index.html`
}

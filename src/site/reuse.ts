/**
 * Page-level incremental rendering.
 *
 * Every HTML page is rendered from one view object (plus the site-wide
 * globals and the templates), so a page whose view hashes the same as in the
 * last build is byte-for-byte the page already on disk. Such pages are
 * withheld from Eleventy, which then renders only what changed; the previous
 * output is updated in place, so they stay where they are (only checked to be
 * still there). Eleventy's own `--incremental` mode is not used: it tracks
 * template files, not the items of a paginated data array, so it would
 * re-render every page of a changed list.
 */
import crypto from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { SiteViews } from './views/index.ts'

/** The view lists that become one HTML page per item (the feed and sitemap are always rendered). */
export const PAGE_LISTS = [
  'home', 'articlesIndex', 'articles', 'compareIndex', 'compares', 'personCompares', 'timelines',
  'entityIndexes', 'entities', 'groups', 'families', 'lists', 'search', 'data', 'notFound',
] as const satisfies ReadonlyArray<keyof SiteViews>

type PageList = (typeof PAGE_LISTS)[number]

/** What a build remembers about the pages it wrote, to reuse them next time. */
export interface PageState {
  /** Hash of everything every page depends on: templates, site code, globals. */
  shared: string
  /** Output path → hash of the page's view. */
  pages: Record<string, string>
}

export interface Reuse {
  /** Hands over the views still to render (the unchanged ones removed); a second call throws. */
  take(): SiteViews
  /** The state to remember for the next build. */
  state: PageState
  /** Pages left as they are in the previous output. */
  reused: number
  /** Pages in all. */
  total: number
  /** With a usable previous state: the pages to render into it and the previous ones the site no longer has. */
  update: { pages: string[]; removed: string[] } | null
}

/**
 * SHA-1 of a string, base64url. `crypto.hash` (Node 20.12 and later) gives the
 * same digest at half the cost of a Hash object for short input, and a build
 * makes some 40,000 digests, most of them short.
 */
const sha1: (text: string) => string =
  typeof crypto.hash === 'function'
    ? (text) => crypto.hash('sha1', text, 'base64url')
    : (text) => crypto.createHash('sha1').update(text).digest('base64url')

const hashOf = (value: unknown) => sha1(JSON.stringify(value))

/**
 * Decides page by page whether a view must be rendered (changed, or gone
 * from the previous output), recording its hash. Being synchronous, it can
 * judge views as they are made (see `buildViews`).
 */
export class Sieve {
  readonly pages: Record<string, string> = {}
  reused = 0
  seen = 0

  /** `old` null: no usable previous output, so every page is rendered (and hashed, for next time). */
  constructor(
    readonly shared: string,
    readonly old: { dir: string; state: PageState } | null,
  ) {}

  /** Whether `view` must be rendered; its hash is the hash of the whole view. */
  keep(view: { path: string }): boolean {
    return this.judge(view.path, hashOf(view))
  }

  /**
   * Whether the page at `page` must be rendered, judged before its view is
   * made: `inputs` must hold everything the view is made from (see
   * `articleContext`), the record as a digest of it.
   */
  keepByInputs(page: string, inputs: unknown): boolean {
    return this.judge(page, `in:${hashOf(inputs)}`)
  }

  private judge(page: string, hash: string): boolean {
    this.pages[page] = hash
    this.seen++
    if (!this.old || this.old.state.pages[page] !== hash) return true
    // The page stays where it is; one deleted by hand is rendered again.
    // (A synchronous check: 13,800 of them took 45 ms, where promises cost the thread 0.3 s.)
    if (existsSync(path.join(this.old.dir, page))) {
      this.reused++
      return false
    }
    return true
  }
}

/** The sieve for a build that keeps state (`shared` not null); it reuses `previous` when that was made by the same code and options. */
export function startSieve(shared: string | null, previous: { dir: string; state: PageState } | null): Sieve | null {
  if (shared === null) return null
  return new Sieve(shared, previous && previous.state.shared === shared ? previous : null)
}

/**
 * Returns the views left to render and the state to remember. `sifted`
 * names the lists whose views the sieve already judged as they were made
 * (they hold only the pages to render); the other lists are judged here.
 * Without a sieve (no state to remember) nothing is even hashed.
 */
export function reusePages(
  views: SiteViews,
  sieve: Sieve | null,
  sifted: PageList[] = [],
  /** Called with each list's pages still to render, in site order. */
  onList?: (list: PageList, changed: unknown[]) => void,
): Reuse {
  const done = new Set(sifted)
  const total = (sieve?.seen ?? 0) + PAGE_LISTS.reduce((n, list) => n + (done.has(list) ? 0 : views[list].length), 0)
  if (!sieve) return handOver({ ...views }, { shared: '', pages: {} }, 0, total, null)
  const remaining = { ...views } as Record<PageList, unknown[]>
  for (const list of PAGE_LISTS) {
    const keep = done.has(list) ? views[list] : (views[list] as Array<{ path: string }>).filter((view) => sieve.keep(view))
    remaining[list] = keep
    onList?.(list, keep)
  }
  const { old } = sieve
  const update = old
    ? {
        pages: PAGE_LISTS.flatMap((list) => (remaining[list] as Array<{ path: string }>).map((v) => v.path)),
        removed: Object.keys(old.state.pages).filter((page) => !(page in sieve.pages)),
      }
    : null
  return handOver(remaining as unknown as SiteViews, { shared: sieve.shared, pages: sieve.pages }, sieve.reused, total, update)
}

function handOver(remaining: SiteViews, state: PageState, reused: number, total: number, update: Reuse['update']): Reuse {
  let pending: SiteViews | null = remaining
  const take = () => {
    // Handed over once, so this object does not keep the views alive while they are rendered.
    if (!pending) throw new Error('the views to render were already taken')
    const views = pending
    pending = null
    return views
  }
  return { take, state, reused, total, update }
}

/** A digest of a JSON value, to stand for it in page inputs (see `Sieve#keepByInputs`). */
export function digest(value: unknown): string {
  return hashOf(value)
}

const sharedDigests = new WeakMap<object, string>()

/**
 * `digest` of an object that many page keys hold and nothing changes once
 * made (an article's line on person and family pages), computed once: in a
 * key it stands for the object, which is then not written out for every page.
 */
export function sharedDigest(value: object): string {
  let known = sharedDigests.get(value)
  if (known === undefined) sharedDigests.set(value, (known = hashOf(value)))
  return known
}

/** The shared part of every page's hash. */
export function sharedHash(parts: unknown[]): string {
  return hashOf(parts)
}

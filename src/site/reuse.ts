/**
 * Page-level incremental rendering.
 *
 * Every HTML page is rendered from one view object (plus the site-wide
 * globals and the templates), so a page whose view hashes the same as in the
 * last build is byte-for-byte the page already on disk. Such pages are
 * withheld from Eleventy, which then renders only what changed; they are
 * linked (or copied) from the previous output into the new one, or, when the
 * previous output is updated in place, only checked to be still there. Eleventy's own
 * `--incremental` mode is not used: it tracks template files, not the items of
 * a paginated data array, so it would re-render every page of a changed list.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { SiteViews } from './views/index.ts'

/** The view lists that become one HTML page per item (the feed and sitemap are always rendered). */
export const PAGE_LISTS = [
  'home', 'articlesIndex', 'articles', 'compareIndex', 'compares', 'personCompares', 'timelines',
  'entityIndexes', 'entities', 'groups', 'families', 'lists', 'search', 'data', 'notFound',
] as const satisfies ReadonlyArray<keyof SiteViews>

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
  /** Pages taken over from the previous output. */
  reused: number
  /** Pages in all. */
  total: number
  /** With `previous.inPlace` and a usable state: the pages to render and the previous ones the site no longer has. */
  update: { pages: string[]; removed: string[] } | null
}

const hashOf = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64url')

/**
 * For an output updated in place: decides page by page whether a view must
 * be rendered (changed, or gone from the output), recording its hash. Being
 * synchronous, it can judge views as they are made (see `buildViews`).
 */
export class Sieve {
  readonly pages: Record<string, string> = {}
  reused = 0
  seen = 0

  constructor(readonly old: { dir: string; state: PageState }) {}

  keep(view: { path: string }): boolean {
    const hash = hashOf(view)
    this.pages[view.path] = hash
    this.seen++
    if (this.old.state.pages[view.path] !== hash) return true
    // The page stays where it is; one deleted by hand is rendered again.
    // (A synchronous check: 13,800 of them took 45 ms, where promises cost the thread 0.3 s.)
    if (existsSync(path.join(this.old.dir, view.path))) {
      this.reused++
      return false
    }
    return true
  }
}

/** A sieve when `previous` is to be updated in place and its state is usable, else null. */
export function startSieve(shared: string | null, previous: { dir: string; state: PageState; inPlace?: boolean } | null): Sieve | null {
  return shared !== null && previous?.inPlace && previous.state.shared === shared ? new Sieve(previous) : null
}

/**
 * Takes unchanged pages over from `previousDir` into `outDir` and returns the
 * views left to render. Without a usable previous state nothing is reused;
 * with `shared` null (no state to remember) nothing is even hashed.
 */
export async function reusePages(
  views: SiteViews,
  shared: string | null,
  outDir: string,
  /** `inPlace`: the previous output will be updated, not replaced, so unchanged pages stay where they are. */
  previous: { dir: string; state: PageState; inPlace?: boolean } | null,
  /** Called with each list's pages still to render, as soon as that list is done (again for a page found missing later). */
  onList?: (list: PageList, changed: unknown[]) => void,
  /** The sieve of an update in place (`startSieve`), and the lists it already sifted as they were made. */
  sifted?: { sieve: Sieve; lists: PageList[] },
): Promise<Reuse> {
  const state: PageState = { shared: shared ?? '', pages: sifted?.sieve.pages ?? {} }
  const siftedLists = new Set(sifted?.lists)
  const seen = sifted?.sieve.seen ?? 0
  const total = seen + PAGE_LISTS.reduce((n, list) => n + (siftedLists.has(list) ? 0 : views[list].length), 0)
  if (shared === null) return handOver({ ...views }, state, 0, total, null)
  const old = previous && previous.state.shared === shared ? previous : null
  const sieve = sifted?.sieve ?? (old?.inPlace ? new Sieve(old) : null)
  const remaining = { ...views } as Record<PageList, unknown[]>
  let reused = 0
  const made = new Set<string>()
  // Pages missing from the previous output after all: rendered instead.
  const missing: Array<{ list: PageList; view: unknown }> = []
  // Links run on the thread pool while this thread goes on hashing; at most LINKS_IN_FLIGHT at once,
  // enough to hide file-system latency and far from the descriptor limit.
  let inFlight = 0
  let failure: unknown
  let wake: (() => void) | null = null
  const linked = () => {
    inFlight--
    wake?.()
    wake = null
  }
  for (const list of PAGE_LISTS) {
    if (sieve) {
      // Updated in place: what the sieve keeps is rendered (a list it sifted as the views were made holds only that).
      const keep = siftedLists.has(list) ? views[list] : (views[list] as Array<{ path: string }>).filter((view) => sieve.keep(view))
      remaining[list] = keep
      onList?.(list, keep)
      continue
    }
    const keep: unknown[] = []
    for (const view of views[list] as Array<{ path: string }>) {
      const hash = hashOf(view)
      state.pages[view.path] = hash
      if (!old || old.state.pages[view.path] !== hash) {
        keep.push(view)
        continue
      }
      const from = path.join(old.dir, view.path)
      while (inFlight >= LINKS_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve))
      inFlight++
      takeOver(from, path.join(outDir, view.path), made).then(
        (ok) => {
          if (ok) reused++
          else missing.push({ list, view })
          linked()
        },
        (error: unknown) => {
          failure ??= error
          linked()
        },
      )
    }
    remaining[list] = keep
    onList?.(list, keep)
  }
  while (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve))
  // The new output could not be written (say, the disk is full): the build fails.
  if (failure !== undefined) throw failure
  for (const { list, view } of missing) {
    remaining[list].push(view)
    onList?.(list, [view])
  }
  if (sieve) {
    reused += sieve.reused
    Object.assign(state.pages, sieve.pages)
  }
  const update = old?.inPlace
    ? {
        pages: PAGE_LISTS.flatMap((list) => (remaining[list] as Array<{ path: string }>).map((v) => v.path)),
        removed: Object.keys(old.state.pages).filter((page) => !(page in state.pages)),
      }
    : null
  return handOver(remaining as unknown as SiteViews, state, reused, total, update)
}

const LINKS_IN_FLIGHT = 64
type PageList = (typeof PAGE_LISTS)[number]

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


/** Hard-links a finished page into the new output (copies where links are not possible). */
async function takeOver(from: string, to: string, made: Set<string>): Promise<boolean> {
  const dir = path.dirname(to)
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true })
    made.add(dir)
  }
  try {
    await link(from, to)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    // Another file system, or links not allowed: a copy is as good, only slower.
    return copyFile(from, to).then(
      () => true,
      () => false,
    )
  }
}

/** The shared part of every page's hash. */
export function sharedHash(parts: unknown[]): string {
  return hashOf(parts)
}

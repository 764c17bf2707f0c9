/**
 * Renders the pages in chunks: one Eleventy run per chunk.
 *
 * An Eleventy run keeps every page it rendered in memory until it ends, so a
 * large site rendered in one run peaks at gigabytes (2.6 GB at 4,000
 * articles). Cut into chunks, no run holds more than a chunk's pages. Where
 * there are cores to spare the chunks go to worker threads; otherwise they run
 * one after another here. A small site is one run.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { collectGarbage } from './collect.ts'
import { runEleventy, type SiteGlobals } from './eleventy.ts'
import { PAGE_LISTS } from './reuse.ts'
import { workerBundle } from '../build/bundle.ts'
import type { SiteViews } from './views/index.ts'

export interface RenderOptions {
  quiet: boolean
  /** Worker threads; default one per core on 4 cores or more, else 1 (this thread). */
  threads?: number
  /** Pages per Eleventy run (default 1,500). */
  chunk?: number
}

/**
 * Workers only where there are cores to spare. On two cores, measured at
 * 1,000 and 4,000 articles, the workers' own costs (loading the modules twice,
 * copying the views, an Eleventy run per chunk) ate the gain and raised peak
 * memory, so the chunks run one after another in this thread there.
 */
function defaultThreads(): number {
  const cores = os.availableParallelism()
  return cores >= 4 ? cores : 1
}

/** A unit of work: a slice of the views, and whether it also renders the feed and sitemap. */
export interface RenderJob {
  outDir: string
  views: SiteViews
  globals: SiteGlobals
  standalone: boolean
  quiet: boolean
}

// Each Eleventy run costs about half a second to set up and holds its chunk's pages until it ends:
// 1,500 pages keep that to a few hundred MB and the set-up cost to a few percent.
const DEFAULT_CHUNK = 1500

/** One chunk: one Eleventy run, here or on a worker. */
export function renderJob(job: RenderJob): Promise<string[]> {
  return runEleventy(job.outDir, job.views, job.globals, job.quiet, job.standalone)
}

/**
 * A worker's heap limit. V8 otherwise lets an idle-collected heap grow toward
 * gigabytes; a chunk needs far less, and near the limit V8 collects instead.
 */
const WORKER_HEAP_MB = 512

/**
 * Not async on purpose: once the jobs are cut, nothing here holds the views,
 * so each chunk can be freed as soon as a worker has its copy.
 */
export function renderPages(outDir: string, views: SiteViews, globals: SiteGlobals, options: RenderOptions): Promise<string[]> {
  const threads = options.threads ?? defaultThreads()
  const chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK)
  const count = PAGE_LISTS.reduce((n, list) => n + views[list].length, 0)
  if (count <= chunk) return runEleventy(outDir, views, globals, options.quiet, true)
  const jobs = chunks(views, chunk).map((part, i): RenderJob => ({
    outDir,
    views: part,
    // The sitemap lists every page: only the job that writes it needs the list.
    globals: i === 0 ? globals : { ...globals, pages: [] },
    standalone: i === 0,
    quiet: options.quiet,
  }))
  return runJobs(jobs, threads)
}

/**
 * One worker per thread takes chunks until none are left. This thread only
 * waits: rendering here too was slower and grew this thread's heap, which
 * already holds the corpus. A worker that dies (say, out of memory) hands its
 * chunk back to this thread; a template error fails the run.
 */
async function runJobs(jobs: Array<RenderJob | null>, threads: number): Promise<string[]> {
  if (threads < 2) return runHere(jobs)
  const warnings: string[] = []
  let next = 0
  const take = (): RenderJob | null => {
    if (next >= jobs.length) return null
    const job = jobs[next]!
    // Whoever takes a job holds the only reference to it, so rendered chunks can be freed.
    jobs[next++] = null
    return job
  }
  const retry: RenderJob[] = []
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => spawnWorker())
  const remote = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current: RenderJob | null = null
      const send = () => {
        current = take()
        if (!current) return resolve()
        worker.postMessage(current)
        collectGarbage()
      }
      const lost = () => {
        if (current) retry.push(current)
        current = null
        resolve()
      }
      worker.on('message', (reply: WorkerReply) => {
        if (reply.error) return reject(new Error(reply.error))
        if (reply.ready) return send()
        warnings.push(...(reply.warnings ?? []))
        send()
      })
      worker.on('error', lost)
      worker.on('exit', lost)
    })
  try {
    await Promise.all(workers.map(remote))
    for (const job of retry.splice(0)) warnings.push(...(await renderJob(job)))
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return warnings
}

/** What a render worker says: loaded, a chunk's warnings, or a template error. */
interface WorkerReply {
  ready?: boolean
  warnings?: string[]
  error?: string
}

function spawnWorker(warm = false): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB }
  const workerData = { warm }
  const bundle = workerBundle('render')
  // A bundle needs no loader (one given to this process with --import would be inherited).
  return bundle
    ? new Worker(bundle, { resourceLimits, workerData, execArgv: [] })
    : new Worker(new URL('../site/render-worker-entry.mjs', import.meta.url), { resourceLimits, workerData })
}

/**
 * A first Eleventy run in a process costs 0.3–0.5 s more than the next
 * (its code is compiled and optimised, its lazy modules loaded): a worker
 * that waits for the views of a rebuild spends that on an empty site in a
 * folder of its own. Only time is at stake, so a failure is ignored.
 */
export async function warmUp(): Promise<void> {
  const page = (list: string) => ({ path: `${list}/index.html`, url: `/${list}/`, title: list, description: '', jsonLd: '', section: 'other', crumbs: [], scripts: [] })
  const views = { ...Object.fromEntries(PAGE_LISTS.map((list) => [list, [page(list)]])), feed: [], buildDate: '' } as unknown as SiteViews
  const globals: SiteGlobals = { base: '/', origin: '', buildDate: '', buildDateValue: new Date(0), buildDateLabel: '', feedId: '', pages: [] }
  let dir: string | null = null
  try {
    dir = await mkdtemp(path.join(os.tmpdir(), 'newscompare-warm-'))
    await runEleventy(dir, views, globals, true, true)
  } catch {
    // The real run reports whatever is wrong with the templates; a temporary folder that cannot be made costs only time.
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined)
  }
}

type PageList = (typeof PAGE_LISTS)[number]

/** Rendering that overlaps the hashing of a rebuild (see `startPipeline`). */
export interface Pipeline {
  /** What every job shares: the feed and build date of `views`, and the globals. Once, before `add`. */
  begin(views: SiteViews, globals: SiteGlobals): void
  /** Pages of one list to render. */
  add(list: PageList, items: unknown[]): void
  /** Renders what is left, then the feed and sitemap; resolves with Eleventy's warnings. */
  finish(): Promise<string[]>
  /** Stops the worker, rendering nothing more (the build failed before `finish`). */
  cancel(): Promise<void>
}

/**
 * For rebuilds: a worker thread, started before the views are built (so it
 * loads Eleventy while they are), renders the changed pages, in chunks as
 * they come when there are many, and last the feed and sitemap. A worker
 * that dies leaves its work to this thread; a template error fails the run.
 */
export function startPipeline(outDir: string, options: { quiet: boolean; chunk?: number }): Pipeline {
  const chunk = Math.max(1, options.chunk ?? DEFAULT_CHUNK)
  const worker = spawnWorker(true)
  const warnings: string[] = []
  const pending: Array<{ list: PageList; items: unknown[] }> = []
  let pendingCount = 0
  let shared: { views: SiteViews; globals: SiteGlobals } | null = null
  let ready = false
  let alive = true
  let busy: RenderJob | null = null
  let finishing = false
  let standaloneDone = false
  let settle: (error?: Error) => void = () => undefined
  const settled = new Promise<Error | undefined>((resolve) => (settle = resolve))

  /** The next job: up to `chunk` pending pages; the last one also writes the feed and sitemap. */
  const cut = (): RenderJob => {
    const parts: Partial<Record<PageList, unknown[]>> = {}
    let room = chunk
    while (pending.length && room > 0) {
      const head = pending[0]!
      const take = head.items.splice(0, room)
      parts[head.list] = [...(parts[head.list] ?? []), ...take]
      room -= take.length
      pendingCount -= take.length
      if (head.items.length === 0) pending.shift()
    }
    const standalone = finishing && pendingCount === 0
    const { views, globals } = shared!
    return {
      outDir,
      quiet: options.quiet,
      standalone,
      views: { ...views, ...parts, feed: standalone ? views.feed : [] } as SiteViews,
      globals: standalone ? globals : { ...globals, pages: [] },
    }
  }
  const pump = () => {
    if (!alive || !ready || busy || !shared) return
    // Each job is an Eleventy run, a few tenths of a second before its first page: a few changed
    // pages wait for the end and go in one run with the feed and sitemap.
    if (pendingCount < chunk && !finishing) return
    if (standaloneDone) return settle()
    busy = cut()
    worker.postMessage(busy)
  }
  const lost = () => {
    if (!alive) return
    alive = false
    settle()
  }
  worker.on('message', (reply: WorkerReply) => {
    if (reply.error) {
      alive = false
      return settle(new Error(reply.error))
    }
    if (reply.ready) ready = true
    else {
      warnings.push(...(reply.warnings ?? []))
      if (busy?.standalone) standaloneDone = true
      busy = null
    }
    pump()
  })
  worker.on('error', lost)
  worker.on('exit', lost)

  return {
    begin(views, globals) {
      const lists = Object.fromEntries(PAGE_LISTS.map((list) => [list, []]))
      shared = { views: { ...views, ...lists }, globals }
    },
    add(list, items) {
      if (items.length === 0) return
      pending.push({ list, items: [...items] })
      pendingCount += items.length
      pump()
    },
    async finish() {
      finishing = true
      pump()
      const error = await settled
      await worker.terminate()
      if (error) throw error
      if (!standaloneDone) {
        // The worker died: its job and everything still pending are rendered here.
        const jobs: RenderJob[] = busy ? [{ ...busy, standalone: false, views: { ...busy.views, feed: [] }, globals: { ...busy.globals, pages: [] } }] : []
        busy = null
        while (pendingCount > 0 || !standaloneDone) {
          const job = cut()
          jobs.push(job)
          if (job.standalone) standaloneDone = true
        }
        warnings.push(...(await runHere(jobs)))
      }
      return warnings
    },
    async cancel() {
      alive = false
      settle()
      await worker.terminate()
    },
  }
}

/** One chunk after another in this thread, collecting the finished chunk's garbage before the next. */
async function runHere(jobs: Array<RenderJob | null>): Promise<string[]> {
  const warnings: string[] = []
  // Hashing the views for reuse left hundreds of MB of strings behind: gone before the first run adds its own.
  collectGarbage()
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!
    jobs[i] = null
    warnings.push(...(await renderJob(job)))
    collectGarbage()
  }
  return warnings
}

/** Cuts the page lists into parts of at most `size` pages; the non-page data goes with every part. */
function chunks(views: SiteViews, size: number): SiteViews[] {
  const empty = Object.fromEntries(PAGE_LISTS.map((list) => [list, []])) as unknown as Pick<SiteViews, (typeof PAGE_LISTS)[number]>
  const parts: SiteViews[] = []
  let current: SiteViews | null = null
  let room = 0
  for (const list of PAGE_LISTS) {
    const items = views[list] as unknown[]
    for (let i = 0; i < items.length; ) {
      if (!current || room === 0) {
        current = { ...views, ...empty }
        parts.push(current)
        room = size
      }
      const take = items.slice(i, i + room)
      ;(current[list] as unknown[]) = [...(current[list] as unknown[]), ...take]
      room -= take.length
      i += take.length
    }
  }
  // The feed is rendered once, by the first part; the others need no copy of it.
  return parts.length ? parts.map((p, i) => (i === 0 ? p : { ...p, feed: [] })) : [{ ...views }]
}

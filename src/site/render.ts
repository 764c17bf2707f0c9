/**
 * Renders the pages in chunks: one Eleventy run per chunk.
 *
 * An Eleventy run keeps every page it rendered in memory until it ends, so a
 * large site rendered in one run peaks at gigabytes (2.6 GB at 4,000
 * articles). Cut into chunks, no run holds more than a chunk's pages. Where
 * there are cores to spare the chunks go to worker threads; otherwise they run
 * one after another here. A small site is one run.
 */
import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { collectGarbage } from './collect.ts'
import { runEleventy, type SiteGlobals } from './eleventy.ts'
import { PAGE_LISTS } from './reuse.ts'
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
  const workers = Array.from(
    { length: Math.min(threads, jobs.length) },
    () => new Worker(new URL('./render-worker-entry.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }),
  )
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
      worker.on('message', (reply: { warnings?: string[]; error?: string }) => {
        if (reply.error) return reject(new Error(reply.error))
        warnings.push(...(reply.warnings ?? []))
        send()
      })
      worker.on('error', lost)
      worker.on('exit', lost)
      send()
    })
  try {
    await Promise.all(workers.map(remote))
    for (const job of retry.splice(0)) warnings.push(...(await renderJob(job)))
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return warnings
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

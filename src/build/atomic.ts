/**
 * Writes a folder atomically: the work happens in a temporary sibling, which
 * replaces the target only when the work succeeds. On failure or interrupt
 * the temporary folder is removed and the old target stays as it was.
 *
 * The replaced target is deleted by a detached process, not waited for:
 * unlinking the tens of thousands of files of a large site took seconds,
 * most of a rebuild that changed a few pages. Leftovers of a deletion that
 * did not finish (machine switched off) are swept by the next build.
 *
 * A rebuild that changed a few pages of a large site updates it in place
 * instead (`OutputUpdate`): only once the work has succeeded are the new
 * files moved in and the dropped pages deleted. Swapping folders would mean
 * a new folder and a hard link for every unchanged page, which on a real
 * disk was seconds of system time at 4,000 articles (13,800 pages).
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** What a rebuild changed in an output it updates in place (paths relative, '/'-separated). */
export interface OutputUpdate {
  /** Pages written into the work folder; moved into the target one by one. */
  pages: string[]
  /** Top-level folders holding pages: merged page by page, never replaced whole. */
  pageFolders: string[]
  /** Files or folders of the target to delete: pages the site no longer has, outputs no longer made. */
  removed: string[]
  /** Called once the work has succeeded, before the target is first touched. */
  beforeChange?: () => Promise<void>
}

export async function withAtomicOutput(target: string, work: (dir: string) => Promise<OutputUpdate | void>): Promise<void> {
  const parent = path.dirname(path.resolve(target))
  const name = path.basename(path.resolve(target))
  const suffix = randomBytes(4).toString('hex')
  const temp = path.join(parent, `.${name}-tmp-${suffix}`)
  const old = path.join(parent, `.${name}-old-${suffix}`)
  await sweepOld(parent, name)
  await mkdir(temp, { recursive: true })
  const cleanup = () => rm(temp, { recursive: true, force: true })
  const onSignal = () => {
    // Interrupted mid-build: drop the half-written folder, keep the old site.
    void cleanup().finally(() => process.exit(130))
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const update = await work(temp)
    if (update) {
      // The update holds only what changed: without the folder it applies to, it is no site.
      if (!(await isFolder(target))) throw new Error(`${target} disappeared during the build`)
      await applyUpdate(temp, target, update).catch((error: unknown) => {
        throw new PartialUpdate(error)
      })
      // What is left is empty page folders and the outputs the update replaced.
      await rename(temp, old)
      await removeLater(old)
      return
    }
    const hadOld = await rename(target, old).then(() => true, () => false)
    await rename(temp, target)
    if (hadOld) await removeLater(old)
  } catch (error) {
    await cleanup()
    throw error
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/** The file system failed while an update was being applied: the target holds part of it. */
export class PartialUpdate extends Error {
  constructor(cause: unknown) {
    super(`the site was only partly updated (${cause instanceof Error ? cause.message : String(cause)}); the next build renders it in full`, { cause })
    this.name = 'PartialUpdate'
  }
}

const isFolder = (dir: string) => stat(dir).then((s) => s.isDirectory(), () => false)

/**
 * Moves the work folder's pages into the target, replaces its other top-level
 * entries (exports, assets, feed, sitemap) and deletes what the update drops.
 * Everything is checked before the target is touched, so what can fail here
 * is the file system itself.
 */
async function applyUpdate(temp: string, target: string, update: OutputUpdate): Promise<void> {
  const folders = new Set(update.pageFolders)
  const entries = await readdir(temp, { withFileTypes: true })
  // Every file under a page folder is moved on its own (pages, and exports such as data/corpus.json),
  // and so are pages at the top level (the home page, 404.html); other entries replace theirs whole.
  const pageSet = new Set(update.pages)
  const moved = entries.filter((e) => pageSet.has(e.name)).map((e) => e.name)
  for (const e of entries) if (e.isDirectory() && folders.has(e.name)) moved.push(...(await filesUnder(temp, e.name)))
  const top = entries.map((e) => e.name).filter((name) => !folders.has(name) && !pageSet.has(name))
  // A page the work did not write would be a bug; finding it now keeps the target whole.
  const found = new Set(moved)
  const lost = update.pages.find((page) => !found.has(page))
  if (lost !== undefined) throw new Error(`the page ${lost} was not written`)
  await update.beforeChange?.()
  // One mkdir per folder, shared by the files moving into it at the same time.
  const made = new Map<string, Promise<unknown>>()
  await inBatches(moved, async (file) => {
    const to = path.join(target, file)
    const dir = path.dirname(to)
    if (!made.has(dir)) made.set(dir, mkdir(dir, { recursive: true }))
    await made.get(dir)
    await rename(path.join(temp, file), to)
  })
  const replaced = path.join(temp, '.replaced')
  await mkdir(replaced)
  for (const entry of top) {
    const from = path.join(temp, entry)
    const to = path.join(target, entry)
    // A folder (assets, the search index) is swapped whole; rename replaces a file by itself.
    if ((await isFolder(from)) && (await isFolder(to))) await rename(to, path.join(replaced, entry))
    await rename(from, to)
  }
  for (const entry of update.removed) {
    // The paths come from the manifest under .cache/: nothing outside the target is deleted, whatever it says.
    if (path.isAbsolute(entry) || entry.split(/[\\/]/).includes('..')) continue
    await rm(path.join(target, entry), { recursive: true, force: true })
    // A dropped page leaves its folder (`articles/x/`) empty; a folder still in use is left alone.
    for (let dir = path.dirname(entry); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
      if (!(await rmdir(path.join(target, dir)).then(() => true, () => false))) break
    }
  }
}

/** Files under `dir` of `root`, as '/'-separated paths relative to `root`. */
async function filesUnder(root: string, dir: string): Promise<string[]> {
  const files: string[] = []
  for (const e of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`
    if (e.isDirectory()) files.push(...(await filesUnder(root, rel)))
    else files.push(rel)
  }
  return files
}

/** Runs `each` over `items`, 64 at a time (enough to hide file-system latency, far from descriptor limits). */
async function inBatches<T>(items: T[], each: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(each))
}

/**
 * Replaces one top-level folder of `target` (the search index of a site
 * updated in place): `produce` writes the new one into the path it is given,
 * which is swapped in when it returns true; otherwise the old one is deleted,
 * as it no longer describes the site.
 */
export async function replaceFolder(target: string, entry: string, produce: (dir: string) => Promise<boolean>): Promise<void> {
  const parent = path.dirname(path.resolve(target))
  const name = path.basename(path.resolve(target))
  const suffix = randomBytes(4).toString('hex')
  const temp = path.join(parent, `.${name}-tmp-${suffix}`)
  const old = path.join(parent, `.${name}-old-${suffix}`)
  await mkdir(temp, { recursive: true })
  try {
    const made = (await produce(path.join(temp, entry))) && (await isFolder(path.join(temp, entry)))
    await rename(path.join(target, entry), path.join(temp, `.replaced-${entry}`)).catch(() => undefined)
    if (made) await rename(path.join(temp, entry), path.join(target, entry))
  } finally {
    await rename(temp, old)
    await removeLater(old)
  }
}

/** Old outputs an earlier build left behind (its deleting process was stopped). */
async function sweepOld(parent: string, name: string): Promise<void> {
  // Exactly the names this module gives (eight hex digits), so a user's own `.dist-old-notes` is never touched.
  const ours = (entry: string) => entry.startsWith(`.${name}-old-`) && /^[0-9a-f]{8}$/.test(entry.slice(name.length + 6))
  const entries = await readdir(parent).catch(() => [] as string[])
  for (const entry of entries) if (ours(entry)) await removeLater(path.join(parent, entry))
}

/** Deletes a folder in a detached process that outlives this one; deletes it here if that cannot start. */
export async function removeLater(dir: string): Promise<void> {
  const here = () => rm(dir, { recursive: true, force: true })
  try {
    const env = { ...process.env }
    // The deleting process needs no TypeScript loader or other preloads.
    delete env.NODE_OPTIONS
    const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
      detached: true,
      stdio: 'ignore',
      env,
    })
    const started = await new Promise<boolean>((resolve) => {
      child.once('spawn', () => resolve(true))
      child.once('error', () => resolve(false))
    })
    if (!started) return here()
    child.unref()
  } catch {
    await here()
  }
}

/**
 * Writes a folder atomically: the work happens in a temporary sibling, which
 * replaces the target only when the work succeeds. On failure or interrupt
 * the temporary folder is removed and the old target stays as it was.
 *
 * The replaced target is deleted by a detached process, not waited for:
 * unlinking the tens of thousands of files of a large site took seconds,
 * most of a rebuild that changed a few pages. Leftovers of a deletion that
 * did not finish (machine switched off) are swept by the next build.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export async function withAtomicOutput(target: string, work: (dir: string) => Promise<void>): Promise<void> {
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
    await work(temp)
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
